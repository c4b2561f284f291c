import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Database, JsonValue } from '@lotsen/storage';
import type { Activity, ActivityHandler } from 'botbuilder';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { TextSchema } from '@lotsen/domain';
import { STATE_TTL_SECONDS, writeOverVersion } from './state-store.js';
import type { WebChatAdapter } from './web-adapter.js';

/** Options of the Direct Line routes. */
export interface DirectLineOptions {
  readonly db: Database;
  readonly adapter: WebChatAdapter;
  readonly bot: ActivityHandler;
}

/** What is kept per web conversation: the token's hash and the activities since the start. */
interface Conversation {
  readonly tokenSha256: string;
  /** How many activities the conversation has had; the watermark counts in these. */
  readonly total: number;
  /** The latest activities (at most {@link MAX_ACTIVITIES}), each with its sequence number. */
  readonly activities: { readonly seq: number; readonly activity: JsonValue }[];
}

/** How many activities a web conversation keeps for the page to fetch; older ones are dropped. */
const MAX_ACTIVITIES = 200;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const IncomingActivity = z.object({
  type: z.literal('message'),
  from: z.object({ id: TextSchema.min(1).max(100) }).optional(),
  locale: TextSchema.max(35).optional(),
  text: TextSchema.max(4000).optional(),
  value: z.record(TextSchema, z.unknown()).optional(),
  /** Only the flag the web chat page sends: it has shown Lotsen's notice itself. */
  channelData: z.object({ lotsenNoticeShown: z.boolean().optional() }).optional(),
});

const Params = z.object({ conversationId: z.uuid() });
const WatermarkQuery = z.object({ watermark: z.coerce.number().int().min(0).optional() });

function problem(reply: FastifyReply, status: number, title: string) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title, status });
}

/**
 * A subset of the Direct Line 3.0 client API, enough for our web chat page (and for Bot Framework Web
 * Chat with polling): start a conversation, post an activity, get activities after a watermark. The
 * conversation lives in the shared database with the chat state's expiry, so any instance can serve
 * any request; the token is random and only its hash is stored.
 */
export const directLineRoutes: FastifyPluginAsync<DirectLineOptions> = async (
  app,
  { db, adapter, bot },
) => {
  const key = (id: string) => `dl:${id}`;

  async function load(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<{ id: string; conversation: Conversation; version: string } | undefined> {
    const params = Params.safeParse(request.params);
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!params.success || !token) {
      await problem(reply, 401, 'A conversation id and its token are required');
      return undefined;
    }
    const stored = await db.chatState.get(key(params.data.conversationId));
    if (!stored.ok) throw stored.error;
    const conversation = stored.value?.value as Conversation | undefined;
    const expected = Buffer.from(conversation?.tokenSha256 ?? '', 'hex');
    const given = Buffer.from(sha256(token), 'hex');
    if (!conversation || expected.length !== given.length || !timingSafeEqual(expected, given)) {
      // Unknown, expired and wrong-token look the same, so conversation ids cannot be probed.
      await problem(reply, 404, 'No such conversation');
      return undefined;
    }
    return { id: params.data.conversationId, conversation, version: stored.value!.version };
  }

  app.post('/v3/directline/conversations', async (_request, reply) => {
    const conversationId = randomUUID();
    const token = randomBytes(32).toString('base64url');
    const fresh: Conversation = { tokenSha256: sha256(token), total: 0, activities: [] };
    const saved = await db.chatState.put(
      key(conversationId),
      fresh as unknown as JsonValue,
      STATE_TTL_SECONDS,
    );
    if (!saved.ok) throw saved.error;
    return reply.code(201).send({ conversationId, token, expires_in: STATE_TTL_SECONDS });
  });

  app.post('/v3/directline/conversations/:conversationId/activities', async (request, reply) => {
    const found = await load(request, reply);
    if (!found) return reply;
    const body = IncomingActivity.safeParse(request.body);
    if (!body.success) {
      return reply
        .code(400)
        .type('application/problem+json')
        .send({
          type: 'about:blank',
          title: 'Invalid activity',
          status: 400,
          errors: body.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        });
    }
    const { text, value, locale, channelData } = body.data;
    const userActivity: Partial<Activity> = {
      type: 'message',
      ...(text !== undefined ? { text } : {}),
      ...(value !== undefined ? { value } : {}),
      ...(locale !== undefined ? { locale } : {}),
      ...(channelData?.lotsenNoticeShown === true
        ? { channelData: { lotsenNoticeShown: true } }
        : {}),
      id: randomUUID(),
      channelId: 'directline',
      serviceUrl: 'urn:lotsen:web',
      timestamp: new Date(),
      from: { id: body.data.from?.id ?? 'web-user', name: 'web', role: 'user' },
      recipient: { id: 'lotsen', name: 'Lotsen', role: 'bot' },
      conversation: { id: found.id, isGroup: false, conversationType: 'personal', name: 'web' },
    };
    const replies = await adapter.turn(userActivity, bot);
    // Only what the page needs is kept, and only for the conversation's lifetime; the user's own text
    // is not stored (the page shows what it sent), so no transcript builds up.
    const visible = replies.map(
      (r) => JSON.parse(JSON.stringify({ ...r, conversation: { id: found.id } })) as JsonValue,
    );
    // Two messages of one conversation can be handled at once (a double send, or two bot
    // processes): the replies are appended only over the history this request read, and appended
    // again to the newer history when another request got there first, so none is lost.
    const appended = await writeOverVersion(
      db,
      key(found.id),
      { state: found.conversation, version: found.version },
      (stored) => (stored === null ? undefined : (stored as unknown as Conversation)),
      (current) => ({
        next: {
          tokenSha256: current.tokenSha256,
          total: current.total + visible.length,
          activities: [
            ...current.activities,
            ...visible.map((activity, i) => ({ seq: current.total + i, activity })),
          ].slice(-MAX_ACTIVITIES),
        },
        result: undefined,
      }),
    );
    if (!appended) return problem(reply, 404, 'No such conversation');
    return reply.send({ id: userActivity.id });
  });

  app.get('/v3/directline/conversations/:conversationId/activities', async (request, reply) => {
    const found = await load(request, reply);
    if (!found) return reply;
    const query = WatermarkQuery.safeParse(request.query);
    const watermark = query.success ? (query.data.watermark ?? 0) : 0;
    const { activities, total } = found.conversation;
    return reply.send({
      activities: activities.filter((a) => a.seq >= watermark).map((a) => a.activity),
      watermark: String(total),
    });
  });
};
