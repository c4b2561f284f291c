import { z } from 'zod';
import { TextSchema } from './text.js';

/**
 * Where a fact in the catalogue comes from: one of the city's reports in `shared/seeds/`, the section
 * heading it sits under, and the lines that say it. Every catalogue entry carries at least one, so a
 * reviewer can check it against the report.
 */
export const SourceCitationSchema = z.object({
  /** The seed's number, `"000"` to `"004"`. */
  seed: TextSchema.regex(/^\d{3}$/, 'Expected a three-digit seed number such as "004"'),
  /** The section heading (Swedish, as in the report), e.g. `"Respektive stadsdelsförvaltnings öppenvård i form av service › Bromma"`. */
  section: TextSchema.min(1),
  /** First and last line in the seed file (1-based, inclusive). */
  lines: z
    .tuple([z.number().int().positive(), z.number().int().positive()])
    .refine(([from, to]) => from <= to, 'The first line must not come after the last'),
  /** The year the report describes, when it says. */
  year: z.number().int().min(1989).max(2100).optional(),
});
/** A citation of a seed report. */
export type SourceCitation = z.infer<typeof SourceCitationSchema>;
