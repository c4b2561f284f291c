import { readFileSync } from 'node:fs';
import { stockholmCatalogue } from '@lotsen/catalogue';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SAFETY_CATEGORIES } from './config.js';
import { detectSafetyConcern } from './safety.js';
import { scrubPersonalData } from './scrub.js';
import { extractAge, guessLanguage, understand, type Expectation } from './understand.js';
import type { Role } from './messages.js';
import { normalizeText } from './normalize.js';
import { ENGLISH_NUMBER_WORDS, MONTH_WORDS, SWEDISH_NUMBER_WORDS } from './lexicon/numbers.js';

interface CorpusRow {
  readonly text: string;
  readonly context?: { readonly role?: Role; readonly expecting?: Expectation };
  readonly expect: {
    readonly age: number | null;
    readonly districts: readonly string[];
    readonly needs: readonly string[];
    readonly intent: string;
    readonly safety: string;
    readonly negatedNeeds?: readonly string[];
    readonly role?: Role | null;
    readonly familyLanguage?: string | null;
  };
}

const corpus = JSON.parse(
  readFileSync(new URL('../corpus/utterances.json', import.meta.url), 'utf8'),
) as {
  now: string;
  utterances: CorpusRow[];
};
const catalogue = stockholmCatalogue();
const now = new Date(corpus.now);

function read(row: CorpusRow, when: Date = now) {
  const u = understand(row.text, {
    catalogue,
    now: when,
    role: row.context?.role ?? null,
    expecting: row.context?.expecting ?? null,
  });
  return {
    age: u.age ?? null,
    districts: u.districtIds,
    needs: u.needIds,
    intent: u.intent,
    safety: u.safety?.category ?? 'none',
    negatedNeeds: u.negatedNeedIds,
    role: u.role ?? null,
    familyLanguage: u.familyLanguage ?? null,
    startWindow: u.startWindow ?? null,
    notUnderstood: u.notUnderstood ?? [],
    childAges: u.childAges ?? [],
    otherChild: u.otherChild ?? false,
  };
}

describe('the understanding corpus', () => {
  it('holds at least 150 utterances in Swedish and English', () => {
    expect(corpus.utterances.length).toBeGreaterThanOrEqual(150);
    const english = corpus.utterances.filter((r) => guessLanguage(r.text) === 'en').length;
    expect(english).toBeGreaterThanOrEqual(30);
  });

  it('covers every safety category, and "none"', () => {
    const seen = new Set(corpus.utterances.map((r) => r.expect.safety));
    for (const category of [...SAFETY_CATEGORIES, 'none']) expect(seen).toContain(category);
  });

  it('is read right on every field of every utterance (a regression suite: 100% per field)', () => {
    const fields = [
      'age',
      'districts',
      'needs',
      'intent',
      'safety',
      'negatedNeeds',
      'role',
      'familyLanguage',
    ] as const;
    const totals = Object.fromEntries(fields.map((f) => [f, { right: 0, asked: 0 }]));
    const misses: string[] = [];
    for (const row of corpus.utterances) {
      const got = read(row);
      for (const field of fields) {
        const wanted = (row.expect as Record<string, unknown>)[field];
        if (wanted === undefined) continue;
        totals[field]!.asked++;
        if (JSON.stringify(wanted) === JSON.stringify(got[field])) totals[field]!.right++;
        else
          misses.push(
            `${row.text} → ${field}: wanted ${JSON.stringify(wanted)}, got ${JSON.stringify(got[field])}`,
          );
      }
    }
    const accuracy = Object.fromEntries(
      Object.entries(totals).map(([f, t]) => [f, t.asked === 0 ? 1 : t.right / t.asked]),
    );
    expect(misses, misses.join('\n')).toEqual([]);
    expect(accuracy).toEqual(Object.fromEntries(fields.map((f) => [f, 1])));
    // The five fields every row carries were all checked on every row.
    for (const f of ['age', 'districts', 'needs', 'intent', 'safety'] as const) {
      expect(totals[f]!.asked).toBe(corpus.utterances.length);
    }
  });
});

const heldOut = JSON.parse(
  readFileSync(new URL('../corpus/everyday-forms.json', import.meta.url), 'utf8'),
) as { now: string; utterances: CorpusRow[] };

describe('the held-out corpus of everyday forms (not used to train the safety classifier)', () => {
  it.each(heldOut.utterances.map((r) => [r.text, r] as const))('reads "%s" right', (_t, row) => {
    const got: Record<string, unknown> = read(row, new Date(heldOut.now));
    const wanted = Object.fromEntries(Object.keys(row.expect).map((k) => [k, got[k]]));
    expect(wanted).toEqual(row.expect);
  });
});

