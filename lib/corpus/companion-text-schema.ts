/**
 * The raw shape of a companion text (`events/<id>.<language>.md`): the event's text in a second
 * language, with the sources it comes from. The facts (date, place, people) stay in the event file.
 */
import { z } from 'zod';
import { PROVENANCES } from '../types';
import { eventFrontMatterSchema } from './corpus-schema';

/** The languages a companion text may be written in; English is the event file's own. */
export const COMPANION_LANGUAGES = ['ja'] as const;

/** A language a companion text may be written in. */
export type CompanionLanguage = (typeof COMPANION_LANGUAGES)[number];

export const companionFrontMatterSchema = z.strictObject({
  sources: eventFrontMatterSchema.shape.sources,
  provenance: z.enum(PROVENANCES),
});

/** A companion text's front matter, validated. */
export type CompanionFrontMatter = z.infer<typeof companionFrontMatterSchema>;
