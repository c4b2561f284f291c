import { buildApp } from '@lotsen/api/testing';
import { stockholmCatalogue } from '@lotsen/catalogue';
import { openDatabase } from '@lotsen/storage';
import openapiTS, { astToString } from 'openapi-typescript';

/*
 * The web app's API types are made from the OpenAPI document the API serves (`/openapi.json`), built
 * here from the API's own code as `server.ts` builds it, so that the committed `schema.ts` and the
 * API cannot drift apart unnoticed: `generate.test.ts` regenerates it and compares.
 */

const HEADER =
  "// Generated from the API's OpenAPI document by `pnpm --filter @lotsen/web api:types`. Do not edit.\n" +
  '// apps/web/src/api/generate.test.ts fails when it no longer matches the API.\n\n';

/** The OpenAPI document the API serves, from an app over an in-memory database. */
export async function servedOpenApiDocument(): Promise<Record<string, unknown>> {
  const db = await openDatabase({ dataDir: 'memory://' });
  try {
    const app = await buildApp({ db, catalogue: stockholmCatalogue() });
    try {
      const answer = await app.inject({ method: 'GET', url: '/openapi.json' });
      if (answer.statusCode !== 200) throw new Error(`/openapi.json answered ${answer.statusCode}`);
      return answer.json<Record<string, unknown>>();
    } finally {
      await app.close();
    }
  } finally {
    await db.close();
  }
}

/** The TypeScript source of the API's paths and schemas, as `schema.ts` holds it. */
export async function generateApiTypes(): Promise<string> {
  const document = await servedOpenApiDocument();
  // openapi-typescript's input type is its own OpenAPI3 interface; the served JSON is that document.
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
  });
  return HEADER + astToString(ast);
}
