// The labelled safety messages (the training file and the evaluation set) and how their categories
// map to the crisis cards. Shared by the training and the evaluation commands.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { SafetyCategory } from '../src/config.js';

/** The crisis categories of the evaluation set, and the card each one needs. */
export const CRISIS_CATEGORY_CARD = {
  suicide_explicit: 'suicide_self_harm',
  suicide_indirect: 'suicide_self_harm',
  self_poisoning: 'suicide_self_harm',
  self_harm: 'suicide_self_harm',
  other_at_risk: 'suicide_self_harm',
  sexual_abuse: 'child_abuse',
  neglect_now: 'child_abuse',
  cruel_treatment: 'child_abuse',
  physical_abuse: 'child_abuse',
  acute_danger: 'acute_danger',
  threat_to_kill: 'threat_to_kill',
  honour: 'honour',
} as const satisfies Record<string, SafetyCategory>;

/** The ordinary categories of the evaluation set. */
export const ORDINARY_CATEGORIES = [
  'long_standing',
  'violence_over',
  'figure_of_speech',
  'group_question',
  'staff_question',
  'everyday_worry',
] as const;

const CRISIS = Object.keys(CRISIS_CATEGORY_CARD) as (keyof typeof CRISIS_CATEGORY_CARD)[];

export const SafetyMessageSchema = z
  .object({
    id: z.string().min(1),
    text: z.string().min(1),
    lang: z.enum(['sv', 'en', 'mixed']),
    role: z.enum(['young', 'parent', 'staff', 'other']),
    label: z.enum(['crisis', 'ordinary']),
    category: z.string().min(1),
    source: z.string().min(1),
  })
  .superRefine((m, ctx) => {
    const known: readonly string[] = m.label === 'crisis' ? CRISIS : ORDINARY_CATEGORIES;
    if (!known.includes(m.category)) {
      ctx.addIssue({
        code: 'custom',
        path: ['category'],
        message: `"${m.category}" is not a ${m.label} category`,
      });
    }
  });
/** One labelled message. */
export type SafetyMessage = z.infer<typeof SafetyMessageSchema>;

/** Reads a JSON-lines file of labelled messages; throws with the line number on a bad line. */
export function readSafetyMessages(path: string): SafetyMessage[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), n: i + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, n }) => {
      const parsed = SafetyMessageSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${n}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** The card a crisis message needs, or `undefined` for an ordinary one. */
export function cardOf(message: SafetyMessage): SafetyCategory | undefined {
  if (message.label === 'ordinary') return undefined;
  return CRISIS_CATEGORY_CARD[message.category as keyof typeof CRISIS_CATEGORY_CARD];
}
