import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type AuthenticateRequestResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;
type ConnectorFactoryLike = NonNullable<AuthenticateRequestResult['connectorFactory']>;
type ConnectorClientLike = Awaited<ReturnType<ConnectorFactoryLike['create']>>;
type ClaimsIdentityLike = AuthenticateRequestResult['claimsIdentity'];
type UserTokenClientLike = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>
>;

/** The claims a connector or token client is bound to: the bot's identity in the verified token. */
function identityOf(claimsIdentity: ClaimsIdentityLike): string {
  return claimsIdentity.claims
    .filter((claim) => claim.type === 'aud' || claim.type === 'appid' || claim.type === 'azp')
    .map((claim) => `${claim.type}=${claim.value}`)
    .sort()
    .join('&');
}

/** Remembers at most `MAX_CLIENTS` promises by key; a rejected one is forgotten so it is retried. */
function remembered<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>) {
  let value = cache.get(key);
  if (!value) {
    value = make();
    value.catch(() => cache.delete(key));
    if (cache.size >= MAX_CLIENTS) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
  }
  return value;
}

/** How many connector clients are kept: one per bot identity, channel service URL and audience. */
const MAX_CLIENTS = 64;

/**
 * botbuilder's `CloudAdapter` builds a new Bot Connector client and a new user token client (each
 * with its HTTP pipeline and credentials) for every incoming activity, even when the replies go back
 * in the HTTP response (`expectReplies`) and neither is used. Under load that was a tenth of a turn's
 * time. This authentication keeps the clients it has built, per bot identity (and service URL and
 * audience), and hands the same ones out again; credentials in a client fetch and renew their own
 * tokens, so reuse also keeps token requests to Entra down. Authentication itself is botbuilder's,
 * unchanged.
 */
export class ConnectorReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new Map<string, Promise<ConnectorClientLike>>();
  private readonly tokenClients = new Map<string, Promise<UserTokenClientLike>>();

  override createUserTokenClient(claimsIdentity: ClaimsIdentityLike): Promise<UserTokenClientLike> {
    return remembered(this.tokenClients, identityOf(claimsIdentity), () =>
      super.createUserTokenClient(claimsIdentity),
    );
  }

  override async authenticateRequest(
    ...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
  ): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(...args);
    const factory = result.connectorFactory;
    if (!factory) return result;
    // The factory is bound to the bot's app id from the verified claims: it is part of the key.
    const identity = identityOf(result.claimsIdentity);
    const clients = this.clients;
    const reusing: ConnectorFactoryLike = {
      create: (serviceUrl: string, audience?: string) =>
        remembered(clients, `${identity}|${serviceUrl}|${audience ?? ''}`, () =>
          factory.create(serviceUrl, audience),
        ),
    };
    return { ...result, connectorFactory: reusing };
  }
}
