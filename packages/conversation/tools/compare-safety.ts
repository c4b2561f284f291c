// The comparison behind docs/decisions/0001-safety-detector.md: the phrase lists alone, the concept
// frames, the classifier and their combination, on the development part as unseen data (the
// classifier trained without it). Decided on the message alone (no turn), with the thresholds of
// assess.ts. Run: pnpm exec tsx --conditions=@lotsen/source tools/compare-safety.ts
import { join } from 'node:path';
import { decideSafetyBand, hasHarmCue, type SafetyBand } from '../src/safety-model/assess.js';
import { detectSafetyConcern } from '../src/safety.js';
import { readSafetyMessages } from './safety-data.js';
import { crisisProbability, featuresOf, load, role, train } from './safety-train.js';

const dev = readSafetyMessages(join(import.meta.dirname, '..', 'safety-eval', 'dev.jsonl'));
const examples = load(false).examples;
const model = train(examples, 7);
// The classifier without the frames' concepts and frames among its features.
const wordsOnly = (features: readonly string[]) => features.filter((f) => !/^[kFP]:/.test(f));
const plain = train(
  examples.map((e) => ({ ...e, features: wordsOnly(e.features) })),
  7,
);

const rows = dev.map((m) => {
  const writer = role(m);
  const floor = detectSafetyConcern(m.text, writer) !== undefined;
  const { features, frames, concepts } = featuresOf(m.text, writer);
  const crisis = crisisProbability(model, features);
  return {
    m,
    floor,
    frames,
    cue: hasHarmCue(concepts),
    crisis,
    plain: crisisProbability(plain, wordsOnly(features)),
  };
});

const detectors: Record<string, (r: (typeof rows)[number]) => SafetyBand> = {
  'phrase lists alone': (r) => (r.floor ? 'card' : 'none'),
  'phrase lists + frames (full: card, partial: question)': (r) =>
    r.floor || r.frames.some((f) => f.full) ? 'card' : r.frames.length > 0 ? 'ask' : 'none',
  'phrase lists + classifier on words alone': (r) =>
    decideSafetyBand({ floor: r.floor, crisis: r.plain, frames: [], cue: false }),
  'phrase lists + classifier with frame features': (r) =>
    decideSafetyBand({ ...r, frames: [], cue: false }),
  'combined (phrase lists, classifier with frame features, frames)': (r) => decideSafetyBand(r),
};

const pct = (k: number, n: number) => `${((k / n) * 100).toFixed(1)} %`;
console.log(
  '| detector | recall (card or question) | full card on crisis | false alarms (card) | question on ordinary |',
);
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, decide] of Object.entries(detectors)) {
  const bands = rows.map((r) => ({ label: r.m.label, band: decide(r) }));
  const crisis = bands.filter((b) => b.label === 'crisis');
  const ordinary = bands.filter((b) => b.label === 'ordinary');
  console.log(
    `| ${name} | ${pct(crisis.filter((b) => b.band !== 'none').length, crisis.length)} | ${pct(crisis.filter((b) => b.band === 'card').length, crisis.length)} | ${pct(ordinary.filter((b) => b.band === 'card').length, ordinary.length)} | ${pct(ordinary.filter((b) => b.band === 'ask').length, ordinary.length)} |`,
  );
}
