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

/** The most bytes a file or a fetched page may have: 5 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The three ways to give a document; exactly one of them is sent. */
export const DOCUMENT_INPUTS = ['text', 'url', 'file'] as const;

/** A file as the add page sends it: its name, media type and bytes. */
const file = z.strictObject({
  name: z.string().trim().min(1, 'is required: the file’s name').max(300),
  type: z.string().max(200).optional(),
  data: z.base64({ error: 'must be the file’s bytes in base64' }),
});

const documentFields = {
  source: source.optional(),
  facts: facts.optional(),
  corrections: corrections.optional(),
};

/**
 * What a person sends to preview or add a document (`POST /api/documents[/preview]`): the readout
 * as `text`, the `url` of its official page (fetched by the server), or a `file` (.txt, .html,
 * .pdf) — exactly one of the three.
 */
export const documentInputSchema = z
  .strictObject({
    text: z.string().optional(),
    url: z
      .url({ protocol: /^https?$/, error: 'must be the page’s https URL' })
      .max(2000)
      .optional(),
    file: file.optional(),
    ...documentFields,
  })
  .superRefine((input, context) => {
    const given = DOCUMENT_INPUTS.filter((field) => input[field] !== undefined);
    if (given.length === 1) return;
    context.addIssue({
      code: 'custom',
      path: [given[1] ?? 'text'],
      message: given.length
        ? `give only one of text, url and file, not ${given.join(' and ')}`
        : 'is required: the readout as text, or give url or file instead',
    });
  });

/** What a person sends to change a stored document (`PUT /api/documents/{id}`): any part of it. */
export const documentChangeSchema = z
  .strictObject({
    text: z.string({ error: 'is required: the readout as plain text' }),
    ...documentFields,
  })
  .partial();

export type DocumentInput = z.infer<typeof documentInputSchema>;
export type DocumentChange = z.infer<typeof documentChangeSchema>;
export type DocumentFacts = NonNullable<DocumentInput['facts']>;
export type DocumentSource = NonNullable<DocumentInput['source']>;
export type DocumentFile = NonNullable<DocumentInput['file']>;
