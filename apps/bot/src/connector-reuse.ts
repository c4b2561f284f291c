import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type AuthenticateRequestResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;
type ConnectorFactoryLike = NonNullable<AuthenticateRequestResult['connectorFactory']>;
type ConnectorClientLike = Awaited<ReturnType<ConnectorFactoryLike['create']>>;

/** How many connector clients are kept: one per bot identity, channel service URL and audience. */
const MAX_CLIENTS = 64;

/**
 * botbuilder's `CloudAdapter` builds a new Bot Connector client (with its HTTP pipeline and
 * credentials) for every incoming activity, even when the replies go back in the HTTP response
 * (`expectReplies`) and the client is never used. Under load that was a tenth of a turn's time. This
 * authentication keeps the clients it has built, per bot identity, service URL and audience, and hands
 * the same one out again; credentials in a client fetch and renew their own tokens, so reusing it is
 * also what keeps token requests to Entra down. Authentication itself is botbuilder's, unchanged.
 */
export class ConnectorReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new Map<string, Promise<ConnectorClientLike>>();

  override async authenticateRequest(
    ...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
  ): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(...args);
    const factory = result.connectorFactory;
    if (!factory) return result;
    // The factory is bound to the bot's app id from the verified claims: it is part of the key.
    const identity = result.claimsIdentity.claims
      .filter((claim) => claim.type === 'aud' || claim.type === 'appid' || claim.type === 'azp')
      .map((claim) => `${claim.type}=${claim.value}`)
      .sort()
      .join('&');
    const clients = this.clients;
    const reusing: ConnectorFactoryLike = {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClientLike> {
        const key = `${identity}|${serviceUrl}|${audience ?? ''}`;
        let client = clients.get(key);
        if (!client) {
          client = factory.create(serviceUrl, audience);
          // A failed creation is not kept: the next activity tries again.
          client.catch(() => clients.delete(key));
          if (clients.size >= MAX_CLIENTS) clients.delete(clients.keys().next().value!);
          clients.set(key, client);
        }
        return client;
      },
    };
    return { ...result, connectorFactory: reusing };
  }
}
