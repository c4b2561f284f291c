import { z } from 'zod';
import { DistrictIdSchema } from './district.js';
import { IsoDateSchema, LanguageCodeSchema, SlugSchema, TextSchema } from './text.js';

/** A group leader's experience: a first-time leader runs the first group beside an experienced mentor. */
export const LeaderExperienceSchema = z.enum(['experienced', 'first_time']);
/** A group leader's experience. */
export type LeaderExperience = z.infer<typeof LeaderExperienceSchema>;

/** A trained group leader in the city's pool. Staff, so a display name is stored; nothing more. */
export const LeaderSchema = z.object({
  id: SlugSchema,
  displayName: TextSchema.trim().min(1).max(120),
  homeDistrictId: DistrictIdSchema.optional(),
  trainings: z.array(z.object({ programme: TextSchema.min(1), completedOn: IsoDateSchema })),
  experience: LeaderExperienceSchema,
  groupsLed: z.number().int().nonnegative(),
  languages: z.array(LanguageCodeSchema).default(['sv']),
});
/** A trained group leader. */
export type Leader = z.infer<typeof LeaderSchema>;
