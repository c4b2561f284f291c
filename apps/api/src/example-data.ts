import { EXAMPLE_ID_PREFIX, type GroupCohort, type Leader } from '@lotsen/domain';
import type { Database } from '@lotsen/storage';

/*
 * The example term `npm start` seeds on the embedded database, so that the groups page and the desk
 * show something on the first run: made-up cohorts of real catalogue services (planned and running,
 * one at a confidential place) and their leaders. Every id starts with EXAMPLE_ID_PREFIX, so that
 * the pages label them "Exempeldata" and `removeExampleData` takes them away and nothing else.
 * Dates are relative to the day it is seeded: running groups started three weeks ago, planned ones
 * start within two months.
 */

const id = (name: string) => `${EXAMPLE_ID_PREFIX}${name}`;

const LEADERS: readonly Leader[] = [
  {
    id: id('leader-aino'),
    displayName: 'Aino (exempel)',
    homeDistrictId: 'farsta',
    trainings: [{ programme: 'Trappan', completedOn: '2021-05-20' }],
    experience: 'experienced',
    groupsLed: 9,
    languages: ['sv', 'fi'],
  },
  {
    id: id('leader-bashir'),
    displayName: 'Bashir (exempel)',
    homeDistrictId: 'sodermalm',
    trainings: [{ programme: 'Trappan', completedOn: '2023-11-02' }],
    experience: 'experienced',
    groupsLed: 4,
    languages: ['sv', 'ar'],
  },
  {
    id: id('leader-cecilia'),
    displayName: 'Cecilia (exempel)',
    homeDistrictId: 'alvsjo',
    trainings: [{ programme: 'Skilda världar', completedOn: '2022-03-14' }],
    experience: 'experienced',
    groupsLed: 6,
    languages: ['sv', 'en'],
  },
  {
    id: id('leader-david'),
    displayName: 'David (exempel)',
    homeDistrictId: 'hagersten-liljeholmen',
    trainings: [{ programme: 'Skilda världar', completedOn: '2024-09-30' }],
    experience: 'experienced',
    groupsLed: 2,
    languages: ['sv'],
  },
];