describe('extractAge', () => {
  const at = (iso: string) => new Date(iso);
  const age = (text: string, when = '2026-03-16T10:00:00Z') =>
    extractAge(normalizeText(text), at(when));

  it.each([
    ['10-årig', 10],
    ['en 10-åring', 10],
    ['tioåring', 10],
    ['tio-åringen', 10],
    ['10 år', 10],
    ['10 år gammal', 10],
    ['hon är tio år', 10],
    ['i 10-årsåldern', 10],
    ['sextonåriga dottern', 16],
    ['ten-year-old', 10],
    ['a 10 year old', 10],
    ['10 years old', 10],
    ['aged 12', 12],
    ['12yo', 12],
    ["I'm 16", 16],
    ['min son på 15', 15],
    ['my son (14)', 14],
  ])('reads "%s" as %i', (text, expected) => {
    expect(age(text)).toBe(expected);
  });

  it.each([
    ['hi im 15', 15],
    ['15yo', 15],
    ['15 y/o', 15],
    ['15 år gammal', 15],
    ['en 15-åring', 15],
    ['hon fyller 9', 9],
    ['fyller snart 12', 12],
    ['nio år', 9],
    ['nioåring', 9],
    ['hej jag e 14', 14],
    ['he will be 11 soon', 11],
    ['han ska fylla 13', 13],
    ['she is almost 10', 10],
    ['hon är nästan sju år', 7],
  ])('reads the everyday form "%s" as %i', (text, expected) => {
    expect(age(text)).toBe(expected);
  });

  it('reads any age 0–19 in any common form as that age', () => {
    const sv = Object.entries(SWEDISH_NUMBER_WORDS).filter(([w]) => w !== 'en');
    const en = Object.entries(ENGLISH_NUMBER_WORDS);
    const word = (n: number, table: [string, number][]) => table.find(([, v]) => v === n)![0];
    const forms: ((n: number) => string)[] = [
      (n) => `hi im ${n}`,
      (n) => `${n}yo`,
      (n) => `${n} y/o`,
      (n) => `${n} år gammal`,
      (n) => `en ${n}-åring`,
      (n) => `hon fyller ${n}`,
      (n) => `fyller snart ${n}`,
      (n) => `${word(n, sv)} år gammal`,
      (n) => `${word(n, sv)}åring`,
      (n) => `han är ${word(n, sv)} år`,
      (n) => `my son is ${word(n, en)} years old`,
      (n) => `I'm ${n} years old`,
      (n) => `he turns ${n} soon`,
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 19 }),
        fc.constantFrom(...forms),
        fc.constantFrom('', 'Hej! ', 'hello, '),
        (n, form, before) => {
          expect(age(`${before}${form(n)}`)).toBe(n);
        },
      ),
      { numRuns: 400 },
    );
    // A number word with "år" alone is an age from two up ("ett år" is also "a year").
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 19 }), (n) => {
        expect(age(`${word(n, sv)} år`)).toBe(n);
      }),
    );
  });

  it('counts "född 2016" from the clock, and exactly with a month', () => {
    expect(age('född 2016')).toBe(10);
    expect(age('född 2016', '2030-01-02T10:00:00Z')).toBe(14);
    expect(age('born in 2016', '2030-01-02T10:00:00Z')).toBe(14);
    expect(age('född i maj 2016')).toBe(9);
    expect(age('född i maj 2016', '2026-06-01T10:00:00Z')).toBe(10);
  });

  it.each([
    'för två år sedan',
    'i 3 år',
    'for 3 years',
    '2 years ago',
    'grupper för 7-12 år',
    'jag är en mamma',
    'vi är 3 personer',
    'ring 116 111',
    'mamma är 45',
    'vi har bott här i tre år',
    'för nio år sedan',
    'ett år',
  ])('finds no age in "%s"', (text) => {
    expect(age(text)).toBeUndefined();
  });
});

