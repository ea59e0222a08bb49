import { z } from 'zod';
import { COUNTRIES, FORMATS, KINDS, PROVENANCES, SOURCE_KINDS, SPEAKERS } from '../types';

/** The most text a document may hold: 2 MB. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

const source = z.strictObject({
  url: z.url({ protocol: /^https$/, error: 'must be an https URL' }).max(2000),
  publisher: z.string().trim().min(1, 'is required').max(200),
  title: z.string().trim().min(1).max(300).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as en or ja')
    .optional(),
  /** What the source is; the publisher's own page unless told. */
  kind: z.enum(SOURCE_KINDS).optional(),
});

/** The event's facts a person may give or correct; each overrides what the reader found. */
const facts = z.strictObject({
  title: z.string().trim().min(1).max(300).optional(),
  kind: z.enum(KINDS).optional(),
  date: z.string().optional(),
  japanDate: z.string().optional(),
  startTime: z.string().optional(),
  utcOffset: z.string().optional(),
  durationMinutes: z.number().optional(),
  place: z.string().trim().max(300).optional(),
  format: z.enum(FORMATS).optional(),
  participants: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(200),
        role: z.string().trim().min(1).max(200),
        country: z.enum(COUNTRIES),
      }),
    )
    .max(50)
    .optional(),
  provenance: z.enum(PROVENANCES).optional(),
});

const corrections = z.record(
  z.string().regex(/^s[1-9]\d*$/, 'must be a statement number like s3'),
  z.strictObject({
    themes: z.array(z.string().min(1).max(100)).max(50).optional(),
    speaker: z.enum(SPEAKERS).optional(),
  }),
);

/** What a person sends to preview or add a document (`POST /api/documents[/preview]`). */
export const documentInputSchema = z.strictObject({
  text: z.string({ error: 'is required: the readout as plain text' }),
  source: source.optional(),
  facts: facts.optional(),
  corrections: corrections.optional(),
});

/** What a person sends to change a stored document (`PUT /api/documents/{id}`): any part of it. */
export const documentChangeSchema = documentInputSchema.partial();

export type DocumentInput = z.infer<typeof documentInputSchema>;
export type DocumentChange = z.infer<typeof documentChangeSchema>;
export type DocumentFacts = NonNullable<DocumentInput['facts']>;
export type DocumentSource = NonNullable<DocumentInput['source']>;
