import { describe, expect, it } from 'vitest';
import { findAll, parseXml, textOf, type XmlElement } from '../test/xml.js';
import { aggregateOutcomes } from './aggregate.js';
import { CHART_COLORS, escapeXml, renderAggregateChart, renderTrajectoryChart } from './chart.js';
import type { OutcomeObservation } from './schemas.js';
import { buildTrajectory, type Trajectory } from './trajectory.js';

function value<T>(r: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!r.ok) throw r.error;
  return r.value;
}

function items(total: number): number[] {
  const q = Math.round((total / 4) * 10) / 10;
  return [q, q, q, Math.round((total - 3 * q) * 10) / 10];
}

function trajectory(caseId = 'c-7'): Trajectory {
  const ors = [14, 17, 19, 24, 29.5];
  const srs = [38, 35, 37, 38.5, 39];
  const administrations = ors.flatMap((t, i) => [
    {
      instrument: 'ORS',
      session: i + 1,
      date: `2025-02-0${i + 1}`,
      rater: 'young-person',
      age: 15,
      items: items(t),
    },
    {
      instrument: 'SRS',
      session: i + 1,
      date: `2025-02-0${i + 1}`,
      rater: 'young-person',
      age: 15,
      items: items(srs[i]!),
    },
  ]);
  return value(buildTrajectory({ caseId, administrations }));
}

function byClass(root: XmlElement, cls: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    if ((e.attrs.class ?? '').split(' ').includes(cls)) out.push(e);
    for (const c of e.children) if (typeof c !== 'string') walk(c);
  };
  walk(root);
  return out;
}

describe('test/xml parseXml (the checker itself)', () => {
  it('rejects what is not well-formed', () => {
    for (const bad of [
      '<a><b></a></b>',
      '<a x=1/>',
      '<a x="1" x="2"/>',
      '<a>&nbsp;</a>',
      '<a>1 < 2</a>',
      '<a/><b/>',
      '<a>',
      'text',
      '<a y="<"/>',
    ]) {
      expect(() => parseXml(bad), bad).toThrow();
    }
    expect(parseXml('<a x="1 &amp; 2"><b/>t&lt;</a>')).toEqual({
      name: 'a',
      attrs: { x: '1 & 2' },
      children: [{ name: 'b', attrs: {}, children: [] }, 't<'],
    });
  });
});

