import { invalidParameter, type Parsed } from './api-error';
import { parseSingleParam, quoteInput } from './parse-param';
import { EXPORT_LANGUAGES, type ExportLanguage } from '../export/export-language';

/** `lang=en|ja`: undefined when absent; a 400 naming `lang` for another value, twice or empty. */
export function parseLangParam(params: URLSearchParams): Parsed<ExportLanguage | undefined> {
  const lang = parseSingleParam(params, 'lang');
  if (!lang.ok || lang.value === undefined) return lang as Parsed<undefined>;
  if ((EXPORT_LANGUAGES as readonly string[]).includes(lang.value))
    return { ok: true, value: lang.value as ExportLanguage };
  return invalidParameter(
    'lang',
    `unknown language ${quoteInput(lang.value)}; known languages: ${EXPORT_LANGUAGES.join(', ')}`,
  );
}
