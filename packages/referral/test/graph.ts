import type { AnyStateMachine } from 'xstate';

/** One edge of the machine as written: from a state, on an event type, to a state. */
export interface DeclaredEdge {
  readonly from: string;
  readonly event: string;
  readonly to: string;
}

/** Actions that record a protection concern, after which the root's eventless transition leaves. */
const ALWAYS_RAISES_PROTECTION = ['recordProtectionConcern'];
/** Actions that record one only sometimes (new needs that include a protection need). */
const MAY_RAISE_PROTECTION = ['applyInfo'];

function actionNames(actions: readonly unknown[]): string[] {
  return actions.map((a) => {
    if (typeof a === 'string') return a;
    const type = (a as { type?: unknown }).type;
    return typeof type === 'string' ? type : '';
  });
}

/**
 * The machine's edges as its definition declares them, per top-level state. Root handlers are
 * inherited by every non-final state. A transition whose actions record a protection concern also
 * leads where the root's eventless transition goes (`declined`): always, or as a second possible
 * outcome when the actions record one only sometimes.
 */
export function declaredEdges(machine: AnyStateMachine): DeclaredEdge[] {
  const root = machine.root;
  const edges: DeclaredEdge[] = [];
  const protectionTarget = root.always?.[0]?.target?.[0]?.key;
  for (const [name, node] of Object.entries(root.states)) {
    if (node.type === 'final') continue;
    for (const [event, transitions] of [...node.transitions, ...root.transitions]) {
      for (const t of transitions) {
        const to = t.target?.[0]?.key ?? name;
        const actions = actionNames(t.actions);
        const always = actions.some((a) => ALWAYS_RAISES_PROTECTION.includes(a));
        const may = actions.some((a) => MAY_RAISE_PROTECTION.includes(a));
        if (!always) edges.push({ from: name, event, to });
        if ((always || may) && protectionTarget !== undefined && to !== protectionTarget) {
          edges.push({ from: name, event, to: protectionTarget });
        }
      }
    }
  }
  return edges;
}

/**
 * The machine as a Mermaid state diagram, generated from its definition so the README cannot drift:
 * one arrow per pair of states, labelled with every event that makes that move.
 */
export function toMermaid(machine: AnyStateMachine): string {
  const root = machine.root;
  const labels = new Map<string, string[]>();
  for (const { from, event, to } of declaredEdges(machine)) {
    const key = `${from} --> ${to}`;
    const list = labels.get(key) ?? [];
    if (!list.includes(event)) list.push(event);
    labels.set(key, list);
  }
  const initial = root.config.initial;
  if (typeof initial !== 'string')
    throw new Error('Expected the machine to name its initial state');
  const lines = ['stateDiagram-v2', `  [*] --> ${initial}`];
  for (const [arrow, events] of labels) lines.push(`  ${arrow}: ${events.join(', ')}`);
  for (const [name, node] of Object.entries(root.states)) {
    if (node.type === 'final') lines.push(`  ${name} --> [*]`);
  }
  return lines.join('\n');
}
