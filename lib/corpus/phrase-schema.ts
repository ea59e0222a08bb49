/** The raw shape of `phrases.json`, validated with zod; load-phrases.ts reshapes it into `Phrase`. */
import { z } from 'zod';
import { countWords, MAX_PHRASE_WORDS } from './count-words';
import { hasJapanese } from '../text/has-japanese';
import { japaneseWordsOf } from '../text/japanese-segmenter';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"');

/** A formula phrase is short: quoting more than a few words would copy official text. */
export const MAX_VARIANT_WORDS = MAX_PHRASE_WORDS;

const variantText = z
  .string()
  .min(1)
  .refine(
    (text) => countVariantWords(text) <= MAX_VARIANT_WORDS,
    `must be a short formula phrase of at most ${MAX_VARIANT_WORDS} words`,
  );

/** Japanese has no spaces: its words are the segmenter's, so a long Japanese variant is long too. */
function countVariantWords(text: string): number {
  return hasJapanese(text) ? japaneseWordsOf(text).length : countWords(text);
}

export const phraseFileSchema = z.object({
  phrases: z.array(
    z.strictObject({
      id: slug,
      label: z.string().min(1),
      themes: z.array(z.string().min(1)).min(1, 'needs at least one theme id'),
      variants: z
        .array(z.strictObject({ id: slug, text: variantText }))
        .min(1, 'needs at least one variant')
        .refine(
          (variants) => new Set(variants.map((variant) => variant.id)).size === variants.length,
          'variant ids must be unique within a phrase',
        ),
    }),
  ),
});

export type PhraseFile = z.infer<typeof phraseFileSchema>;
