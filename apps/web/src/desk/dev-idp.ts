import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { DEV_USERS } from './dev-users.js';

/*
 * The development identity provider: a real OpenID Connect provider (oidc-provider) with one user
 * per Lotsen role, so that a newcomer can log in to the desk at once. It signs short-lived JWT access
 * tokens for the API with the claims the API reads (`role`, `district_id`, `provider_id`, `cohort_ids`), and the
 * API trusts it only because `npm start` tells it to. Never started when NODE_ENV is production
 * (see dev-idp-server.ts): its login page accepts any password.
 */

/** The API as a resource (RFC 8707), and the audience of the access tokens it gets. */
export const API_RESOURCE = 'urn:lotsen:api';
/** The desk's client id at the identity provider. */
export const DESK_CLIENT_ID = 'lotsen-desk';

/** Options of {@link createDevIdp}. */
export interface DevIdpOptions {
  /** Where the provider answers, e.g. `http://127.0.0.1:3200`. */
  readonly issuer: string;
  /** The desk's callback, e.g. `http://127.0.0.1:3100/desk/callback`. */
  readonly redirectUri: string;
  /** The audience the API expects in tokens (`LOTSEN_JWT_AUDIENCE`, default `lotsen-api`). */
  readonly audience: string;
  /** Where the desk sends the browser after logging out. */
  readonly postLogoutRedirectUri: string;
}

const userOf = (id: string) => DEV_USERS.find((u) => u.login === id);

/** Builds the development provider with a fresh signing key. */
export async function createDevIdp(options: DevIdpOptions): Promise<Provider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: 'dev-1', alg: 'RS256', use: 'sig' };
  const configuration: Configuration = {
    clients: [
      {
        client_id: DESK_CLIENT_ID,
        // A public client: PKCE proves the code's owner; no secret to leak.
        token_endpoint_auth_method: 'none',
        redirect_uris: [options.redirectUri],
        post_logout_redirect_uris: [options.postLogoutRedirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [jwk] },
    pkce: { required: () => true },
    scopes: ['openid', 'profile'],
    claims: { openid: ['sub'], profile: ['name'] },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== API_RESOURCE) throw new Error(`unknown resource ${resource}`);
          return {
            scope: 'api',
            audience: options.audience,
            accessTokenTTL: 60 * 60,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    async findAccount(_ctx, id) {
      const user = userOf(id);
      if (!user) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, name: user.name }) };
    },
    // The claims the API reads, in the access token itself (as the city's provider maps app roles).
    async extraTokenClaims(_ctx, token) {
      const user = 'accountId' in token ? userOf(String(token.accountId)) : undefined;
      if (!user) return undefined;
      return {
        role: user.role,
        ...(user.district_id ? { district_id: user.district_id } : {}),
        ...(user.provider_id ? { provider_id: user.provider_id } : {}),
        ...(user.cohort_ids ? { cohort_ids: [...user.cohort_ids] } : {}),
      };
    },
    // Staff are not asked to consent to their own employer's desk: the grant is given at login.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({
        clientId: client.clientId,
        accountId: session.accountId,
      });
      grant.addOIDCScope('openid profile');
      grant.addResourceScope(API_RESOURCE, 'api');
      await grant.save();
      return grant;
    },
    ttl: { Session: 8 * 60 * 60, Grant: 8 * 60 * 60 },
  };
  const provider = new Provider(options.issuer, configuration);
  // Plain http on 127.0.0.1 is the development set-up; the provider is never public.
  provider.proxy = false;
  return provider;
}
