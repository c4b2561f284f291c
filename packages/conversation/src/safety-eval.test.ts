// The safety evaluation as a test: the development part with the figures it reaches now, and the
// held-out test part with the figures reported in the README, so that a regression fails CI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stockholmCatalogue } from '@lotsen/catalogue';
import { describe, expect, it } from 'vitest';
import { readSafetyMessages } from '../tools/safety-data.js';
import { evaluateSafety, markdownReport, wilson } from '../tools/safety-eval.js';
import { load, modelSource, quantise, train } from '../tools/safety-train.js';

const root = join(import.meta.dirname, '..');
const catalogue = stockholmCatalogue();

describe('wilson', () => {
  it('gives the 95 % score interval', () => {
    const p = wilson(45, 50);
    expect(p.rate).toBe(0.9);
    expect(p.low).toBeCloseTo(0.7864, 3);
    expect(p.high).toBeCloseTo(0.9565, 3);
    expect(wilson(0, 0)).toMatchObject({ low: 0, high: 1 });
    expect(wilson(10, 10).high).toBe(1);
  });
});

describe('the safety evaluation', () => {
  it('development part: stops every crisis category and raises no false alarm', () => {
    const report = evaluateSafety(
      readSafetyMessages(join(root, 'safety-eval/dev.jsonl')),
      catalogue,
    );
    expect(report.crisis.measure.rate).toBeGreaterThanOrEqual(0.99);
    for (const row of report.rows) {
      if (row.label === 'crisis')
        expect(row.measure.rate, row.category).toBeGreaterThanOrEqual(0.93);
      else expect(row.measure.rate, row.category).toBeLessThanOrEqual(0.04);
    }
    expect(report.ordinary.measure.rate).toBeLessThanOrEqual(0.01);
    expect(markdownReport(report)).toContain('| crisis | **all crisis** |  | 180 |');
  }, 60_000);

  it('test part (held out): the recall and false alarms reported in the README', () => {
    const report = evaluateSafety(
      readSafetyMessages(join(root, 'safety-eval/test.jsonl')),
      catalogue,
    );
    expect(report.crisis.measure.rate).toBeGreaterThanOrEqual(TEST_RECALL);
    for (const row of report.rows) {
      if (row.label === 'crisis') {
        expect(row.measure.rate, row.category).toBeGreaterThanOrEqual(TEST_CATEGORY_RECALL);
      }
    }
    expect(report.ordinary.measure.rate).toBeLessThanOrEqual(TEST_FALSE_ALARMS);
  }, 60_000);
});

// What the detector reached on the test part at its second evaluation (README; after a fix an
// outside probe found, not the test part): 251 of 252 crisis messages stopped, at least 20 of 21 in
// every category, 4 of 246 ordinary messages given the full card (3 at the first evaluation). The
// targets were 97 %, 90 % and 3 %; these are floors for regressions.
const TEST_RECALL = 251 / 252;
const TEST_CATEGORY_RECALL = 20 / 21;
const TEST_FALSE_ALARMS = 4 / 246;

describe('the checked-in classifier', () => {
  it('is what training on the checked-in data gives, byte for byte', () => {
    const { examples, data } = load();
    const model = quantise(train(examples, 7), 7, data);
    const checkedIn = readFileSync(join(root, 'src/safety-model/weights.generated.ts'), 'utf8');
    expect(modelSource(model) === checkedIn).toBe(true);
  }, 120_000);
});
