import { stockholmCatalogue } from '@lotsen/catalogue';
import { GroupCohortSchema, isExampleId } from '@lotsen/domain';
import { openDatabase, type Database } from '@lotsen/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exampleCohorts,
  removeExampleData,
  seedExampleData,
  wantsExampleData,
} from './example-data.js';

const TODAY = new Date('2027-01-18T09:00:00.000Z');
let db: Database;
beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://' });
});
afterAll(async () => db?.close());

describe('the example term', () => {
  it('is valid cohorts of real group services, districts and needs, all marked as examples', () => {
    const catalogue = stockholmCatalogue();
    for (const cohort of exampleCohorts(TODAY)) {
      expect(GroupCohortSchema.safeParse(cohort).success).toBe(true);
      expect(isExampleId(cohort.id)).toBe(true);
      expect(catalogue.service(cohort.serviceId)?.id).toBe(cohort.serviceId);
      expect(catalogue.district(cohort.premises.districtId)).toBeDefined();
      for (const need of cohort.needs) expect(catalogue.needs.get(need)).toBeDefined();
    }
  });

  it('has running and planned groups around the day it is seeded', () => {
    const dates = exampleCohorts(TODAY).map((c) => c.startDate);
    expect(dates.some((d) => d < '2027-01-18')).toBe(true);
    expect(dates.some((d) => d > '2027-01-18')).toBe(true);
  });

  it('is seeded once, into a database without cohorts, and removed with nothing else', async () => {
    expect(await seedExampleData(db, TODAY)).toEqual({ seeded: true, cohorts: 6 });
    expect(await seedExampleData(db, TODAY)).toEqual({ seeded: false, cohorts: 0 });
    const real = await db.leaders.create({
      id: 'real-leader',
      displayName: 'Real Leader',
      trainings: [],
      experience: 'experienced',
      groupsLed: 1,
    });
    expect(real.ok).toBe(true);
    expect(await removeExampleData(db)).toEqual({ cohorts: 6, leaders: 4 });
    const cohorts = await db.cohorts.list();
    expect(cohorts.ok && cohorts.value).toEqual([]);
    const leaders = await db.leaders.list();
    expect(leaders.ok && leaders.value.map((l) => l.id)).toEqual(['real-leader']);
  });
});

describe('when example data is seeded', () => {
  it('on the embedded database by default, on PostgreSQL only when asked, never in production', () => {
    expect(wantsExampleData('pglite', {})).toBe(true);
    expect(wantsExampleData('pglite', { LOTSEN_EXAMPLE_DATA: '0' })).toBe(false);
    expect(wantsExampleData('postgres', {})).toBe(false);
    expect(wantsExampleData('postgres', { LOTSEN_EXAMPLE_DATA: '1' })).toBe(true);
    expect(wantsExampleData('pglite', { NODE_ENV: 'production', LOTSEN_EXAMPLE_DATA: '1' })).toBe(
      false,
    );
  });
});
