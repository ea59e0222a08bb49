/**
 * The search params without those whose value is empty (or only spaces), as a plain GET form
 * sends its untouched fields: for a page that reads a form's submission with the API's parsers.
 */
export function withoutEmptyParams(params: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...params].filter(([, value]) => value.trim()));
}
