// The exact reference: the same formation problem as an integer program for HiGHS, and an
// independent feasibility check of a proposal. Nothing here calls the package's fit logic: ages,
// needs, travel and the leader rule are recomputed from the domain model, so a shared bug would not
// hide.
import {
  ageOn,
  type District,
  type GroupCohort,
  type Leader,
  type NeedTaxonomy,
} from '@lotsen/domain';
import {
  DEFAULT_WEIGHTING,
  placementWeight,
  type FormationProposal,
  type Weighting,
} from '../src/index.js';
import type { Instance } from './random-instance.js';

/** Borders between districts, by breadth-first search over the symmetric neighbour relation. */
export function bordersBetween(districts: readonly District[]): (a: string, b: string) => number {
  const adj = new Map<string, Set<string>>(districts.map((d) => [d.id, new Set<string>()]));
  for (const d of districts)
    for (const nb of d.neighbours) {
      if (!adj.has(nb)) continue;
      adj.get(d.id)!.add(nb);
      adj.get(nb)!.add(d.id);
    }
  const table = new Map<string, Map<string, number>>();
  let farthest = 0;
  for (const d of districts) {
    const seen = new Map([[d.id, 0]]);
    const queue = [d.id];
    while (queue.length) {
      const u = queue.shift()!;
      for (const v of adj.get(u)!)
        if (!seen.has(v)) {
          seen.set(v, seen.get(u)! + 1);
          farthest = Math.max(farthest, seen.get(u)! + 1);
          queue.push(v);
        }
    }
    table.set(d.id, seen);
  }
  return (a, b) => table.get(a)?.get(b) ?? farthest + 1;
}

/** The leader rule, written out again: two or more, one experienced, a mentor per newcomer. */
function leadersOk(c: GroupCohort, pool: readonly Leader[]): boolean {
  const ids = [...new Set(c.leaderIds)].filter((id) => pool.some((l) => l.id === id));
  const exp = ids.filter(
    (id) => pool.find((l) => l.id === id)!.experience === 'experienced',
  ).length;
  return ids.length >= 2 && exp >= 1 && ids.length - exp <= exp;
}

export interface Model {
  /** Child-cohort pairs that may be assigned, with the objective coefficient and distance. */
  readonly pairs: { child: number; cohort: number; coef: number; distance: number }[];
  readonly lo: number[];
  readonly hi: number[];
  readonly usable: boolean[];
  readonly weights: number[];
  readonly protection: boolean[];
}

/** Which pairs are allowed and what each is worth, computed independently from the package. */
export function buildModel(
  inst: Instance,
  taxonomy: NeedTaxonomy,
  weighting: Weighting = DEFAULT_WEIGHTING,
): Model {
  const borders = bordersBetween(inst.districts);
  const reach = { own_district: 0, neighbours: 1, anywhere: Infinity } as const;
  const usable = inst.cohorts.map(
    (c) =>
      (c.status === 'planned' || c.status === 'open') &&
      (c.cutoffDate ?? c.startDate) >= inst.date &&
      leadersOk(c, inst.leaders),
  );
  const lo = inst.cohorts.map((c) => Math.max(0, c.seats.min - (inst.enrolled[c.id] ?? 0)));
  const hi = inst.cohorts.map((c) => Math.max(0, c.seats.max - (inst.enrolled[c.id] ?? 0)));
  const weights = inst.children.map((ch) => placementWeight(ch, inst.date, weighting));
  const protection = inst.children.map((ch) => ch.needs.some((x) => taxonomy.isProtection(x)));
  const pairs: Model['pairs'] = [];
  inst.children.forEach((ch, i) => {
    if (protection[i]) return;
    inst.cohorts.forEach((c, j) => {
      if (!usable[j]) return;
      if (!ch.needs.some((a) => c.needs.some((b) => taxonomy.related(a, b)))) return;
      const age = ageOn(ch, c.startDate);
      if (age < c.ageBand.min || age > c.ageBand.max) return;
      if (ch.language !== undefined && ch.language !== c.language) return;
      const d = borders(ch.districtId, c.premises.districtId);
      if (d > reach[ch.mayTravel]) return;
      pairs.push({
        child: i,
        cohort: j,
        coef: weights[i]! - weighting.travelPenalty * d,
        distance: d,
      });
    });
  });
  return { pairs, lo, hi, usable, weights, protection };
}

/** The model in CPLEX LP format. `countOnly` maximises the number placed instead of the weight. */
export function toLp(model: Model, countOnly = false): string {
  const x = (p: Model['pairs'][number]) => `x_${p.child}_${p.cohort}`;
  const coef = (p: Model['pairs'][number]) => (countOnly ? 1 : p.coef).toFixed(12);
  const lines = [
    'Maximize',
    ' obj: ' + (model.pairs.map((p) => `+ ${coef(p)} ${x(p)}`).join(' ') || '0 y_none'),
  ];
  lines.push('Subject To');
  const byChild = new Map<number, string[]>();
  const byCohort = new Map<number, string[]>();
  for (const p of model.pairs) {
    byChild.set(p.child, [...(byChild.get(p.child) ?? []), x(p)]);
    byCohort.set(p.cohort, [...(byCohort.get(p.cohort) ?? []), x(p)]);
  }
  for (const [i, vars] of byChild) lines.push(` once_${i}: ${vars.join(' + ')} <= 1`);
  for (const [j, vars] of byCohort) {
    lines.push(` max_${j}: ${vars.join(' + ')} - ${model.hi[j]} y_${j} <= 0`);
    lines.push(` min_${j}: ${vars.join(' + ')} - ${model.lo[j]} y_${j} >= 0`);
  }
  lines.push('Binary');
  lines.push(' ' + [...model.pairs.map(x), ...[...byCohort.keys()].map((j) => `y_${j}`)].join(' '));
  if (model.pairs.length === 0) lines.push(' y_none');
  lines.push('End');
  return lines.join('\n');
}

