/**
 * Raw file shapes: what is on disk, validated with zod. `reshape*` in load-corpus.ts turns them
 * into the domain types of types.ts.
 */
import { z } from 'zod';
import { isCalendarDate } from '../dates/is-calendar-date';
import { COUNTRIES, FORMATS, KINDS, PROVENANCES, SOURCE_KINDS, SPEAKERS } from '../types';
import { japanDateOf } from '../dates/japan-date';

/** The largest event file the corpus takes (bytes): some 50 times the longest real one. */
export const MAX_EVENT_FILE_BYTES = 256 * 1024;

/**
 * An https URL as a browser would send it: a host name, then only the characters RFC 3986 allows
 * unencoded, and `%` only before two hex digits. A quote, `<`, `>`, a space or a letter outside
 * ASCII must be percent-encoded.
 */
const WELL_FORMED_HTTPS_URL =
  /^https:\/\/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d{1,5})?(?:[/?#](?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*)?$/;

/** The options every corpus file is parsed with: a field that is not there "is required". */
export const CORPUS_PARSE_OPTIONS = { error: requiredOr(undefined) };

/** An error message for a field that is there but wrong; a missing field "is required". */
function requiredOr<T extends string | undefined>(message: T) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);
}

const isoDate = z
  .string({ error: requiredOr('must be a date written as a quoted "YYYY-MM-DD" string') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date');

const lexiconEntry = z.string().refine(isRegExpSource, 'is not a valid regular expression');

export const themeFileSchema = z.object({
  themes: z
    .array(
      z.strictObject({
        id: z
          .string()
          .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by "-"'),
        label: z.string().min(1),
        description: z.string().min(1),
        labelJa: z.string().min(1).optional(),
        descriptionJa: z.string().min(1).optional(),
        color: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour written #rrggbb'),
        lexicon: z.array(lexiconEntry).min(1, 'needs at least one phrase'),
        lexiconJa: z.array(lexiconEntry).optional(),
      }),
    )
    .min(1),
});

export const peopleFileSchema = z.object({
  people: z.array(
    z.strictObject({
      name: z.string().min(1),
      surname: z.string().min(1),
      country: z.enum(COUNTRIES),
      nameJa: z.string().min(1).optional(),
      surnameJa: z.string().min(1).optional(),
    }),
  ),
});

export const eventFrontMatterSchema = z
  .strictObject({
    id: z.string().regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be YYYY-MM-DD-slug'),
    title: z.string().min(1),
    titleJa: z.string().min(1).optional(),
    labelJa: z
      .string()
      .trim()
      .min(1)
      .max(30, 'must be a short label of at most 30 characters')
      .optional(),
    label: z
      .string()
      .trim()
      .min(1)
      .max(60, 'must be a short label of at most 60 characters')
      .optional(),
    kind: z.enum(KINDS),
    date: isoDate,
    japanDate: isoDate.optional(),
    startTime: z
      .string()
      .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time HH:MM')
      .optional(),
    utcOffset: z
      .string()
      .regex(/^[+-](?:0\d|1[0-4]):[0-5]\d$/, 'must be a UTC offset like +09:00 or -04:00')
      .optional(),
    durationMinutes: z.number().int().positive().optional(),
    place: z.string().min(1).optional(),
    format: z.enum(FORMATS).optional(),
    participants: z
      .array(
        z.strictObject({
          name: z.string().min(1),
          role: z.string().min(1),
          country: z.enum(COUNTRIES),
        }),
      )
      .default([]),
    sources: z
      .array(
        z.strictObject({
          publisher: z.string().min(1),
          title: z.string().min(1),
          url: z
            .string({ error: requiredOr('must be an https URL') })
            .startsWith('https://', { error: 'must be an https URL', abort: true })
            .regex(
              WELL_FORMED_HTTPS_URL,
              'must be a well-formed https URL (a quote, <, >, a space or a letter outside ASCII must be percent-encoded)',
            ),
          language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag'),
          kind: z.enum(SOURCE_KINDS, {
            error: requiredOr('must say what the source is: publisher, copy or news'),
          }),
        }),
      )
      .min(1, 'needs at least one source'),
    provenance: z.enum(PROVENANCES),
    synthetic: z.boolean().optional(),
    corrections: z
      .record(
        z.string().regex(/^s[1-9]\d*$/, 'must be a statement number like s3'),
        z.strictObject({
          themes: z.array(z.string().min(1)).optional(),
          speaker: z.enum(SPEAKERS).optional(),
        }),
      )
      .optional(),
  })
  .refine((event) => event.id.startsWith(event.date), {
    path: ['id'],
    message: 'must start with the event date',
  })
  .refine((event) => (event.startTime === undefined) === (event.utcOffset === undefined), {
    path: ['utcOffset'],
    message: 'startTime and utcOffset go together',
  })
  .refine((event) => event.japanDate !== event.date, {
    path: ['japanDate'],
    message: 'is given only where it differs from date',
  })
  .refine(
    (event) =>
      event.startTime === undefined ||
      event.japanDate === japanDateOf(event.date, event.startTime, event.utcOffset),
    {
      path: ['japanDate'],
      message:
        'must be the day the meeting began in Japan (UTC+09:00) by startTime and utcOffset, and only where that is not date',
    },
  );

export type EventFrontMatter = z.infer<typeof eventFrontMatterSchema>;

function isRegExpSource(source: string): boolean {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
}
