/**
 * Model-based tests: @xstate/graph walks the machine with sample events (several per parameterised
 * event: each decline reason, an own-district and a cross-district offer, replies before and after
 * the deadline, …) from several starting referrals, and every reachable state is checked against the
 * invariants. Full snapshots (value and context) are the graph's vertices for the shortest paths;
 * the simple paths use a coarser key (status plus the flags that change what comes next), because
 * the simple paths between full snapshots are too many to enumerate.
 */
import { ReferralStatusSchema, type Consent } from '@lotsen/domain';
import {
  adjacencyMapToArray,
  createTestModel,
  getAdjacencyMap,
  getShortestPaths,
  type StatePath,
} from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import {
  REFERRAL_ID,
  aidDecisionOnly,
  at,
  child10,
  ev,
  guardians,
  makeInput,
} from '../test/fixtures.js';
import { declaredEdges } from '../test/graph.js';
import type { ReferralInput } from './context.js';
import type { ReferralEvent } from './events.js';
import { checkReferralInvariants } from './invariants.js';
import { FINAL_REFERRAL_STATUSES, referralMachine, type ReferralSnapshot } from './machine.js';
import { allowedEvents, startReferral, transitionReferral } from './queries.js';

const DECLINE_REASONS = [
  'not_eligible',
  'no_capacity',
  'out_of_area',
  'needs_individual_support_first',
  'protection_concern',
  'other',
] as const;

/** Sample events: every event type at least once, parameterised ones in each meaningful variant. */
const SAMPLE_EVENTS: readonly ReferralEvent[] = [
  ev.submit(at(0, 1)),
  ev.requestInfo(at(1)),
  ev.provideInfo(at(1)),
  ev.provideInfo(at(1), { consent: guardians }),
  ev.provideInfo(at(1), { needs: ['protection-concern'] }),
  ev.accept(at(1)),
  ...DECLINE_REASONS.map((reason) => ev.decline(at(1), reason)),
  ev.waitlist(at(2)),
  ev.checkIn(at(16)),
  ev.offer(at(10)),
  ev.offer(at(10), { crossDistrict: true }),
  ev.acceptOffer(at(15)),
  ev.acceptOffer('2026-04-02T00:00:00Z'), // after the deadline: refused
  ev.declineOffer(at(12)),
  ev.rescindOffer(at(12)),
  ev.offerExpired('2026-03-31T00:00:00Z'), // before the deadline: refused
  ev.offerExpired('2026-04-01T16:00:00Z'),
  ev.enrol(at(44)),
  ev.complete(at(120), 12),
  ev.discontinue(at(60), 4),
  ev.followUpDue(at(210)),
  ev.followUp(at(215)),
  ev.withdraw(at(5)),
  ev.referOn(at(5)),
  ev.referOn(at(5), REFERRAL_ID), // to itself: refused
  ev.expire(at(90)),
  ev.protection(at(7)),
];

const youngPersonAlone: Consent = {
  givenBy: 'young_person',
  recordedOn: '2026-03-01',
  scope: 'referral',
};
const parentSelfReferral: Consent = { ...youngPersonAlone, givenBy: 'parent_self_referral' };

const SCENARIOS = {
  eligible: makeInput(),
  outOfCatchment: makeInput({ child: { ...child10, districtId: 'skarholmen' } }),
  protectionFlag: makeInput({ protectionConcern: true }),
  protectionNeed: makeInput({ needs: ['parental-mental-illness', 'protection-concern'] }),
  youngPerson14Alone: makeInput({
    service: aidDecisionOnly,
    child: { ...child10, age: 14 },
    needs: ['parental-mental-illness'],
    consent: youngPersonAlone,
  }),
  selfReferralToAidDecision: makeInput({
    service: aidDecisionOnly,
    child: { ...child10, age: 14 },
    needs: ['parental-mental-illness'],
    consent: parentSelfReferral,
  }),
  tooOld: makeInput({ child: { ...child10, age: 13 } }),
  needMismatch: makeInput({ needs: ['school-absence'] }),
} satisfies Record<string, ReferralInput>;
type Scenario = keyof typeof SCENARIOS;

const GROUP_PATH = ['waitlisted', 'offered', 'enrolled'];
const ACCEPTED_OR_LATER = ['accepted', ...GROUP_PATH, 'completed', 'followed_up', 'discontinued'];

const shortestPaths = (scenario: Scenario) =>
  getShortestPaths(referralMachine, { events: SAMPLE_EVENTS, input: SCENARIOS[scenario] });

