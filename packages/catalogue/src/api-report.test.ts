import { fileURLToPath } from 'node:url';
import { apiReport } from '@lotsen/test-support/api-report';
import { expect, it } from 'vitest';

// Every name each entry point of this package exports, with its kind: an export added, removed or
// renamed shows in review as a change to api-report.md (update it with `vitest run -u`).
it('exports what api-report.md lists', async () => {
  const packageDir = fileURLToPath(new URL('..', import.meta.url));
  await expect(apiReport(packageDir)).toMatchFileSnapshot('../api-report.md');
});
