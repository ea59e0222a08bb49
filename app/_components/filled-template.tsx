import { Fragment, type ReactNode } from 'react';
import { splitTemplate } from '@/lib/text/split-template';

/**
 * A message template with elements in its `{slot}`s: `<FilledTemplate template="Refers to {link}"
 * slots={{ link: <a …/> }} />`. A slot not given stays as written.
 */
export function FilledTemplate({
  template,
  slots,
}: {
  template: string;
  slots: Record<string, ReactNode>;
}) {
  return splitTemplate(template).map((part, index) => (
    <Fragment key={index}>
      {typeof part === 'string' ? part : (slots[part.slot] ?? `{${part.slot}}`)}
    </Fragment>
  ));
}