describe('understand', () => {
  const read = (text: string, role: Role | null = null) =>
    understand(text, { catalogue, now, role });

  it('reads a misspelt place only after a place word or as an answer, never an everyday word', () => {
    expect(read('bor i Skarholmn').districtIds).toEqual(['skarholmen']);
    expect(read('Skarholmn').districtIds).toEqual([]);
    expect(understand('Skarholmn', { catalogue, now, expecting: 'district' }).districtIds).toEqual([
      'skarholmen',
    ]);
    expect(read('ge mig en lista').districtIds).toEqual([]);
    expect(read('vi väntar på svar').districtIds).toEqual([]);
    expect(read('across the city').districtIds).toEqual([]);
  });

  it('reads who is writing from "I\'m a parent" and "im a mum", as from "I am"', () => {
    expect(read("I'm a parent of a 16-year-old").role).toBe('parent');
    expect(read('I’m a dad').role).toBe('parent');
    expect(read('im a mum').role).toBe('parent');
    expect(read('hi im 15').role).toBe('young');
    expect(read('him a dad').role).toBeUndefined();
  });

  it('maps the nicknames people use for their area, and says back a place it cannot place', () => {
    expect(read('vi bor på Hökis').districtIds).toEqual(['farsta']);
    expect(read('we live in Bagis').districtIds).toEqual(['skarpnack']);
    expect(read('vi bor i Midsan').districtIds).toEqual(['hagersten-liljeholmen']);
    expect(read('vi bor på Blåbärsvägen').notUnderstood).toEqual(['Blåbärsvägen']);
    expect(read('we live in Blueberry Hill').notUnderstood).toEqual(['Blueberry Hill']);
  });

  it('gives both districts of an area that spans two', () => {
    expect(read('vi bor i Järva').districtIds).toEqual(['rinkeby-kista', 'spanga-tensta']);
  });

  it('tells a child’s own substance use from a parent’s', () => {
    expect(read('hans pappa dricker').needIds).toEqual(['parental-substance-abuse']);
    expect(read('min son dricker').needIds).toEqual(['own-substance-use']);
    expect(read('jag dricker för mycket', 'young').needIds).toEqual(['own-substance-use']);
    expect(read('jag dricker för mycket', 'parent').needIds).toEqual(['parental-substance-abuse']);
  });

  it('takes negated needs out: "dricker inte", "not drinking"', () => {
    expect(read('pappa dricker inte').negatedNeedIds).toEqual(['parental-substance-abuse']);
    expect(read('dad is not drinking').negatedNeedIds).toEqual(['parental-substance-abuse']);
    expect(read('pappa dricker inte, men mamma dricker').needIds).toEqual([
      'parental-substance-abuse',
    ]);
    expect(read('pappa dricker inte, men mamma dricker').negatedNeedIds).toEqual([]);
  });

  it('does not take "hjälp" inside a request for the help command', () => {
    expect(read('hjälp').intent).toBe('help');
    expect(read('jag behöver hjälp med min son som dricker').intent).toBe('find_support');
  });

  it('finds a referral id', () => {
    expect(read('status 3F2A9C1E-8B7D-4C2A-9E1F-0A1B2C3D4E5F').referralId).toBe(
      '3f2a9c1e-8b7d-4c2a-9e1f-0a1b2c3d4e5f',
    );
  });
});

