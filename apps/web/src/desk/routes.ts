import {
  REFERRAL_STATUS_LABELS,
  ReferralStatusSchema,
  SlugSchema,
  isExampleId,
} from '@lotsen/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ApiClient } from '../api/client.js';
import { html, type Markup } from '../html.js';
import { page } from '../layout.js';
import { ApiUnavailable } from '../public/groups.js';
import { loginRoutes, sessionOf, type DeskSession, type OidcSettings } from './login.js';
import type { Sealer } from './session.js';
import type { DeskRole } from './roles.js';

/*
 * The coordination desk (staff, signed in): the coordinator's inbox of referrals by status and
 * district, and a group leader's cohorts. Every request to the API carries the member of staff's
 * own token, so the API decides what each role may see; the desk only chooses what to show.
 */

/** Options of {@link deskRoutes}. */
export interface DeskOptions {
  readonly oidc: OidcSettings;
  readonly sealer: Sealer;
  /** Shown on the login page in development: the users of the development provider. */
  readonly devLogins?: readonly { login: string; role: string }[];
}

const ROLE_NAMES: Readonly<Record<DeskRole, string>> = {
  coordinator: 'Samordnare',
  district_social_worker: 'Socialsekreterare',
  group_leader: 'Gruppledare',
  district_editor: 'Katalogredaktör (stadsdel)',
  provider_editor: 'Katalogredaktör (utförare)',
};

const bearer = (s: DeskSession) => ({ authorization: `Bearer ${s.accessToken}` });

function must<T>(answer: { data?: T; response: Response }, what: string): T {
  if (answer.data === undefined)
    throw new ApiUnavailable(`${what}: the API answered ${answer.response.status}`);
  return answer.data;
}

function deskPage(
  reply: FastifyReply,
  title: string,
  body: Markup,
  example: boolean,
  session?: DeskSession,
) {
  const nav = session
    ? html`<form method="post" action="/desk/logout" class="logout">
        <span>${session.name} · ${ROLE_NAMES[session.role]}</span>
        <button type="submit">Logga ut</button>
      </form>`
    : html``;
  return reply
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(
      page({
        lang: 'sv',
        title: `${title} – Lotsen`,
        nav,
        example: example
          ? 'Exempeldata: grupperna, ledarna och remisserna här är påhittade. De finns inte på riktigt.'
          : undefined,
        body,
      }),
    );
}

function loginPage(reply: FastifyReply, options: DeskOptions) {
  const logins = options.devLogins ?? [];
  return deskPage(
    reply,
    'Logga in',
    html`<h1>Lotsen för personal</h1>
      <p>Logga in med ditt konto i Stockholms stad.</p>
      <p><a class="button ask" href="/desk/login">Logga in</a></p>
      ${
        logins.length
          ? html`<h2>Utvecklingsinloggningar</h2>
              <p>Valfritt lösenord.</p>
              <ul>
                ${logins.map((l) => html`<li><code>${l.login}</code>: ${l.role}</li>`)}
              </ul>`
          : ''
      }`,
    false,
  );
}