/** Every snapshot on the way to every reachable state, the end states included. */
function everySnapshot(
  paths: Array<StatePath<ReferralSnapshot, ReferralEvent>>,
): ReferralSnapshot[] {
  return paths.flatMap((p) => [...p.steps.map((s) => s.state), p.state]);
}

/** Every (state, event, next state) the traversal tried, refused events included (next === state). */
const edgesFrom = (input: ReferralInput) =>
  adjacencyMapToArray(
    getAdjacencyMap<ReferralSnapshot, ReferralEvent, ReferralInput>(referralMachine, {
      events: SAMPLE_EVENTS,
      input,
    }),
  );

const reachable = (scenario: Scenario) =>
  new Set(shortestPaths(scenario).map((p) => String(p.state.value)));

describe('model: every reachable state', () => {
  it.each(Object.keys(SCENARIOS) as Scenario[])('keeps every invariant (%s)', (scenario) => {
    const paths = shortestPaths(scenario);
    expect(paths.length).toBeGreaterThan(0);
    for (const snapshot of everySnapshot(paths)) {
      expect(checkReferralInvariants(snapshot), JSON.stringify(snapshot.value)).toEqual([]);
      if (snapshot.value === 'declined') {
        expect(snapshot.context.declineReason).toBeDefined();
      }
    }
  });

  it('reaches every status, and so every final state, from an eligible referral', () => {
    expect([...reachable('eligible')].sort()).toEqual([...ReferralStatusSchema.options].sort());
    for (const status of FINAL_REFERRAL_STATUSES) expect(reachable('eligible')).toContain(status);
  });

  it('reaches every decline reason', () => {
    const reasons = new Set(
      everySnapshot(shortestPaths('eligible'))
        .filter((s) => s.value === 'declined')
        .map((s) => s.context.declineReason),
    );
    // Shortest paths keep one path per distinct snapshot, and the reason is in the snapshot.
    expect([...reasons].sort()).toEqual([...DECLINE_REASONS].sort());
  });
});

describe('model: protection', () => {
  it.each(['protectionFlag', 'protectionNeed'] as const)(
    'has one reachable state for a protection case (%s): declined and routed to social services',
    (scenario) => {
      const paths = shortestPaths(scenario);
      expect(paths).toHaveLength(1);
      const [only] = paths;
      // The one step is xstate's init event: the referral is routed before any event arrives.
      expect(only!.steps.map((s) => s.event.type)).toEqual(['xstate.init']);
      expect(only!.state.value).toBe('declined');
      expect(only!.state.context).toMatchObject({
        declineReason: 'protection_concern',
        routeTo: 'social_services',
      });
    },
  );

  it('never shows a protection concern on the group path, in any scenario', () => {
    for (const scenario of Object.keys(SCENARIOS) as Scenario[]) {
      for (const s of everySnapshot(shortestPaths(scenario))) {
        if (s.context.protection !== undefined) {
          expect(s.value).toBe('declined');
          expect(s.hasTag('group_path')).toBe(false);
        }
      }
    }
  });

  it('routes PROTECTION_CONCERN to social services from every reachable non-final state', () => {
    const edges = edgesFrom(SCENARIOS.eligible);
    const activeStates = new Set(edges.map((e) => e.state).filter((s) => s.status === 'active'));
    const concerns = edges.filter(
      (e) => e.event.type === 'PROTECTION_CONCERN' && e.state.status === 'active',
    );
    // One concern edge per active state, and each one ends declined and routed.
    expect(concerns).toHaveLength(activeStates.size);
    const fromStatuses = new Set<string>();
    for (const { state, nextState } of concerns) {
      expect(nextState.value).toBe('declined');
      expect(nextState.context.routeTo).toBe('social_services');
      fromStatuses.add(String(state.value));
    }
    expect([...fromStatuses].sort()).toEqual(
      ReferralStatusSchema.options
        .filter((s) => !(FINAL_REFERRAL_STATUSES as readonly string[]).includes(s))
        .sort(),
    );
  });
});