/** The smallest API of the `highs` loader that the reference needs. */
export interface Solver {
  solve(
    lp: string,
    options?: Record<string, unknown>,
  ): { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal?: number }> };
}

export interface ExactSolution {
  readonly objective: number;
  readonly placed: number;
}

/** Solves the model exactly; throws when HiGHS does not prove optimality. */
export function solveExact(
  solver: Solver,
  model: Model,
  countOnly = false,
  timeLimitSeconds = Infinity,
): ExactSolution {
  if (model.pairs.length === 0) return { objective: 0, placed: 0 };
  const result = solver.solve(toLp(model, countOnly), {
    output_flag: false,
    mip_rel_gap: 0,
    ...(Number.isFinite(timeLimitSeconds) ? { time_limit: timeLimitSeconds } : {}),
  });
  if (result.Status !== 'Optimal') throw new Error(`HiGHS: ${result.Status}`);
  let placed = 0;
  for (const p of model.pairs)
    if ((result.Columns[`x_${p.child}_${p.cohort}`]?.Primal ?? 0) > 0.5) placed++;
  return { objective: result.ObjectiveValue, placed };
}

/**
 * Checks an assignment (referral id → cohort id) against the model, constraint by constraint: each
 * child at most once and only where allowed, each used cohort usable and between its minimum and
 * maximum. Returns its objective and count as recomputed here; throws with the first violation.
 */
export function verifyAssignment(
  inst: Instance,
  model: Model,
  assignment: ReadonlyMap<string, string>,
): ExactSolution & { readonly count: readonly number[] } {
  const childIndex = new Map(inst.children.map((c, i) => [c.referralId, i]));
  const cohortIndex = new Map(inst.cohorts.map((c, j) => [c.id, j]));
  const allowed = new Map(model.pairs.map((p) => [`${p.child}/${p.cohort}`, p]));
  const count = new Array<number>(inst.cohorts.length).fill(0);
  let objective = 0;
  for (const [referralId, cohortId] of assignment) {
    const i = childIndex.get(referralId);
    const j = cohortIndex.get(cohortId);
    if (i === undefined || j === undefined)
      throw new Error(`unknown ids ${referralId} → ${cohortId}`);
    const pair = allowed.get(`${i}/${j}`);
    if (!pair) throw new Error(`${referralId} may not go to ${cohortId}`);
    objective += pair.coef;
    count[j]!++;
  }
  count.forEach((placedHere, j) => {
    if (placedHere === 0) return;
    const id = inst.cohorts[j]!.id;
    if (!model.usable[j]) throw new Error(`${id} is not usable but used`);
    if (placedHere < model.lo[j]!)
      throw new Error(`${id} below minimum: ${placedHere} < ${model.lo[j]}`);
    if (placedHere > model.hi[j]!)
      throw new Error(`${id} above maximum: ${placedHere} > ${model.hi[j]}`);
  });
  return { objective, placed: assignment.size, count };
}

/**
 * Checks a proposal: {@link verifyAssignment} on its placements, plus that every child appears once
 * (placed or not), distances are right, member lists match and launched cohorts are usable and full
 * enough. Throws with the first violation.
 */
export function verify(inst: Instance, model: Model, proposal: FormationProposal): ExactSolution {
  const assignment = new Map<string, string>();
  for (const p of proposal.placements) {
    if (assignment.has(p.referralId)) throw new Error(`${p.referralId} placed twice`);
    assignment.set(p.referralId, p.cohortId);
  }
  const checked = verifyAssignment(inst, model, assignment);
  const borders = bordersBetween(inst.districts);
  const byId = new Map(inst.children.map((c) => [c.referralId, c]));
  const cohortById = new Map(inst.cohorts.map((c) => [c.id, c]));
  for (const p of proposal.placements) {
    const d = borders(
      byId.get(p.referralId)!.districtId,
      cohortById.get(p.cohortId)!.premises.districtId,
    );
    if (d !== p.distance) throw new Error(`distance of ${p.referralId} is ${d}, not ${p.distance}`);
  }
  const seen = new Set(assignment.keys());
  for (const u of proposal.unplaced) {
    if (seen.has(u.referralId)) throw new Error(`${u.referralId} both placed and unplaced`);
    seen.add(u.referralId);
  }
  if (seen.size !== inst.children.length) throw new Error('a child is missing from the proposal');
  proposal.cohorts.forEach((o, j) => {
    if (o.referralIds.length !== checked.count[j])
      throw new Error(`${o.cohortId}: member list mismatch`);
    if (o.launched && !model.usable[j]) throw new Error(`${o.cohortId} launched but unusable`);
    if (o.launched && checked.count[j] < model.lo[j]!)
      throw new Error(`${o.cohortId} launched below minimum`);
  });
  return { objective: checked.objective, placed: checked.placed };
}

/**
 * Loads HiGHS. The package's types describe a CommonJS default export, which TypeScript's NodeNext
 * resolution sees as a namespace; at run time the ESM build's default is the loader itself.
 */
export async function loadExactSolver(): Promise<Solver> {
  const mod = (await import('highs')) as unknown as {
    default: (() => Promise<Solver>) | { default: () => Promise<Solver> };
  };
  const load = typeof mod.default === 'function' ? mod.default : mod.default.default;
  return load();
}
