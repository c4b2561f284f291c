import { daysInMonth, formatIsoDate } from '@lotsen/domain';
import { MONTH_WORDS } from './lexicon/numbers.js';
import {
  AFTER_CUES,
  AFTER_HOLIDAY_WORDS,
  NEXT_TERM_PHRASES,
  SEASON_WORDS,
  TERM_WORDS,
  TIME_CUES,
  type TimePeriod,
} from './lexicon/times.js';

/** When a group should start, as dates (ISO 8601, inclusive): what "till våren" means from today. */
export interface StartWindow {
  readonly from: string;
  readonly to: string;
}

const TIME_CUE_SET = new Set(TIME_CUES);
const AFTER_CUE_SET = new Set(AFTER_CUES);
/** "I may", "jag ska i maj": the English modal is no month after the Swedish "i". */
const ENGLISH_MONTH_CUES = new Set(['in', 'by', 'during', 'from', 'next', 'this', 'till']);
const ENGLISH_SEASONS = new Set(['spring', 'springtime', 'summer', 'autumn', 'fall', 'winter']);

/** Every folded word the time tables know: such a capitalised word is never an unknown place. */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  [
    ...Object.keys(MONTH_WORDS),
    ...Object.keys(SEASON_WORDS),
    ...Object.keys(AFTER_HOLIDAY_WORDS),
    ...Object.keys(TERM_WORDS),
  ].flatMap((w) => w.split(' ')),
);

/**
 * The next span of months `period` covers, from today: this year's if it has not ended, else next
 * year's. With `notBegun`, only a span still ahead or in its first month ("efter jul" said in March
 * is next winter's, said on 10 January it is from today).
 */
export function nextOccurrence(period: TimePeriod, now: Date, notBegun = false): StartWindow {
  const today = now.toISOString().slice(0, 10);
  for (let year = now.getUTCFullYear() - 1; ; year++) {
    const endYear = period.to < period.from ? year + 1 : year;
    const to = formatIsoDate(endYear, period.to, daysInMonth(endYear, period.to));
    if (to < today) continue;
    const from = formatIsoDate(year, period.from, 1);
    // "Efter jul" in early January is now; in March it is next winter.
    if (notBegun && from < today && today.slice(0, 7) !== from.slice(0, 7)) continue;
    return { from: from < today ? today : from, to };
  }
}

function monthAfter(month: number, by: number): number {
  return ((month - 1 + by) % 12) + 1;
}

/** The next school term after the current month: the autumn term until July, else next spring's. */
function nextTerm(now: Date): TimePeriod {
  return now.getUTCMonth() + 1 <= 7 ? { from: 8, to: 12 } : { from: 1, to: 6 };
}

/**
 * Reads when a group should start out of folded text: a term ("nästa termin", "vårterminen"), a
 * season after a cue ("till våren", "i höst", "in the spring"), a month after a cue ("i januari"),
 * or the months after a holiday ("efter jul", "after the summer"). The first one named wins.
 */
export function extractStartWindow(normalized: string, now: Date): StartWindow | undefined {
  const padded = ` ${normalized} `;
  if (NEXT_TERM_PHRASES.some((p) => padded.includes(` ${p} `))) {
    return nextOccurrence(nextTerm(now), now);
  }
  const words = normalized.split(' ').filter((w) => w.length > 0 && w !== ',');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const pair = i + 1 < words.length ? `${word} ${words[i + 1]}` : '';
    const before = words[i - 1] ?? '';
    const term = TERM_WORDS[pair] ?? TERM_WORDS[word];
    if (term) return nextOccurrence(term, now);
    if (AFTER_CUE_SET.has(word)) {
      const after = words[i + 1] ?? '';
      const holiday =
        AFTER_HOLIDAY_WORDS[`${after} ${words[i + 2] ?? ''}`] ?? AFTER_HOLIDAY_WORDS[after];
      if (holiday) return nextOccurrence(holiday, now, true);
      const month = MONTH_WORDS[after];
      if (month !== undefined) {
        return nextOccurrence({ from: monthAfter(month, 1), to: monthAfter(month, 3) }, now, true);
      }
      continue;
    }
    const cue = before === 'the' ? (words[i - 2] ?? '') : before;
    const cued = TIME_CUE_SET.has(cue);
    const season = SEASON_WORDS[word];
    // English seasons only after English cues: "i fall" is Swedish for "in case".
    const englishCue = ENGLISH_MONTH_CUES.has(cue);
    if (season && cued && (!ENGLISH_SEASONS.has(word) || englishCue)) {
      return nextOccurrence(season, now);
    }
    const month = MONTH_WORDS[word];
    const bornBefore = words.slice(Math.max(0, i - 3), i).some((w) => w === 'fodd' || w === 'born');
    const yearAfter = /^(?:19|20)\d\d$/.test(words[i + 1] ?? '');
    if (month !== undefined && cued && !bornBefore && !yearAfter) {
      if (word === 'may' && !englishCue) continue;
      return nextOccurrence({ from: month, to: month }, now);
    }
  }
  return undefined;
}
