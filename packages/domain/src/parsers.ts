import { ChildSchema, type Child } from './child.js';
import { GroupCohortSchema, type GroupCohort } from './cohort.js';
import { ConsentSchema, type Consent } from './consent.js';
import { DistrictSchema, type District } from './district.js';
import { DomainError } from './errors.js';
import { LeaderSchema, type Leader } from './leader.js';
import { NeedSchema, type Need } from './need.js';
import { parseWith } from './parse.js';
import { findPersonalIdentityNumbers } from './personal-data.js';
import { ProviderSchema, type Provider } from './provider.js';
import {
  ReferralRequestSchema,
  ReferralSchema,
  type Referral,
  type ReferralRequest,
} from './referral.js';
import { err, type Result } from './result.js';
import { ServiceSchema, type Service } from './service.js';

/** Parses an untrusted district; never throws. */
export const parseDistrict = (input: unknown): Result<District, DomainError> =>
  parseWith(DistrictSchema, input, 'district');
/** Parses an untrusted need; never throws. */
export const parseNeed = (input: unknown): Result<Need, DomainError> =>
  parseWith(NeedSchema, input, 'need');
/** Parses an untrusted provider; never throws. */
export const parseProvider = (input: unknown): Result<Provider, DomainError> =>
  parseWith(ProviderSchema, input, 'provider');
/** Parses an untrusted service; never throws. */
export const parseService = (input: unknown): Result<Service, DomainError> =>
  parseWith(ServiceSchema, input, 'service');
/** Parses an untrusted group cohort; never throws. */
export const parseGroupCohort = (input: unknown): Result<GroupCohort, DomainError> =>
  parseWith(GroupCohortSchema, input, 'group cohort');
/** Parses an untrusted group leader; never throws. */
export const parseLeader = (input: unknown): Result<Leader, DomainError> =>
  parseWith(LeaderSchema, input, 'group leader');
/** Parses an untrusted consent; never throws. */
export const parseConsent = (input: unknown): Result<Consent, DomainError> =>
  parseWith(ConsentSchema, input, 'consent');
/** Parses a stored referral; never throws. */
export const parseReferral = (input: unknown): Result<Referral, DomainError> =>
  parseWith(ReferralSchema, input, 'referral');

const IDENTIFYING_FIELDS = new Set([
  'name',
  'firstName',
  'lastName',
  'fullName',
  'personnummer',
  'personalIdentityNumber',
  'ssn',
]);

/**
 * Looks for personal data in the raw input before it is parsed, so that the caller learns it was
 * refused (and why) instead of a generic "unknown field".
 */
function findPersonalData(
  input: unknown,
  path: string[] = [],
): { path: string; message: string }[] {
  if (typeof input === 'string') {
    return findPersonalIdentityNumbers(input).length > 0
      ? [
          {
            path: path.join('.'),
            message: 'Contains a personal identity number; Lotsen stores children pseudonymously',
          },
        ]
      : [];
  }
  if (Array.isArray(input))
    return input.flatMap((v, i) => findPersonalData(v, [...path, String(i)]));
  if (typeof input === 'object' && input !== null) {
    return Object.entries(input).flatMap(([k, v]) =>
      IDENTIFYING_FIELDS.has(k)
        ? [{ path: [...path, k].join('.'), message: 'Names and identity numbers are never stored' }]
        : findPersonalData(v, [...path, k]),
    );
  }
  return [];
}

function refusePersonalData<T>(
  input: unknown,
  parse: () => Result<T, DomainError>,
): Result<T, DomainError> {
  const found = findPersonalData(input);
  if (found.length > 0) {
    return err(
      new DomainError(
        'PERSONAL_DATA_REFUSED',
        `Personal data refused: ${found.map((f) => f.path || '(value)').join(', ')}`,
        found,
      ),
    );
  }
  return parse();
}

/**
 * Parses an untrusted child. A name field or a personal identity number anywhere in the input is
 * refused with `PERSONAL_DATA_REFUSED`; other problems give `INVALID_INPUT`.
 */
export const parseChild = (input: unknown): Result<Child, DomainError> =>
  refusePersonalData(input, () => parseWith(ChildSchema, input, 'child'));

/** Parses an untrusted referral request, refusing personal data as {@link parseChild} does. */
export const parseReferralRequest = (input: unknown): Result<ReferralRequest, DomainError> =>
  refusePersonalData(input, () => parseWith(ReferralRequestSchema, input, 'referral request'));
