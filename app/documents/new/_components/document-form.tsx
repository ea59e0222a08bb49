'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { DocumentPreview } from '@/lib/documents/documents';
import { createCorrections, type StatementChoice } from '@/lib/documents/create-corrections';
import { createFactsForm, parseFactsForm, type FactsForm } from '@/lib/documents/facts-form';
import { createTimelineLink } from '@/lib/documents/timeline-link';
import type { ApiError } from '@/lib/http/api-error';
import type { EventDetail, ThemeLabel } from '@/lib/types';
import { LocaleLink, useLocaleHref } from '../../../_lib/locale-link';
import { sendJson } from '../../../_lib/send-json';
import { useHydrated } from '../../../_lib/use-hydrated';
import { FactsFields } from './facts-fields';
import { fieldIdOf } from './field-id';
import { SourceFields, type SourceState } from './source-fields';
import { StatementChoices } from './statement-choices';
import { useErrorText, type ErrorText } from './use-error-text';

interface DocumentFormProps {
  themes: ThemeLabel[];
}

/** Read a document, review and correct what the reader made of it, and save it to the corpus. */
export function DocumentForm({ themes }: DocumentFormProps) {
  const router = useRouter();
  const t = useTranslations('addDocument.form');
  const errorText = useErrorText();
  const localeHref = useLocaleHref();
  const [source, setSource] = useState<SourceState>({
    mode: 'text',
    text: '',
    pageUrl: '',
    file: null,
    url: '',
    publisher: '',
  });
  const [preview, setPreview] = useState<DocumentPreview | null>(null);
  const [facts, setFacts] = useState<FactsForm | null>(null);
  const [choices, setChoices] = useState<Record<number, StatementChoice>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<'reading' | 'saving' | null>(null);
  // The form works through the page's script: until it runs, the fields wait.
  const hydrated = useHydrated();
  const invalid = fieldIdOf(error?.param ?? null);

  // Focus follows what the page now shows: the review once read (each reading mounts it anew),
  // or the field an error names.
  const [reads, setReads] = useState(0);
  const focusOnMount = useCallback((node: HTMLElement | null) => node?.focus(), []);
  useEffect(() => {
    if (!error) return;
    const id = fieldIdOf(error.param);
    ((id && document.getElementById(id)) || document.getElementById('form-error'))?.focus();
  }, [error]);
  const showError = setError;
  const sourceOf = () =>
    source.url || source.publisher
      ? { url: source.url.trim(), publisher: source.publisher.trim() }
      : undefined;

  // Exactly one of text, url and file: the one the person chose.
  const documentOf = () =>
    source.mode === 'url'
      ? { url: source.pageUrl.trim() }
      : source.mode === 'file'
        ? { file: source.file ?? undefined }
        : { text: source.text };

  const read = async (event: FormEvent) => {
    event.preventDefault();
    if (source.mode === 'file' && !source.file)
      return showError({ code: 'invalid_body', message: t('chooseFile'), param: 'file' });
    setBusy('reading');
    setError(null);
    const result = await sendJson<DocumentPreview>('/api/documents/preview', 'POST', {
      ...documentOf(),
      source: sourceOf(),
    });
    setBusy(null);
    if (!result.ok) return showError(result.error);
    const found = result.body.source;
    // A page read by URL is its own source: shown in the fields, where the person may change it.
    if (found && !source.url && !source.publisher)
      setSource((current) => ({ ...current, url: found.url, publisher: found.publisher }));
    setPreview(result.body);
    setFacts(createFactsForm(result.body.event));
    setChoices({});
    setReads((count) => count + 1);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!preview || !facts) return;
    setBusy('saving');
    setError(null);
    const result = await sendJson<{ event: EventDetail }>('/api/documents', 'POST', {
      ...documentOf(),
      source: sourceOf(),
      facts: parseFactsForm(facts),
      corrections: createCorrections(preview.event.statements, choices),
    });
    if (!result.ok) {
      setBusy(null);
      return showError(result.error);
    }
    router.push(localeHref(createTimelineLink(result.body.event.id, result.body.event.date)));
  };

  return (
    <>
      <form className="document-form" onSubmit={read} aria-label={t('documentLabel')}>
        <SourceFields
          value={source}
          onChange={(next) => {
            // An error about the way the document was given goes with it.
            if (next.mode !== source.mode) setError(null);
            setSource(next);
          }}
          invalid={invalid}
          disabled={!hydrated}
        />
        <button type="submit" disabled={!hydrated || busy !== null}>
          {busy === 'reading' ? t('reading') : preview ? t('readAgain') : t('read')}
        </button>
      </form>
      {error && <FormError {...errorText(error)} />}
      {preview && facts && (
        <form
          key={reads}
          className="document-form"
          onSubmit={save}
          aria-labelledby="review-heading"
        >
          <h2 id="review-heading" ref={focusOnMount} tabIndex={-1}>
            {t('reviewHeading')}
          </h2>
          {preview.duplicate && (
            <p className="form-flag" role="status">
              {t.rich(preview.duplicate.by === 'source' ? 'duplicateSource' : 'duplicateText', {
                id: preview.duplicate.id,
                link: (id) => (
                  <LocaleLink href={`/events/${preview.duplicate?.id}`}>{id}</LocaleLink>
                ),
              })}
            </p>
          )}
          <FactsFields
            value={facts}
            onChange={setFacts}
            missing={preview.missing}
            invalid={invalid}
          />
          <StatementChoices
            statements={preview.event.statements}
            participants={preview.event.participants}
            themes={themes}
            choices={choices}
            onChange={(index, choice) => setChoices((current) => ({ ...current, [index]: choice }))}
            invalid={invalid}
          />
          <button type="submit" disabled={busy !== null}>
            {busy === 'saving' ? t('saving') : t('save')}
          </button>
        </form>
      )}
    </>
  );
}

/** The error, focusable so that focus can go to it when it names no field on the page. */
function FormError({ field, message }: ErrorText) {
  const t = useTranslations('addDocument.form');
  return (
    <p id="form-error" role="alert" className="form-error" tabIndex={-1}>
      {field ? <strong>{t('errorField', { field })}</strong> : null}
      {message}
    </p>
  );
}
