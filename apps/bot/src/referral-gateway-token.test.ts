import { createHash, generateKeyPairSync } from 'node:crypto';
import {
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
} from 'jose';
import { describe, expect, it } from 'vitest';
import { createApiTokenSigner, staffSubject } from './referral-gateway-token.js';

const member = {
  tenantId: '72f988bf-0000-4000-8000-000000000001',
  entraObjectId: 'a3c1e2d4-5b6f-4a7b-8c9d-0e1f2a3b4c5d',
  role: 'district_social_worker' as const,
  districtId: 'farsta',
};

describe('the tokens the bot signs for staff', () => {
  it('carries the claims the API reads, lives a minute, and names no Entra id', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const signer = await createApiTokenSigner({
      privateKey: JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'bot-2026-03' }),
      issuer: 'https://bot',
      audience: 'lotsen-api',
    });
    const token = await signer.sign(member);
    const { payload } = await jwtVerify(token, publicKey, {
      issuer: 'https://bot',
      audience: 'lotsen-api',
    });
    expect(payload).toMatchObject({ role: 'district_social_worker', district_id: 'farsta' });
    expect(payload.sub).toBe(staffSubject(member));
    expect(payload.exp! - payload.iat!).toBe(60);
    expect(JSON.stringify(payload)).not.toContain(member.entraObjectId);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ES256', kid: 'bot-2026-03' });
    // A coordinator has no district claim.
    const coordinator = decodeJwt(
      await signer.sign({
        tenantId: member.tenantId,
        entraObjectId: member.entraObjectId,
        role: 'coordinator',
      }),
    );
    expect(coordinator).toMatchObject({ role: 'coordinator' });
    expect(coordinator).not.toHaveProperty('district_id');
  });

  it('gives one subject per person and tenant, whatever the case of the ids', () => {
    expect(
      staffSubject({
        tenantId: member.tenantId.toUpperCase(),
        entraObjectId: member.entraObjectId.toUpperCase(),
      }),
    ).toBe(staffSubject(member));
    expect(staffSubject({ ...member, tenantId: '00000000-0000-4000-8000-000000000099' })).not.toBe(
      staffSubject(member),
    );
  });

  it('reads a PEM key and names it by the thumbprint the README shows how to compute', async () => {
    // The README's key-generation snippet, with Node alone.
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const { crv, kty, x, y } = pair.publicKey.export({ format: 'jwk' });
    const kid = createHash('sha256').update(JSON.stringify({ crv, kty, x, y })).digest('base64url');
    const pem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    // As an environment variable often holds it, with "\n" for line breaks.
    const signer = await createApiTokenSigner({
      privateKey: pem.replaceAll('\n', '\\n'),
      issuer: 'https://bot',
      audience: 'lotsen-api',
    });
    expect(signer.publicJwk).toEqual({ kty, crv, x, y, kid, alg: 'ES256', use: 'sig' });
    const token = await signer.sign(member);
    await expect(
      jwtVerify(token, await importJWK(signer.publicJwk, 'ES256'), { audience: 'lotsen-api' }),
    ).resolves.toBeDefined();
  });

  it('refuses a key that is not an ES256 private key, and a lifetime over two minutes', async () => {
    const rsa = await generateKeyPair('RS256', { extractable: true });
    const options = { issuer: 'https://bot', audience: 'lotsen-api' };
    await expect(
      createApiTokenSigner({
        ...options,
        privateKey: JSON.stringify(await exportJWK(rsa.privateKey)),
      }),
    ).rejects.toThrow('private P-256');
    const ec = await generateKeyPair('ES256', { extractable: true });
    await expect(
      createApiTokenSigner({
        ...options,
        privateKey: JSON.stringify(await exportJWK(ec.publicKey)),
      }),
    ).rejects.toThrow('private P-256');
    await expect(
      createApiTokenSigner({
        ...options,
        privateKey: JSON.stringify(await exportJWK(ec.privateKey)),
        lifetimeSeconds: 121,
      }),
    ).rejects.toThrow('1–120 seconds');
  });
});
