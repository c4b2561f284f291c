import { readFile } from 'node:fs/promises';
import {
  DistrictIdSchema,
  LotsenError,
  err,
  ok,
  toInputIssues,
  type InputIssue,
  type Result,
  TextSchema,
} from '@lotsen/domain';
import { z } from 'zod';

/*
 * Who a Teams user is in Lotsen. The Bot Connector proves the Teams user (`from.aadObjectId`) and
 * the tenant; this directory, generated from the city's Entra groups, says which of them are Lotsen
 * staff, in which role and district. Only those may send referrals and look them up through the bot.
 */

/** The roles the bot acts for: the roles that send referrals and read their status. */
export const STAFF_DIRECTORY_ROLES = ['district_social_worker', 'coordinator'] as const;
/** A role in the staff directory. */
export type StaffDirectoryRole = (typeof STAFF_DIRECTORY_ROLES)[number];

const MemberSchema = z
  .strictObject({
    /** The person's Entra object id (`oid`), which Teams sends as `from.aadObjectId`. */
    entraObjectId: z.guid(),
    role: z.enum(STAFF_DIRECTORY_ROLES),
    /** A district social worker's own district; they refer and see that district's children only. */
    districtId: DistrictIdSchema.optional(),
  })
  .refine((m) => m.role !== 'district_social_worker' || m.districtId !== undefined, {
    message: 'A district social worker needs a districtId',
    path: ['districtId'],
  });

/**
 * The directory file: the tenant the object ids belong to and one entry per staff member. Unknown
 * fields are refused, so that a misspelt `districtId` fails at start-up instead of widening access,
 * and no names reach the bot.
 */
export const StaffDirectorySchema = z.strictObject({
  /** Where the file was generated from, for whoever reads it (e.g. the Entra groups). */
  source: TextSchema.max(500).optional(),
  generatedAt: z.iso.datetime({ offset: true }).optional(),
  tenantId: z.guid(),
  staff: z.array(MemberSchema).superRefine((members, ctx) => {
    const seen = new Set<string>();
    members.forEach((m, i) => {
      const id = m.entraObjectId.toLowerCase();
      if (seen.has(id))
        ctx.addIssue({ code: 'custom', message: 'Listed twice', path: [i, 'entraObjectId'] });
      seen.add(id);
    });
  }),
});

/** A staff member as the directory knows them: never a name. */
export interface StaffMember {
  readonly tenantId: string;
  readonly entraObjectId: string;
  readonly role: StaffDirectoryRole;
  readonly districtId?: string;
}

/** The staff directory, read once at start-up. */
export interface StaffDirectory {
  /** How many staff members it lists. */
  readonly size: number;
  /** The staff member with this Entra object id in this tenant, if listed. */
  find(tenantId: string, entraObjectId: string): StaffMember | undefined;
}

/**
 * Why a staff directory could not be used: `UNREADABLE` (no such file, or not JSON) or `INVALID`
 * (it does not match the format, or names a district the catalogue does not know; `issues` has
 * the paths).
 */
export type StaffDirectoryErrorCode = 'UNREADABLE' | 'INVALID';

const STAFF_DIRECTORY_ERROR_BRAND = Symbol.for('@lotsen/bot.StaffDirectoryError');

/** A staff directory that cannot be used; the bot refuses to start with it. */
export class StaffDirectoryError extends LotsenError<StaffDirectoryErrorCode> {
  override readonly name = 'StaffDirectoryError';
  readonly [STAFF_DIRECTORY_ERROR_BRAND] = true;
}

/** Options for reading a directory. */
export interface StaffDirectoryOptions {
  /** Whether a district id exists (the catalogue's); unknown districts are refused. */
  readonly isKnownDistrict?: (districtId: string) => boolean;
}

/** Validates a parsed directory file; never throws. */
export function parseStaffDirectory(
  input: unknown,
  options: StaffDirectoryOptions = {},
): Result<StaffDirectory, StaffDirectoryError> {
  const parsed = StaffDirectorySchema.safeParse(input);
  if (!parsed.success) {
    const issues = toInputIssues(parsed.error);
    return err(new StaffDirectoryError('INVALID', describe(issues), issues));
  }
  const { tenantId, staff } = parsed.data;
  const unknown: InputIssue[] = [];
  staff.forEach((m, i) => {
    if (m.districtId !== undefined && options.isKnownDistrict?.(m.districtId) === false)
      unknown.push({
        path: `staff.${i}.districtId`,
        message: `Unknown district "${m.districtId}"`,
      });
  });
  if (unknown.length > 0)
    return err(new StaffDirectoryError('INVALID', describe(unknown), unknown));
  // Entra ids are GUIDs, which Teams and generators may spell in either case.
  const tenant = tenantId.toLowerCase();
  const members = new Map<string, StaffMember>(
    staff.map((m) => [
      m.entraObjectId.toLowerCase(),
      {
        tenantId: tenant,
        entraObjectId: m.entraObjectId.toLowerCase(),
        role: m.role,
        ...(m.districtId === undefined ? {} : { districtId: m.districtId }),
      },
    ]),
  );
  return ok({
    size: members.size,
    find(inTenant, entraObjectId) {
      if (inTenant.toLowerCase() !== tenant) return undefined;
      return members.get(entraObjectId.toLowerCase());
    },
  });
}

/** Reads and validates the directory file at `path`; never throws. */
export async function loadStaffDirectory(
  path: string,
  options: StaffDirectoryOptions = {},
): Promise<Result<StaffDirectory, StaffDirectoryError>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'is not JSON' : 'cannot be read';
    return err(
      new StaffDirectoryError('UNREADABLE', `The staff directory ${path} ${reason}`, [], {
        cause: error,
      }),
    );
  }
  return parseStaffDirectory(json, options);
}

function describe(issues: readonly InputIssue[]): string {
  const listed = issues
    .slice(0, 5)
    .map((i) => `${i.path || '(file)'}: ${i.message}`)
    .join('; ');
  return `The staff directory is not valid: ${listed}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`;
}
