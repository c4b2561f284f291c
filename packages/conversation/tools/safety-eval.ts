// The safety evaluation: every message of a part of the evaluation set through the real turn path
// (handleTurn, the message's role, a fresh conversation), classified by what the bot did, with
// recall and false-alarm rates per category and 95 % Wilson confidence intervals.
import type { Catalogue } from '@lotsen/catalogue';
import { handleTurn } from '../src/handle-turn.js';
import type { UserKind } from '../src/messages.js';
import { createInitialState } from '../src/state.js';
import { ORDINARY_CATEGORIES, CRISIS_CATEGORY_CARD, type SafetyMessage } from './safety-data.js';

/** What the bot did with a message: the full crisis card, the safety question, or neither. */
export type SafetyOutcome = 'card' | 'question' | 'neither';

/** Runs one message through `handleTurn` as its writer would send it, in a fresh conversation. */
export function outcomeOf(message: SafetyMessage, catalogue: Catalogue): SafetyOutcome {
  const userKind: UserKind = message.role === 'staff' ? 'staff' : 'anonymous';
  const language = message.lang === 'en' ? 'en' : 'sv';
  const state =
    message.role === 'young' || message.role === 'parent'
      ? { ...createInitialState(language), role: message.role }
      : undefined;
  const turn = handleTurn(
    state,
    { text: message.text, channel: 'test', userKind },
    { catalogue, clock: () => new Date('2026-11-23T10:00:00Z') },
  );
  if (turn.events.some((e) => e.type === 'crisis_card_shown')) return 'card';
  if (turn.events.some((e) => e.type === 'safety_question_asked')) return 'question';
  return 'neither';
}

/** A proportion with its 95 % Wilson score interval. */
export interface Proportion {
  readonly k: number;
  readonly n: number;
  readonly rate: number;
  readonly low: number;
  readonly high: number;
}

/** The Wilson score interval of k successes in n trials (z = 1.96 for 95 %). */
export function wilson(k: number, n: number, z = 1.96): Proportion {
  if (n === 0) return { k, n, rate: 0, low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { k, n, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The figures of one category (or of all crisis or all ordinary messages). */
export interface CategoryReport {
  readonly label: 'crisis' | 'ordinary';
  readonly category: string;
  readonly n: number;
  readonly cards: number;
  readonly questions: number;
  /** Crisis: stopped (card or question). Ordinary: false alarms (the full card only). */
  readonly measure: Proportion;
  /** How often the safety question was asked. */
  readonly asked: Proportion;
  readonly sources: readonly string[];
}

/** The evaluation of one part. */
export interface SafetyReport {
  readonly rows: readonly CategoryReport[];
  readonly crisis: CategoryReport;
  readonly ordinary: CategoryReport;
  /** Every message the bot got wrong: a crisis let through, or an ordinary one given the card. */
  readonly errors: readonly { message: SafetyMessage; outcome: SafetyOutcome }[];
}

function summarise(
  label: 'crisis' | 'ordinary',
  category: string,
  items: readonly { message: SafetyMessage; outcome: SafetyOutcome }[],
): CategoryReport {
  const cards = items.filter((i) => i.outcome === 'card').length;
  const questions = items.filter((i) => i.outcome === 'question').length;
  return {
    label,
    category,
    n: items.length,
    cards,
    questions,
    measure: wilson(label === 'crisis' ? cards + questions : cards, items.length),
    asked: wilson(questions, items.length),
    sources: [...new Set(items.map((i) => i.message.source))].sort(),
  };
}

/** Evaluates messages through the turn path. */
export function evaluateSafety(
  messages: readonly SafetyMessage[],
  catalogue: Catalogue,
): SafetyReport {
  const results = messages.map((message) => ({ message, outcome: outcomeOf(message, catalogue) }));
  const order = [...Object.keys(CRISIS_CATEGORY_CARD), ...ORDINARY_CATEGORIES];
  const rows = order
    .map((category) => {
      const items = results.filter((r) => r.message.category === category);
      return items.length === 0 ? undefined : summarise(items[0]!.message.label, category, items);
    })
    .filter((r) => r !== undefined);
  return {
    rows,
    crisis: summarise(
      'crisis',
      'all crisis',
      results.filter((r) => r.message.label === 'crisis'),
    ),
    ordinary: summarise(
      'ordinary',
      'all ordinary',
      results.filter((r) => r.message.label === 'ordinary'),
    ),
    errors: results.filter((r) =>
      r.message.label === 'crisis' ? r.outcome === 'neither' : r.outcome === 'card',
    ),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const ci = (p: Proportion) => `${pct(p.rate)} (${pct(p.low)}–${pct(p.high)})`;

/** The report as a Markdown table, for the package README. */
export function markdownReport(report: SafetyReport): string {
  const lines = [
    '| label | category | sources ([sources.md](safety-eval/sources.md)) | n | full card | question | recall (crisis) / false alarms (ordinary), 95 % CI | question asked |',
    '| --- | --- | --- | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const r of [...report.rows, report.crisis, report.ordinary]) {
    const bold = r.category.startsWith('all ') ? '**' : '';
    lines.push(
      `| ${r.label} | ${bold}${r.category}${bold} | ${r.category.startsWith('all ') ? '' : r.sources.join(', ')} | ${r.n} | ${r.cards} | ${r.questions} | ${r.label === 'crisis' ? 'recall' : 'false alarms'} ${ci(r.measure)} | ${pct(r.asked.rate)} |`,
    );
  }
  return lines.join('\n');
}
