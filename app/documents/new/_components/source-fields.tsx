'use client';

import { useTranslations } from 'next-intl';
import type { ChangeEvent } from 'react';
import type { DocumentFile } from '@/lib/documents/document-input';

/** How a person gives the document: pasted, read by the server from its page, or a file. */
export type DocumentMode = 'text' | 'url' | 'file';

/** The document as given, and where it was published. */
export interface SourceState {
  mode: DocumentMode;
  /** The pasted text. */
  text: string;
  /** The page to read the document from. */
  pageUrl: string;
  /** The chosen file, its bytes in base64; null until one is chosen. */
  file: DocumentFile | null;
  /** The official URL the event will cite. */
  url: string;
  publisher: string;
}

interface SourceFieldsProps {
  value: SourceState;
  onChange: (next: SourceState) => void;
  /** The id of the field an error names, marked invalid and described by the error. */
  invalid: string | null;
  disabled?: boolean;
}

const MODES: DocumentMode[] = ['text', 'url', 'file'];

/** Paste the readout, give its page's URL or upload a file, and give its official URL and publisher. */
export function SourceFields({ value, onChange, invalid, disabled = false }: SourceFieldsProps) {
  const t = useTranslations('addDocument.source');
  const set =
    (field: 'text' | 'pageUrl' | 'url' | 'publisher') =>
    (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ ...value, [field]: event.target.value });
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    onChange({
      ...value,
      file: file
        ? { name: file.name, type: file.type || undefined, data: await base64Of(file) }
        : null,
    });
  };
  const invalidProps = (id: string) =>
    invalid === id ? { 'aria-invalid': true, 'aria-describedby': 'form-error' } : {};
  return (
    <fieldset className="form-group" disabled={disabled}>
      <legend>{t('legend')}</legend>
      <fieldset className="form-field document-modes">
        <legend>{t('modesLegend')}</legend>
        {MODES.map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="document-mode"
              checked={value.mode === mode}
              onChange={() => onChange({ ...value, mode })}
            />{' '}
            {t(`modes.${mode}`)}
          </label>
        ))}
      </fieldset>
      {value.mode === 'text' && (
        <>
          <label htmlFor="field-text">{t('textLabel')}</label>
          <p className="muted" id="text-help">
            {t('textHelp')}
          </p>
          <textarea
            id="field-text"
            rows={12}
            value={value.text}
            onChange={set('text')}
            aria-describedby="text-help"
            {...invalidProps('field-text')}
          />
        </>
      )}
      {value.mode === 'url' && (
        <>
          <label htmlFor="field-url">{t('pageUrlLabel')}</label>
          <p className="muted" id="url-help">
            {t('pageUrlHelp')}
          </p>
          <input
            id="field-url"
            type="url"
            inputMode="url"
            placeholder="https://www.mofa.go.jp/..."
            value={value.pageUrl}
            onChange={set('pageUrl')}
            aria-describedby="url-help"
            {...invalidProps('field-url')}
          />
        </>
      )}
      {value.mode === 'file' && (
        <>
          <label htmlFor="field-file">{t('fileLabel')}</label>
          <input
            id="field-file"
            type="file"
            accept=".txt,.html,.htm,.pdf,text/plain,text/html,application/pdf"
            onChange={upload}
            {...invalidProps('field-file')}
          />
        </>
      )}
      <label htmlFor="field-source-url">{t('sourceUrlLabel')}</label>
      {value.mode === 'url' && (
        <p className="muted" id="source-help">
          {t('sourceHelp')}
        </p>
      )}
      <input
        id="field-source-url"
        type="url"
        inputMode="url"
        placeholder={t('sourceUrlPlaceholder')}
        value={value.url}
        onChange={set('url')}
        {...(value.mode === 'url' ? { 'aria-describedby': 'source-help' } : {})}
        {...invalidProps('field-source-url')}
      />
      <label htmlFor="field-source-publisher">{t('publisherLabel')}</label>
      <input
        id="field-source-publisher"
        value={value.publisher}
        onChange={set('publisher')}
        placeholder={t('publisherPlaceholder')}
        {...invalidProps('field-source-publisher')}
      />
    </fieldset>
  );
}

/** A file's bytes in base64, as the API takes them. */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      resolve(dataUrl.slice(dataUrl.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
