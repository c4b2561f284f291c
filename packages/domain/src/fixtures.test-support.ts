/*
 * Valid inputs for the domain's tests: a leader and a group cohort as a client sends them.
 */

/** A leader, valid, with every field given. */
export const LEADER_INPUT = {
  id: 'anna',
  displayName: 'Anna',
  trainings: [{ programme: 'CAP', completedOn: '2024-05-01' }],
  experience: 'experienced',
  groupsLed: 1,
  languages: ['sv'],
};

/** A planned group cohort, valid, with its defaults given. */
export const COHORT_INPUT = {
  id: 'farsta-humlan-ht26',
  serviceId: 'farsta-humlan',
  ageBand: { min: 7, max: 12 },
  needs: ['parental-substance-abuse'],
  startDate: '2026-09-01',
  meetings: { count: 10 },
  seats: { min: 2, max: 4 },
  leaderIds: [],
  premises: { name: 'Fritidsgården', districtId: 'farsta', confidential: false },
  language: 'sv',
  status: 'planned',
};
