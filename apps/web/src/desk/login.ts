import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { decodeJwt } from 'jose';
import * as oidc from 'openid-client';
import { deskRoleOf, type DeskRole } from './roles.js';
import { cookie, cookiesOf, type Sealer } from './session.js';

/*
 * Login to the desk: OpenID Connect authorization code flow with PKCE (openid-client) against the
 * city's identity provider (Entra ID in production, the development provider on a newcomer's
 * machine). The access token, for the API, is kept sealed in a cookie (session.ts).
 */

/** How the desk reaches its identity provider. */
export interface OidcSettings {
  readonly issuer: string;
  readonly clientId: string;
  /** The desk's callback URL, as registered at the provider. */
  readonly redirectUri: string;
  /** The API as a resource indicator (RFC 8707), when the provider needs one. */
  readonly resource?: string;
  readonly scope: string;
  /** Allow plain http to the provider (the development provider on 127.0.0.1 only). */
  readonly allowHttp?: boolean;
}

/** The signed-in member of staff, as the session cookie holds them. */
export interface DeskSession {
  readonly accessToken: string;
  readonly name: string;
  readonly role: DeskRole;
  readonly districtId?: string;
  readonly cohortIds: readonly string[];
}

const SESSION_COOKIE = 'lotsen_desk';
const LOGIN_COOKIE = 'lotsen_login';

/** The session of a request, if it has a valid one. */
export function sessionOf(request: FastifyRequest, sealer: Sealer): DeskSession | undefined {
  return sealer.open<DeskSession>(cookiesOf(request.headers.cookie)[SESSION_COOKIE]);
}

/** The desk's login, callback and logout routes. */
export function loginRoutes(app: FastifyInstance, settings: OidcSettings, sealer: Sealer): void {
  const secure = settings.redirectUri.startsWith('https:');
  let discovered: Promise<oidc.Configuration> | undefined;
  const configuration = () => {
    discovered ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        oidc.None(),
        settings.allowHttp ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = undefined; // ask again next time
        throw error;
      });
    return discovered;
  };

  app.get('/desk/login', async (_request, reply) => {
    const config = await configuration();
    const verifier = oidc.randomPKCECodeVerifier();
    const state = oidc.randomState();
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUri,
      scope: settings.scope,
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      ...(settings.resource ? { resource: settings.resource } : {}),
    });
    return reply
      .header(
        'set-cookie',
        cookie(LOGIN_COOKIE, sealer.seal({ verifier, state }, 600), 600, secure),
      )
      .header('cache-control', 'no-store')
      .redirect(url.href);
  });

  app.get('/desk/callback', async (request: FastifyRequest, reply: FastifyReply) => {
    const login = sealer.open<{ verifier: string; state: string }>(
      cookiesOf(request.headers.cookie)[LOGIN_COOKIE],
    );
    if (!login) return reply.redirect('/desk/login');
    const config = await configuration();
    const current = new URL(request.url, settings.redirectUri);
    const tokens = await oidc.authorizationCodeGrant(
      config,
      current,
      { pkceCodeVerifier: login.verifier, expectedState: login.state },
      settings.resource ? { resource: settings.resource } : undefined,
    );
    // The API verifies the token on every call; these claims only choose what the desk shows.
    const claims = decodeJwt(tokens.access_token);
    const idClaims = tokens.claims();
    const role = deskRoleOf(claims);
    if (!role) return reply.code(403).type('text/plain; charset=utf-8').send('No Lotsen role');
    const session: DeskSession = {
      accessToken: tokens.access_token,
      name: typeof idClaims?.name === 'string' ? idClaims.name : String(claims.sub ?? ''),
      role,
      ...(typeof claims.district_id === 'string' ? { districtId: claims.district_id } : {}),
      cohortIds: Array.isArray(claims.cohort_ids) ? claims.cohort_ids.map(String) : [],
    };
    const lifetime = Math.max(60, (claims.exp ?? 0) - Math.floor(Date.now() / 1000));
    return reply
      .header('set-cookie', [
        cookie(SESSION_COOKIE, sealer.seal(session, lifetime), lifetime, secure),
        cookie(LOGIN_COOKIE, '', 0, secure),
      ])
      .header('cache-control', 'no-store')
      .redirect('/desk');
  });

  app.post('/desk/logout', async (_request, reply) =>
    reply.header('set-cookie', cookie(SESSION_COOKIE, '', 0, secure)).redirect('/desk', 303),
  );
}