describe('renderTrajectoryChart', () => {
  const t = trajectory();
  const chart = value(renderTrajectoryChart(t));
  const svg = parseXml(chart.svg);

  it('is a well-formed SVG image labelled by its title and description', () => {
    expect(svg.name).toBe('svg');
    expect(svg.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(svg.attrs.role).toBe('img');
    const [titleId, descId] = svg.attrs['aria-labelledby']!.split(' ');
    const first = svg.children.filter((c): c is XmlElement => typeof c !== 'string');
    expect(first[0]).toMatchObject({ name: 'title', attrs: { id: titleId } });
    expect(first[1]).toMatchObject({ name: 'desc', attrs: { id: descId } });
    expect(textOf(first[0]!)).toBe('ORS-förlopp, ungdom, ärende c-7');
    expect(textOf(first[1]!)).toBe(chart.summary);
  });

  it('summarises the trajectory in words, with Swedish decimal commas', () => {
    expect(chart.summary).toBe(
      'ORS (ungdom): 5 skattningar, samtal 1 till 5. Första 14,0, senaste 29,5, förändring +15,5 (återhämtad). ' +
        'Klinisk gräns 28, tillförlitlig förändring 5 poäng. SRS: 5 skattningar, senaste 39,0.',
    );
  });

  it('draws the ORS line with one point per session, the cutoff and the reliable-change band', () => {
    const line = byClass(svg, 'outcome')[0]!;
    expect(line.name).toBe('polyline');
    expect(line.attrs.points!.split(' ')).toHaveLength(5);
    expect(findAll(byClass(svg, 'outcome-panel')[0]!, 'circle')).toHaveLength(5);
    const [, cutoffLine] = [null, byClass(svg, 'cutoff')[0]!];
    // y(v) = 276 − v/40 · 220: the adolescent cutoff 28 sits at 122.
    expect(cutoffLine.attrs.y1).toBe('122');
    expect(cutoffLine.attrs['stroke-dasharray']).toBeDefined();
    const band = byClass(svg, 'reliable-change-band')[0]!;
    // First score 14 ± 5 → 9..19.
    expect(Number(band.attrs.y)).toBeCloseTo(276 - (19 / 40) * 220, 1);
    expect(Number(band.attrs.height)).toBeCloseTo((10 / 40) * 220, 1);
  });

  it('puts sessions on the x axis and the SRS beneath, with its cutoff and flagged sessions as diamonds', () => {
    const ticks = findAll(byClass(svg, 'x-axis')[0]!, 'text').map(textOf);
    expect(ticks).toEqual(['1', '2', '3', '4', '5', 'Samtal']);
    const panel = byClass(svg, 'session-panel')[0]!;
    expect(findAll(panel, 'polyline')).toHaveLength(1);
    expect(byClass(panel, 'cutoff')).toHaveLength(1);
    expect(byClass(panel, 'flagged')).toHaveLength(1); // SRS 35 at session 2
    const tooltips = findAll(panel, 'title').map(textOf);
    expect(tooltips[1]).toBe('Samtal 2 (2025-02-02): SRS 35,0, under gränsen');
  });

  it('gives a table with every number in the chart', () => {
    const table = parseXml(chart.table);
    expect(table.name).toBe('table');
    expect(textOf(findAll(table, 'caption')[0]!)).toBe('ORS-förlopp, ungdom, ärende c-7');
    expect(
      findAll(table, 'th')
        .filter((th) => th.attrs.scope === 'col')
        .map(textOf),
    ).toEqual(['Samtal', 'Datum', 'ORS', 'Klinisk nivå', 'SRS']);
    const rows = findAll(findAll(table, 'tbody')[0]!, 'tr');
    expect(rows).toHaveLength(5);
    expect(findAll(rows[1]!, 'td').map(textOf)).toEqual([
      '2025-02-02',
      '17,0',
      'ja',
      '35,0 (under gränsen)',
    ]);
  });

  it('speaks English on request', () => {
    const en = value(renderTrajectoryChart(t, { lang: 'en', id: 'chart-1' }));
    expect(en.summary).toContain('First 14.0, latest 29.5, change +15.5 (recovered)');
    expect(parseXml(en.svg).attrs['aria-labelledby']).toBe('chart-1-title chart-1-desc');
  });

  it('escapes text so that any case id stays well-formed', () => {
    const odd = value(renderTrajectoryChart(trajectory(`<b>&"x'`)));
    const root = parseXml(odd.svg);
    expect(textOf(findAll(root, 'title')[0]!)).toBe(`ORS-förlopp, ungdom, ärende <b>&"x'`);
    expect(root.attrs['aria-labelledby']).toMatch(/^[A-Za-z][\w-]*-title [A-Za-z][\w-]*-desc$/);
    parseXml(odd.table);
  });

  it('still renders, well-formed, without any ratings', () => {
    const empty = value(
      renderTrajectoryChart(value(buildTrajectory({ caseId: 'e', administrations: [] }))),
    );
    expect(empty.summary).toBe('Inga skattningar att visa.');
    expect(findAll(parseXml(empty.svg), 'text').map(textOf)).toContain(
      'Inga skattningar att visa.',
    );
  });

  it('draws no reliable-change band for CORS without a threshold, and says so', () => {
    const administrations = [1, 2, 3].map((session) => ({
      instrument: 'CORS',
      session,
      date: `2025-03-0${session}`,
      rater: 'parent',
      age: 9,
      items: items(20 + session * 3),
    }));
    const c = value(
      renderTrajectoryChart(value(buildTrajectory({ caseId: 'k', administrations })), {
        lang: 'en',
      }),
    );
    const root = parseXml(c.svg);
    expect(byClass(root, 'reliable-change-band')).toEqual([]);
    expect(byClass(root, 'cutoff')[0]!.attrs.y1).toBe(String(276 - (32 / 40) * 220));
    expect(c.summary).toBe(
      'CORS (parent, rated by a caretaker): 3 ratings, sessions 1 to 3. First 23.0, latest 29.0, change +6.0. ' +
        'Clinical cutoff 32, no reliable-change threshold.',
    );
  });

  it("rejects bad chart arguments as input errors (not the library's options)", () => {
    const code = (r: { ok: boolean }) => (r as { error?: { code: string } }).error?.code;
    // A caller's language or width is an argument of this call: an API passes it on from a request.
    expect(code(renderTrajectoryChart(t, { lang: 'de' as never }))).toBe('INVALID_INPUT');
    expect(code(renderTrajectoryChart(t, { width: 10 }))).toBe('INVALID_INPUT');
    expect(code(renderTrajectoryChart(t, { id: '' }))).toBe('INVALID_INPUT');
    expect(renderTrajectoryChart({} as Trajectory).ok).toBe(false);
  });
});

describe('renderAggregateChart', () => {
  const obs: OutcomeObservation[] = [];
  let n = 0;
  const add = (count: number, pre: number, post: number, districtId: string): void => {
    for (let i = 0; i < count; i++) {
      const caseId = `k${n++}`;
      obs.push({
        caseId,
        instrument: 'ORS',
        session: 1,
        rater: 'young-person',
        score: pre,
        districtId,
      });
      obs.push({
        caseId,
        instrument: 'ORS',
        session: 6,
        rater: 'young-person',
        score: post,
        districtId,
      });
    }
  };
  add(6, 20, 27, 'Rinkeby-Kista');
  add(6, 20, 21, 'Rinkeby-Kista');
  add(5, 26, 32, 'Skärholmen');
  add(2, 20, 27, 'Skärholmen');
  add(5, 20, 21, 'Skärholmen');
  add(3, 20, 27, 'Norrmalm');
  const report = value(aggregateOutcomes(obs, { dimensions: ['district'] }));
  const chart = value(renderAggregateChart(report, 'district'));
  const svg = parseXml(chart.svg);

  it('is a well-formed, labelled SVG with one group per district', () => {
    expect(svg.attrs.role).toBe('img');
    expect(textOf(findAll(svg, 'title')[0]!)).toBe('ORS/CORS: förändring per stadsdel');
    expect(byClass(svg, 'group')).toHaveLength(3);
  });

  it('draws labelled segments, a hidden remainder and suppressed groups as text', () => {
    const groups = byClass(svg, 'group');
    const norrmalm = groups.find((g) => findAll(g, 'text').some((t) => textOf(t) === 'Norrmalm'))!;
    expect(findAll(norrmalm, 'text').map(textOf)).toContain('Dolt: färre än 5 ärenden');
    const rinkeby = groups.find((g) =>
      findAll(g, 'text').some((t) => textOf(t) === 'Rinkeby-Kista'),
    )!;
    expect(byClass(rinkeby, 'segment').map((s) => s.attrs.class)).toEqual([
      'segment recovered',
      'segment unchanged',
    ]);
    const skarholmen = groups.find((g) =>
      findAll(g, 'text').some((t) => textOf(t) === 'Skärholmen'),
    )!;
    // 2 recovered are hidden, so 5 improved are hidden too (complement): a dashed "hidden" remainder.
    expect(byClass(skarholmen, 'segment').map((s) => s.attrs.class)).toEqual([
      'segment unchanged',
      'segment hidden',
    ]);
  });

  it('has a table fallback with dashes for hidden numbers', () => {
    const table = parseXml(chart.table);
    const rows = findAll(findAll(table, 'tbody')[0]!, 'tr').map((r) =>
      [...findAll(r, 'th'), ...findAll(r, 'td')].map(textOf),
    );
    expect(rows).toEqual([
      ['Norrmalm', '–', '–', '–', '–', '–', '–', '–'],
      ['Rinkeby-Kista', '12', '12', '+4,0', '50 %', '0 %', '50 %', '0 %'],
      ['Skärholmen', '12', '12', '+4,1', '–', '–', '42 %', '0 %'],
    ]);
  });

  it('rejects a dimension the report does not have', () => {
    expect(renderAggregateChart(report, 'cohort').ok).toBe(false);
  });
});

/** WCAG 2.2 relative luminance and contrast ratio. */
function contrast(a: string, b: string): number {
  const lum = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
      number,
      number,
      number,
    ];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('CHART_COLORS', () => {
  it('meets WCAG contrast: text 4.5:1, lines and marks 3:1, labels inside bars 4.5:1', () => {
    const C = CHART_COLORS;
    for (const textColour of [C.text, C.mutedText, C.cutoff, C.outcome])
      expect(contrast(textColour, C.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(C.bandText, C.band)).toBeGreaterThanOrEqual(4.5);
    for (const mark of [C.outcome, C.session, C.axis, C.hidden, C.cutoff])
      expect(contrast(mark, C.background)).toBeGreaterThanOrEqual(3);
    for (const seg of [C.recovered, C.improved, C.unchanged, C.deteriorated])
      expect(contrast(C.background, seg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;',
    );
  });
});