async function inbox(api: ApiClient, session: DeskSession, districtId: string | undefined) {
  const query = {
    ...(districtId === undefined ? {} : { districtId }),
    limit: 200,
  };
  const [referrals, districts] = await Promise.all([
    api.GET('/v1/referrals', { params: { query }, headers: bearer(session) }),
    api.GET('/v1/districts'),
  ]);
  const items = must(referrals, 'referrals').items;
  const allDistricts = must(districts, 'districts').items;
  // In the order of the referral's life: the ones waiting for someone's action come first.
  const groups = ReferralStatusSchema.options
    .map((status) => ({ status, items: items.filter((r) => r.status === status) }))
    .filter((g) => g.items.length > 0);
  const districtName = (id: string) => allDistricts.find((d) => d.id === id)?.name.sv ?? id;
  const body = html`<h1>Remisser</h1>
    <form class="filters" method="get" action="/desk">
      <div>
        <label for="f-district">Stadsdel</label>
        <select id="f-district" name="district">
          <option value="">Alla stadsdelar</option>
          ${allDistricts.map(
            (d) =>
              html`<option value="${d.id}" ${d.id === districtId ? html`selected` : ''}>
                ${d.name.sv}
              </option>`,
          )}
        </select>
      </div>
      <div><button type="submit">Visa</button></div>
    </form>
    ${
      groups.length === 0
        ? html`<p>Inga remisser${districtId ? ' i stadsdelen' : ''} just nu.</p>`
        : groups.map(
            (g) =>
              html`<h2>${REFERRAL_STATUS_LABELS[g.status].sv} (${g.items.length})</h2>
                <ul class="groups">
                  ${g.items.map(
                    (r) =>
                      html`<li class="group">
                        <strong>${r.child.pseudonym}</strong> · ${districtName(r.child.districtId)}
                        · ${r.serviceId} · inkom ${(r.submittedAt ?? r.createdAt).slice(0, 10)}
                      </li>`,
                  )}
                </ul>`,
          )
    }`;
  return { body, example: items.some((r) => r.cohortId !== undefined && isExampleId(r.cohortId)) };
}

async function leaderCohorts(api: ApiClient, session: DeskSession) {
  const cohorts = await Promise.all(
    session.cohortIds.map((id) =>
      api.GET('/v1/cohorts/{id}', { params: { path: { id } }, headers: bearer(session) }),
    ),
  );
  const found = cohorts.flatMap((c) => (c.data ? [c.data] : []));
  // The group's name is its service's: the leader knows "Humlan", not the room.
  const services = await Promise.all(
    found.map(({ cohort }) =>
      api.GET('/v1/services/{id}', { params: { path: { id: cohort.serviceId } } }),
    ),
  );
  const nameOf = (i: number) => services[i]?.data?.service.name.sv;
  const body = html`<h1>Mina grupper</h1>
    ${
      found.length === 0
        ? html`<p>Du leder ingen grupp just nu.</p>`
        : html`<ul class="groups">
            ${found.map(
              ({ cohort, seats }, i) =>
                html`<li class="group">
                  <h2>${nameOf(i) ?? cohort.id}</h2>
                  <p>${cohort.premises.name}</p>
                  <dl>
                    <dt>Start</dt>
                    <dd>${cohort.startDate}, ${cohort.meetings.count} träffar</dd>
                    <dt>Platser</dt>
                    <dd>
                      ${seats.enrolled} inskrivna, ${seats.offered} erbjudna, ${seats.waiting}
                      väntar
                    </dd>
                  </dl>
                  ${seats.enrolled === 0 ? html`<p>Inga inskrivna barn ännu: närvaro och skattningar kan föras när barn är inskrivna.</p>` : ''}
                </li>`,
            )}
          </ul>`
    }`;
  return { body, example: found.some((c) => isExampleId(c.cohort.id)) };
}

/** Registers the desk: login, logout, and the desk page for the signed-in role. */
export function deskRoutes(app: FastifyInstance, api: ApiClient, options: DeskOptions): void {
  loginRoutes(app, options.oidc, options.sealer);
  app.get<{ Querystring: { district?: string } }>('/desk', async (request, reply) => {
    const session = sessionOf(request, options.sealer);
    if (!session) return loginPage(reply, options);
    const district = SlugSchema.safeParse(request.query.district);
    if (session.role === 'group_leader') {
      const view = await leaderCohorts(api, session);
      return deskPage(reply, 'Mina grupper', view.body, view.example, session);
    }
    const districtId =
      session.role === 'district_social_worker'
        ? session.districtId
        : district.success
          ? district.data
          : undefined;
    const view = await inbox(api, session, districtId);
    return deskPage(reply, 'Remisser', view.body, view.example, session);
  });
}
