import { IsoDateSchema, err, ok, type InputIssue, type Result, TextSchema } from '@lotsen/domain';
import { z } from 'zod';
import { FormationError, type FormationErrorCode } from './errors.js';
import type { FormationInput } from './formation-types.js';
import { WaitingChildSchema, invalidInput, type WaitingChild } from './waiting-child.js';
import { WeightingSchema, resolveWeighting, type Weighting } from './weighting.js';

const OptionsSchema = z
  .strictObject({
    weighting: WeightingSchema.optional(),
    requireLeaders: z.boolean().optional(),
    improve: z.boolean().optional(),
  })
  .optional();
const EnrolledSchema = z.record(TextSchema, z.number().int().min(0)).optional();
const ChildrenSchema = z.array(WaitingChildSchema);

/** Group formation's input after the checks, with the options' defaults applied. */
export interface ValidatedInput {
  readonly children: WaitingChild[];
  readonly weighting: Weighting;
  readonly requireLeaders: boolean;
  readonly improve: boolean;
}

/**
 * Checks what `formGroups` gets: malformed children or options give `INVALID_INPUT`, repeated ids
 * `DUPLICATE_ID`, and districts, needs or cohorts that do not exist `UNKNOWN_REFERENCE`, every issue
 * with its path.
 */
export function validateFormationInput(
  input: FormationInput,
): Result<ValidatedInput, FormationError> {
  const date = IsoDateSchema.safeParse(input.date);
  if (!date.success) return err(invalidInput('formation date', date.error, 'date'));
  const options = OptionsSchema.safeParse(input.options);
  if (!options.success) return err(invalidInput('formation options', options.error, 'options'));
  const enrolled = EnrolledSchema.safeParse(input.enrolled);
  if (!enrolled.success) return err(invalidInput('enrolled counts', enrolled.error, 'enrolled'));
  const parsed = ChildrenSchema.safeParse(input.children);
  if (!parsed.success) return err(invalidInput('waiting children', parsed.error, 'children'));
  const children = parsed.data;

  const shape: InputIssue[] = [];
  input.cohorts.forEach((c, j) => {
    const { min, max } = c.seats;
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || min > max)
      shape.push({
        path: `cohorts.${j}.seats`,
        message: 'Expected whole seats with 1 <= min <= max',
      });
    if (c.ageBand.min > c.ageBand.max)
      shape.push({ path: `cohorts.${j}.ageBand`, message: 'min must not be above max' });
    if (!IsoDateSchema.safeParse(c.startDate).success)
      shape.push({ path: `cohorts.${j}.startDate`, message: 'Expected a date as YYYY-MM-DD' });
  });
  if (shape.length > 0) return err(fail('INVALID_INPUT', 'Invalid cohorts', shape));

  const dup: InputIssue[] = [];
  const seenChildren = new Set<string>();
  children.forEach((c, i) => {
    if (seenChildren.has(c.referralId))
      dup.push({
        path: `children.${i}.referralId`,
        message: `Referral id "${c.referralId}" appears more than once`,
      });
    seenChildren.add(c.referralId);
  });
  const seenCohorts = new Set<string>();
  input.cohorts.forEach((c, j) => {
    if (seenCohorts.has(c.id))
      dup.push({ path: `cohorts.${j}.id`, message: `Cohort id "${c.id}" appears more than once` });
    seenCohorts.add(c.id);
  });
  if (dup.length > 0) return err(fail('DUPLICATE_ID', 'Repeated ids', dup));

  const unknown: InputIssue[] = [];
  const districts = new Set(input.districts.map((d) => d.id));
  const known = (id: string) => input.taxonomy.get(id) !== undefined;
  children.forEach((c, i) => {
    if (!districts.has(c.districtId))
      unknown.push({
        path: `children.${i}.districtId`,
        message: `Unknown district "${c.districtId}"`,
      });
    c.needs.forEach((x, k) => {
      if (!known(x))
        unknown.push({ path: `children.${i}.needs.${k}`, message: `Unknown need "${x}"` });
    });
  });
  input.cohorts.forEach((c, j) => {
    if (!districts.has(c.premises.districtId))
      unknown.push({
        path: `cohorts.${j}.premises.districtId`,
        message: `Unknown district "${c.premises.districtId}"`,
      });
    c.needs.forEach((x, k) => {
      if (!known(x))
        unknown.push({ path: `cohorts.${j}.needs.${k}`, message: `Unknown need "${x}"` });
    });
  });
  for (const id of Object.keys(enrolled.data ?? {}))
    if (!seenCohorts.has(id))
      unknown.push({ path: `enrolled.${id}`, message: `Unknown cohort "${id}"` });
  if (unknown.length > 0) return err(fail('UNKNOWN_REFERENCE', 'Unknown references', unknown));

  const opts = options.data ?? {};
  const partial: Partial<Weighting> = {};
  for (const [k, v] of Object.entries(opts.weighting ?? {}))
    if (v !== undefined) (partial as Record<string, number>)[k] = v;
  return ok({
    children,
    weighting: resolveWeighting(partial),
    requireLeaders: opts.requireLeaders ?? true,
    improve: opts.improve ?? true,
  });
}

function fail(code: FormationErrorCode, what: string, issues: InputIssue[]): FormationError {
  const summary = issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ');
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return new FormationError(code, `${what}: ${summary}${more}`, issues);
}
