'use client';

import type { ChangeEvent } from 'react';

/** The document as given: its text (pasted or from a file) and where it was published. */
export interface SourceState {
  text: string;
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

/** Paste the readout or upload a `.txt` file, and give its official URL and publisher. */
export function SourceFields({ value, onChange, invalid, disabled = false }: SourceFieldsProps) {
  const set =
    (field: keyof SourceState) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange({ ...value, [field]: event.target.value });
  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onChange({ ...value, text: await file.text() });
  };
  const invalidProps = (id: string) =>
    invalid === id ? { 'aria-invalid': true, 'aria-describedby': 'form-error' } : {};
  return (
    <fieldset className="form-group" disabled={disabled}>
      <legend>The document</legend>
      <label htmlFor="field-text">Text of the readout</label>
      <p className="muted" id="text-help">
        Paste the readout as published: title, date line and publisher first, then the text.
      </p>
      <textarea
        id="field-text"
        rows={12}
        value={value.text}
        onChange={set('text')}
        aria-describedby="text-help"
        {...invalidProps('field-text')}
      />
      <label htmlFor="field-file">Or upload a text file (.txt)</label>
      <input id="field-file" type="file" accept=".txt,text/plain" onChange={upload} />
      <label htmlFor="field-source-url">Official URL</label>
      <input
        id="field-source-url"
        type="url"
        inputMode="url"
        placeholder="https://www.mod.go.jp/en/..."
        value={value.url}
        onChange={set('url')}
        {...invalidProps('field-source-url')}
      />
      <label htmlFor="field-source-publisher">Publisher</label>
      <input
        id="field-source-publisher"
        value={value.publisher}
        onChange={set('publisher')}
        placeholder="Ministry of Defense"
        {...invalidProps('field-source-publisher')}
      />
    </fieldset>
  );
}
