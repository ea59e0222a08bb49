'use client';

import { useTranslations } from 'next-intl';
import type { ApiError } from '@/lib/http/api-error';
import { fieldIdOf } from './field-id';

/** An error as the page shows it: the field it names (null for none) and what was wrong. */
export interface ErrorText {
  field: string | null;
  message: string;
}

/**
 * How the page words an API error in its language. The API speaks English (its messages name
 * the JSON fields): the English page shows them as they are (`{param}`, `{detail}`); another
 * language words each error by its code and the field it names, with a sentence of its own
 * where one field has one.
 */
export function useErrorText(): (error: ApiError) => ErrorText {
  const t = useTranslations('addDocument.errors');
  return (error) => {
    const id = fieldIdOf(error.param)?.replace(/^field-/, '') ?? '';
    const statement = /^statement-(\d+)$/.exec(id)?.[1];
    const key = statement ? 'statement' : id;
    const values = { param: error.param ?? '', detail: error.message, n: statement ?? '' };
    const fieldKey = t.has(`fields.${key}`) ? `fields.${key}` : 'fields.other';
    const specific = `byField.${key}.${error.code}`;
    return {
      field: error.param === null ? null : t(fieldKey, values),
      message: t(t.has(specific) ? specific : `byCode.${error.code}`, values),
    };
  };
}