describe('understand: areas, times, what it could not place, several children', () => {
  const read = (text: string, when = now) => understand(text, { catalogue, now: when, role: null });
  const SODERORT = [
    'enskede-arsta-vantor',
    'skarpnack',
    'farsta',
    'alvsjo',
    'hagersten-liljeholmen',
    'skarholmen',
  ];
  const INNER = ['kungsholmen', 'norrmalm', 'ostermalm', 'sodermalm'];

  it('maps the city’s broad areas to their districts, in Swedish and English', () => {
    expect(read('vi bor i Söderort').districtIds).toEqual(SODERORT);
    expect(read('någonstans i västerort').districtIds).toEqual([
      'rinkeby-kista',
      'spanga-tensta',
      'hasselby-vallingby',
      'bromma',
    ]);
    expect(read('vi bor i innerstan').districtIds).toEqual(INNER);
    expect(read('we live in the inner city').districtIds).toEqual(INNER);
    expect(read('Söder').districtIds).toEqual(['sodermalm']);
  });

  it('says back a name after "i"/"in" that is no district, and nothing for places it knows', () => {
    expect(read('vi bor i Blåbärsby').notUnderstood).toEqual(['Blåbärsby']);
    expect(read('we live in Narnia').notUnderstood).toEqual(['Narnia']);
    expect(read('vi bor i Skärholmen').notUnderstood).toBeUndefined();
    expect(read('bor i Skarholmn').notUnderstood).toBeUndefined();
    expect(read('i Stockholm, i Farsta').notUnderstood).toBeUndefined();
    expect(read('in English please').notUnderstood).toBeUndefined();
    expect(read('in January').notUnderstood).toBeUndefined();
    expect(read('efter kulturlovet').notUnderstood).toEqual(['kulturlovet']);
    expect(read('efter sportlovet').notUnderstood).toBeUndefined();
  });

  it('reads when a group should start as dates from today, in Swedish and English', () => {
    // now: 16 March 2026
    expect(read('till våren').startWindow).toEqual({ from: '2026-03-16', to: '2026-05-31' });
    expect(read('in the spring').startWindow).toEqual({ from: '2026-03-16', to: '2026-05-31' });
    expect(read('i höst').startWindow).toEqual({ from: '2026-09-01', to: '2026-11-30' });
    expect(read('nästa termin').startWindow).toEqual({ from: '2026-08-01', to: '2026-12-31' });
    expect(read('next term').startWindow).toEqual({ from: '2026-08-01', to: '2026-12-31' });
    expect(read('i januari').startWindow).toEqual({ from: '2027-01-01', to: '2027-01-31' });
    expect(read('efter jul').startWindow).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(read('after the summer').startWindow).toEqual({ from: '2026-08-01', to: '2026-10-31' });
    const october = new Date('2026-10-05T10:00:00Z');
    expect(read('nästa termin', october).startWindow).toEqual({
      from: '2027-01-01',
      to: '2027-06-30',
    });
    expect(read('efter jul', october).startWindow).toEqual({
      from: '2027-01-01',
      to: '2027-03-31',
    });
    const january = new Date('2027-01-10T10:00:00Z');
    expect(read('efter jul', january).startWindow).toEqual({
      from: '2027-01-10',
      to: '2027-03-31',
    });
  });

  it.each(['född i mars 2016', 'I may come later', 'var bor du', 'i fall att', 'vi har en host'])(
    'reads no start time in "%s"',
    (text) => {
      expect(read(text).startWindow).toBeUndefined();
    },
  );

  it('any month after "i"/"in" is the next such month, never in the past', () => {
    const months = Object.entries(MONTH_WORDS).filter(([w]) => w !== 'may');
    fc.assert(
      fc.property(
        fc.constantFrom(...months),
        fc.constantFrom('i', 'in'),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        ([word, month], cue, when) => {
          const window = read(`${cue} ${word}`, when).startWindow!;
          const today = when.toISOString().slice(0, 10);
          expect(window.to >= today).toBe(true);
          expect(window.from >= today).toBe(true);
          expect(Number(window.to.slice(5, 7))).toBe(month);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds every child of several, in Swedish and English', () => {
    expect(read('två barn, 7 och 12 år').childAges).toEqual([7, 12]);
    expect(read('my kids are 6 and 14').childAges).toEqual([6, 14]);
    expect(read('tre barn: 4, 9 och 15 år').childAges).toEqual([4, 9, 15]);
    expect(read('en son på 6 och en dotter på 14').childAges).toEqual([6, 14]);
    expect(read('min son är 12').childAges).toBeUndefined();
    expect(read('grupper för 7-12 år').childAges).toBeUndefined();
    expect(read('och den andra?').otherChild).toBe(true);
    expect(read('what about the other one').otherChild).toBe(true);
  });

  it('finds any two different ages 0–19 of siblings, whatever the words around them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 0, max: 19 }),
        fc.constantFrom(
          (a: number, b: number) => `två barn, ${a} och ${b} år`,
          (a: number, b: number) => `my kids are ${a} and ${b}`,
          (a: number, b: number) => `barnen är ${a} och ${b}`,
          (a: number, b: number) => `children aged ${a} and ${b}`,
        ),
        (a, b, form) => {
          fc.pre(a !== b);
          expect(read(form(a, b)).childAges).toEqual([a, b]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('guessLanguage', () => {
  it('tells Swedish from English, and says nothing when unsure', () => {
    expect(guessLanguage('Hej, min son dricker och vi bor i Farsta')).toBe('sv');
    expect(guessLanguage('Hi, my son drinks and we live in Farsta')).toBe('en');
    expect(guessLanguage('Farsta')).toBeUndefined();
  });
});

describe('never throws', () => {
  const words = [
    'pappa',
    'dricker',
    'inte',
    'slår',
    'mig',
    'jag',
    'är',
    '16',
    'år',
    'född',
    '2016',
    'i',
    'Skärholmen',
    'Järva',
    'självmord',
    'hjälp',
    'glöm',
    'English',
    'my',
    'dad',
    'hits',
    'not',
    ',',
    '.',
    'född i maj',
    'ta livet av',
    'hedersvåld',
    'giftas bort',
    'Söder',
    'tioåring',
    'ten-year-old',
    '~',
    '*',
    '|',
    '(',
    '[',
  ];

  it('on arbitrary text, through scrubbing, the safety check and the understanding', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.array(fc.constantFrom(...words), { maxLength: 40 }).map((w) => w.join(' ')),
        ),
        fc.constantFrom<Role | null>(null, 'staff', 'parent', 'young'),
        (text, role) => {
          const scrubbed = scrubPersonalData(text).text;
          detectSafetyConcern(scrubbed, role);
          const u = understand(scrubbed, { catalogue, now, role, expecting: 'district' });
          expect(u.age === undefined || (u.age >= 0 && u.age <= 25)).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  }, 60_000);
});
