/**
 * Words for when a group should start: seasons, school terms and holidays, folded (no diacritics).
 * Months come from `MONTH_WORDS`. Each period is a span of months, `from` and `to` inclusive (1–12);
 * a span may wrap the new year (winter: 12 → 2).
 */
export interface TimePeriod {
  readonly from: number;
  readonly to: number;
}

/** Seasons: "till våren", "i höst", "in the spring", "next autumn". */
export const SEASON_WORDS: Readonly<Record<string, TimePeriod>> = {
  var: { from: 3, to: 5 },
  varen: { from: 3, to: 5 },
  spring: { from: 3, to: 5 },
  springtime: { from: 3, to: 5 },
  sommar: { from: 6, to: 8 },
  sommaren: { from: 6, to: 8 },
  summer: { from: 6, to: 8 },
  host: { from: 9, to: 11 },
  hosten: { from: 9, to: 11 },
  autumn: { from: 9, to: 11 },
  fall: { from: 9, to: 11 },
  vinter: { from: 12, to: 2 },
  vintern: { from: 12, to: 2 },
  winter: { from: 12, to: 2 },
};

/** School terms, as groups for children follow them: the spring term January–June, autumn August–December. */
export const TERM_WORDS: Readonly<Record<string, TimePeriod>> = {
  vartermin: { from: 1, to: 6 },
  varterminen: { from: 1, to: 6 },
  'spring term': { from: 1, to: 6 },
  'spring semester': { from: 1, to: 6 },
  hosttermin: { from: 8, to: 12 },
  hostterminen: { from: 8, to: 12 },
  'autumn term': { from: 8, to: 12 },
  'fall term': { from: 8, to: 12 },
  'fall semester': { from: 8, to: 12 },
};

/** "Nästa termin", "next term": the next of {@link TERM_WORDS}' two terms after the current month. */
export const NEXT_TERM_PHRASES: readonly string[] = [
  'nasta termin',
  'kommande termin',
  'nasta terminen',
  'next term',
  'next semester',
  'the coming term',
];

/** After a holiday: the months that follow it ("efter jul" is January–March). */
export const AFTER_HOLIDAY_WORDS: Readonly<Record<string, TimePeriod>> = {
  jul: { from: 1, to: 3 },
  julen: { from: 1, to: 3 },
  jullovet: { from: 1, to: 3 },
  nyar: { from: 1, to: 3 },
  christmas: { from: 1, to: 3 },
  'the holidays': { from: 1, to: 3 },
  'new year': { from: 1, to: 3 },
  sommaren: { from: 8, to: 10 },
  sommarlovet: { from: 8, to: 10 },
  summer: { from: 8, to: 10 },
  'the summer': { from: 8, to: 10 },
  'summer holidays': { from: 8, to: 10 },
  'summer break': { from: 8, to: 10 },
  sportlovet: { from: 3, to: 5 },
  pask: { from: 4, to: 6 },
  pasken: { from: 4, to: 6 },
  pasklovet: { from: 4, to: 6 },
  hostlovet: { from: 11, to: 12 },
  easter: { from: 4, to: 6 },
};

/**
 * Words before a season or month that make it a time ("till våren", "i januari", "by March"); an
 * English "the" between them is skipped ("in the spring").
 */
export const TIME_CUES: readonly string[] = [
  'i',
  'in',
  'till',
  'under',
  'during',
  'by',
  'nasta',
  'next',
  'kommande',
  'this',
  'fran',
  'from',
  'pa',
];

/** Words before a holiday that make "the months after it" ("efter jul", "after Christmas"). */
export const AFTER_CUES: readonly string[] = ['efter', 'after'];