function plusDays(today: Date, days: number): string {
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The example cohorts, dated from `today`. */
export function exampleCohorts(today: Date): GroupCohort[] {
  const d = (days: number) => plusDays(today, days);
  return [
    {
      id: id('farsta-humlan'),
      serviceId: 'farsta-humlan',
      ageBand: { min: 7, max: 12 },
      needs: ['parental-substance-abuse', 'parental-mental-illness'],
      startDate: d(-21),
      meetings: { count: 12, weekday: 'tue', startTime: '17:00', durationMinutes: 90 },
      seats: { min: 5, max: 8 },
      leaderIds: [id('leader-aino'), id('leader-bashir')],
      premises: { name: 'Farsta fritidsgård', districtId: 'farsta', confidential: false },
      language: 'sv',
      status: 'open',
    },
    {
      id: id('sodermalm-stegen'),
      serviceId: 'sodermalm-stegen',
      ageBand: { min: 8, max: 12 },
      needs: ['domestic-violence', 'domestic-violence-witnessed'],
      startDate: d(35),
      meetings: { count: 10, weekday: 'wed', startTime: '15:30', durationMinutes: 75 },
      seats: { min: 4, max: 6 },
      leaderIds: [],
      // Groups for children who lived with violence meet at a place that is never published.
      premises: { name: 'Lokal på Södermalm', districtId: 'sodermalm', confidential: true },
      language: 'sv',
      status: 'planned',
    },
    {
      id: id('alvsjo-skilda-varldar'),
      serviceId: 'alvsjo-skilda-varldar',
      ageBand: { min: 6, max: 9 },
      needs: ['parental-separation'],
      startDate: d(21),
      meetings: { count: 8, weekday: 'thu', startTime: '16:00', durationMinutes: 60 },
      seats: { min: 4, max: 8 },
      leaderIds: [id('leader-cecilia'), id('leader-david')],
      premises: { name: 'Älvsjö familjecentrum', districtId: 'alvsjo', confidential: false },
      language: 'sv',
      status: 'planned',
    },
    {
      id: id('ersta-tonarsgrupp'),
      serviceId: 'ersta-vandpunkten-tonarsgrupper',
      ageBand: { min: 13, max: 16 },
      needs: ['parental-substance-abuse'],
      startDate: d(-14),
      meetings: { count: 10, weekday: 'mon', startTime: '18:00', durationMinutes: 90 },
      seats: { min: 5, max: 10 },
      leaderIds: [id('leader-bashir'), id('leader-aino')],
      premises: { name: 'Ersta Vändpunkten', districtId: 'sodermalm', confidential: false },
      language: 'sv',
      status: 'open',
    },
    {
      id: id('hl-vagen'),
      serviceId: 'hagersten-liljeholmen-vagen',
      ageBand: { min: 10, max: 13 },
      needs: ['parental-substance-abuse'],
      startDate: d(56),
      meetings: { count: 10, weekday: 'tue', startTime: '15:00', durationMinutes: 90 },
      seats: { min: 5, max: 8 },
      leaderIds: [],
      premises: {
        name: 'Liljeholmens träffpunkt',
        districtId: 'hagersten-liljeholmen',
        confidential: false,
      },
      language: 'sv',
      status: 'planned',
    },
    {
      id: id('familjeradgivningen-barngrupp'),
      serviceId: 'familjeradgivningen-barngrupp-7-12',
      ageBand: { min: 7, max: 12 },
      needs: ['parental-separation'],
      startDate: d(42),
      meetings: { count: 8, weekday: 'wed', startTime: '16:30', durationMinutes: 75 },
      seats: { min: 4, max: 7 },
      leaderIds: [id('leader-cecilia'), id('leader-david')],
      premises: {
        name: 'Familjerådgivningen, Kungsholmen',
        districtId: 'kungsholmen',
        confidential: false,
      },
      language: 'en',
      status: 'planned',
    },
  ];
}

/** What {@link seedExampleData} did. */
export interface ExampleSeed {
  /** False when the example data (or real cohorts) were already there, and nothing was added. */
  readonly seeded: boolean;
  readonly cohorts: number;
}

/**
 * Seeds the example term once: only into a database without cohorts, so that it never mixes with
 * a city's real groups. Throws on a storage failure (it runs at start-up, where failing loudly is right).
 */
export async function seedExampleData(db: Database, today: Date): Promise<ExampleSeed> {
  const existing = await db.cohorts.list();
  if (!existing.ok) throw existing.error;
  if (existing.value.length > 0) return { seeded: false, cohorts: 0 };
  for (const leader of LEADERS) {
    const made = await db.leaders.create(leader);
    if (!made.ok) throw made.error;
  }
  const cohorts = exampleCohorts(today);
  for (const cohort of cohorts) {
    const made = await db.cohorts.create(cohort);
    if (!made.ok) throw made.error;
  }
  return { seeded: true, cohorts: cohorts.length };
}

/** Removes every example record (cohorts with their leader links, then leaders); real data stays. */
export async function removeExampleData(
  db: Database,
): Promise<{ cohorts: number; leaders: number }> {
  const pattern = `${EXAMPLE_ID_PREFIX}%`;
  return db.driver.transaction(async (tx) => {
    await tx.query('DELETE FROM cohort_leaders WHERE cohort_id LIKE $1 OR leader_id LIKE $1', [
      pattern,
    ]);
    const cohorts = await tx.query('DELETE FROM cohorts WHERE id LIKE $1', [pattern]);
    const leaders = await tx.query('DELETE FROM leaders WHERE id LIKE $1', [pattern]);
    return { cohorts: cohorts.rowCount ?? 0, leaders: leaders.rowCount ?? 0 };
  });
}

/**
 * Whether to seed the example term: always on the embedded database unless
 * `LOTSEN_EXAMPLE_DATA=0`; on PostgreSQL only with `LOTSEN_EXAMPLE_DATA=1`; never in production.
 */
export function wantsExampleData(engine: Database['engine'], env: NodeJS.ProcessEnv): boolean {
  if (env.NODE_ENV === 'production') return false;
  if (env.LOTSEN_EXAMPLE_DATA === '1') return true;
  if (env.LOTSEN_EXAMPLE_DATA === '0') return false;
  return engine === 'pglite';
}