describe('model: guards keep ineligible referrals off the group path', () => {
  it.each(['tooOld', 'needMismatch'] as const)(
    'never accepts, waitlists, offers or enrols (%s)',
    (scenario) => {
      const statuses = reachable(scenario);
      for (const status of ACCEPTED_OR_LATER) expect(statuses).not.toContain(status);
      // The referral is not lost: it can still be declined, referred on, withdrawn or expire.
      for (const status of ['declined', 'referred_on', 'withdrawn', 'expired']) {
        expect(statuses).toContain(status);
      }
    },
  );

  it.each(['youngPerson14Alone', 'selfReferralToAidDecision'] as const)(
    'goes past needs_info only after guardians consent (%s)',
    (scenario) => {
      const paths = shortestPaths(scenario);
      const onward = paths.filter((p) => ACCEPTED_OR_LATER.includes(String(p.state.value)));
      expect(onward.length).toBeGreaterThan(0);
      for (const path of onward) {
        const accept = path.steps.findIndex((s) => s.event.type === 'ACCEPT');
        const consent = path.steps.findIndex(
          (s) => s.event.type === 'PROVIDE_INFO' && s.event.consent?.givenBy === 'guardians',
        );
        expect(consent).toBeGreaterThan(-1);
        expect(consent).toBeLessThan(accept);
      }
      const toAccepted = paths.find((p) => p.state.value === 'accepted');
      expect(toAccepted?.steps.map((s) => s.event.type)).toEqual([
        'xstate.init',
        'SUBMIT',
        'PROVIDE_INFO',
        'ACCEPT',
      ]);
      expect(toAccepted?.steps[1]?.state.value).toBe('needs_info');
    },
  );

  it('offers a child from outside the catchment only through a flagged cross-district offer', () => {
    const paths = shortestPaths('outOfCatchment');
    const offers = paths
      .flatMap((p) => p.steps)
      .filter((s) => s.event.type === 'OFFER' && s.state.value === 'offered');
    expect(offers.length).toBeGreaterThan(0);
    for (const step of offers) {
      expect(step.event).toMatchObject({ crossDistrict: true });
      expect(step.state.context.offer?.crossDistrict).toBe(true);
    }
    expect(reachable('outOfCatchment')).toContain('enrolled');
  });
});

describe('model: coverage of the definition', () => {
  it('exercises every transition the machine declares', () => {
    const observed = new Set<string>();
    for (const input of Object.values(SCENARIOS)) {
      for (const { state, event, nextState } of edgesFrom(input)) {
        if (nextState === state) continue; // refused: no transition was taken
        observed.add(`${String(state.value)} ${event.type} ${String(nextState.value)}`);
      }
    }
    const declared = declaredEdges(referralMachine).map((e) => `${e.from} ${e.event} ${e.to}`);
    expect(declared.filter((edge) => !observed.has(edge))).toEqual([]);
    expect([...observed].filter((edge) => !declared.includes(edge))).toEqual([]);
  });
});

/**
 * The simple paths, replayed against the public API a server uses (`startReferral`,
 * `allowedEvents`, `transitionReferral`), as the system under test: each step's event must be listed
 * as allowed first, the API must land where the model does, and write a matching audit entry.
 */
describe('model: every simple path through the public API', () => {
  const coarseKey = (s: ReferralSnapshot) =>
    JSON.stringify([
      s.value,
      s.context.waitlist !== undefined,
      s.context.offer?.acceptedAt !== undefined,
      s.context.followUpRemindedAt !== undefined,
      s.context.declineReason,
    ]);

  for (const scenario of ['eligible', 'outOfCatchment', 'youngPerson14Alone'] as const) {
    const input = SCENARIOS[scenario];
    const model = createTestModel(referralMachine, { events: [...SAMPLE_EVENTS], input });
    const paths = model.getSimplePaths({ serializeState: coarseKey });

    it(`has paths to test (${scenario})`, () => {
      expect(paths.length).toBeGreaterThan(scenario === 'eligible' ? 100 : 10);
    });

    paths.forEach((path, i) => {
      const route = path.steps
        .slice(1)
        .map((s) => s.event.type)
        .join(' → ');
      it(`${scenario} #${i + 1}: ${route} ⇒ ${String(path.state.value)}`, async () => {
        const started = startReferral(input);
        if (!started.ok) throw started.error;
        let sut = started.value;
        const events = Object.fromEntries(
          [...new Set(SAMPLE_EVENTS.map((e) => e.type))].map((type) => [
            type,
            ({ event }: { event: ReferralEvent }) => {
              expect(allowedEvents(sut, event.at)).toContain(event.type);
              const from = sut.value;
              const result = transitionReferral(sut, event);
              if (!result.ok) throw result.error;
              expect(result.value.entry).toMatchObject({
                event: event.type,
                from,
                to: result.value.snapshot.value,
                by: event.by,
                at: event.at,
              });
              sut = result.value.snapshot;
            },
          ]),
        );
        const states = Object.fromEntries(
          ReferralStatusSchema.options.map((status) => [
            status,
            (modelState: ReferralSnapshot) => {
              // The model's vertex stands for every snapshot with its key, so compare keys.
              expect(coarseKey(sut)).toBe(coarseKey(modelState));
              expect(checkReferralInvariants(sut)).toEqual([]);
            },
          ]),
        );
        await path.test({ events, states });
        expect(sut.value).toBe(path.state.value);
      });
    });
  }
});
