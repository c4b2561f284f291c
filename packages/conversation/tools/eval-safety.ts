// Evaluates the safety check on a part of the evaluation set through the real turn path.
// Run: pnpm --filter @lotsen/conversation eval:safety -- --part dev|test [--errors]
// Prints the per-category table and writes it to safety-results/<part>.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stockholmCatalogue } from '@lotsen/catalogue';
import { readSafetyMessages } from './safety-data.js';
import { evaluateSafety, markdownReport } from './safety-eval.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  // pnpm passes the `--` of `pnpm eval:safety -- --part dev` through.
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    part: { type: 'string', default: 'dev' },
    errors: { type: 'boolean', default: false },
  },
});
const part = values.part;
if (part !== 'dev' && part !== 'test') throw new Error('--part must be dev or test');
const messages = readSafetyMessages(join(root, 'safety-eval', `${part}.jsonl`));
const report = evaluateSafety(messages, stockholmCatalogue());
const table = markdownReport(report);
console.log(table);
if (values.errors) {
  for (const { message, outcome } of report.errors) {
    console.log(
      `${outcome.padEnd(8)} ${message.category.padEnd(18)} ${message.role.padEnd(7)} ${message.text}`,
    );
  }
}
mkdirSync(join(root, 'safety-results'), { recursive: true });
writeFileSync(join(root, 'safety-results', `${part}.md`), `${table}\n`);
