import { DeclineReasonSchema, ReferralStatusSchema } from '@lotsen/domain';
import { describe, expect, it } from 'vitest';
import { at, ev, run, start } from '../test/fixtures.js';
import { WaitBandSchema } from './events.js';
import {
  DECLINE_REASON_MAPPING,
  REFERRAL_STATUS_MAPPING,
  WAIT_BAND_FHIR,
  toExternalStatus,
} from './mapping.js';

describe('REFERRAL_STATUS_MAPPING', () => {
  it('maps every status, decline reason and wait band', () => {
    expect(Object.keys(REFERRAL_STATUS_MAPPING).sort()).toEqual(
      [...ReferralStatusSchema.options].sort(),
    );
    expect(Object.keys(DECLINE_REASON_MAPPING).sort()).toEqual(
      [...DeclineReasonSchema.options].sort(),
    );
    expect(Object.keys(WAIT_BAND_FHIR).sort()).toEqual([...WaitBandSchema.options].sort());
  });

  it('keeps the §5.3 anchors', () => {
    expect(REFERRAL_STATUS_MAPPING.waitlisted.fhirTaskStatus).toBe('on-hold');
    expect(REFERRAL_STATUS_MAPPING.enrolled.fhirTaskStatus).toBe('in-progress');
    expect(REFERRAL_STATUS_MAPPING.declined.fhirTaskStatus).toBe('rejected');
    expect(REFERRAL_STATUS_MAPPING.discontinued.fhirTaskStatus).toBe('failed');
    expect(REFERRAL_STATUS_MAPPING.referred_on.findhelp).toEqual(['Referred elsewhere']);
    expect(REFERRAL_STATUS_MAPPING.completed.findhelp).toEqual(['Got help']);
  });
});

describe('toExternalStatus', () => {
  it('maps a live snapshot', () => {
    expect(toExternalStatus(run(start(), ev.submit(at(0, 1))))).toStrictEqual({
      status: 'submitted',
      fhir: { status: 'requested' },
      findhelp: 'Not updated',
    });
    expect(toExternalStatus(start())).toStrictEqual({
      status: 'draft',
      fhir: { status: 'draft' },
      findhelp: undefined,
    });
  });

  it.each([
    ['no_capacity', 'at capacity', 'No capacity'],
    ['not_eligible', 'not eligible', 'Not eligible'],
    ['out_of_area', 'out of service area', 'Not eligible'],
    ['protection_concern', 'protection concern: referred to social services', 'Referred elsewhere'],
  ] as const)(
    'refines declined (%s) with the FHIR status reason and the Findhelp status',
    (reason, fhirReason, findhelp) => {
      const s = run(start(), ev.submit(at(0, 1)), ev.decline(at(1), reason));
      expect(toExternalStatus(s)).toStrictEqual({
        status: 'declined',
        fhir: { status: 'rejected', statusReason: fhirReason },
        findhelp,
      });
    },
  );
});
