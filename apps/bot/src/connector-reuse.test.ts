import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ConnectorReusingAuthentication } from './connector-reuse.js';

const activity = (serviceUrl: string) =>
  ({
    type: 'message',
    channelId: 'directline',
    serviceUrl,
    conversation: { id: 'c' },
    from: { id: 'u' },
    recipient: { id: 'b' },
  }) as unknown as Activity;

describe('connector clients across activities', () => {
  it('hands out the same Bot Connector client for the same service URL, another for another', async () => {
    const auth = new ConnectorReusingAuthentication({});
    const first = await auth.authenticateRequest(activity('https://a.example.invalid/'), '');
    const second = await auth.authenticateRequest(activity('https://a.example.invalid/'), '');
    const a1 = await first.connectorFactory!.create('https://a.example.invalid/', undefined);
    const a2 = await second.connectorFactory!.create('https://a.example.invalid/', undefined);
    const b = await second.connectorFactory!.create('https://b.example.invalid/', undefined);
    expect(a2).toBe(a1);
    expect(b).not.toBe(a1);
  });

  it('hands out the same user token client for the same bot identity', async () => {
    const auth = new ConnectorReusingAuthentication({});
    const { claimsIdentity } = await auth.authenticateRequest(
      activity('https://a.example.invalid/'),
      '',
    );
    expect(await auth.createUserTokenClient(claimsIdentity)).toBe(
      await auth.createUserTokenClient(claimsIdentity),
    );
  });

  it('still refuses a request without a token when the bot has an app registration', async () => {
    const auth = new ConnectorReusingAuthentication({
      MicrosoftAppId: '11111111-2222-4333-8444-555555555555',
      MicrosoftAppPassword: 'x',
      MicrosoftAppTenantId: '00000000-0000-4000-8000-000000000001',
      MicrosoftAppType: 'SingleTenant',
    });
    await expect(
      auth.authenticateRequest(activity('https://a.example.invalid/'), ''),
    ).rejects.toMatchObject({ statusCode: 401 });
  });
});
