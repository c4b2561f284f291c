import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateApiTypes } from './generate.js';

// The web app's requests are typed from schema.ts; this keeps schema.ts equal to what the API
// serves now, so that an API change shows up here and, once regenerated, as type errors in the app.
describe('the API types', () => {
  it('match the OpenAPI document the API serves (regenerate: pnpm --filter @lotsen/web api:types)', async () => {
    const committed = readFileSync(new URL('./schema.ts', import.meta.url), 'utf8');
    expect(await generateApiTypes()).toBe(committed);
  });
});
