/**
 * The id of the form field an API error names: `facts.date` → `field-facts-date`,
 * `corrections.s3.themes.0` → `field-statement-3`.
 */
export function fieldIdOf(param: string | null): string | null {
  if (!param) return null;
  const statement = /^corrections\.s(\d+)/.exec(param);
  if (statement) return `field-statement-${statement[1]}`;
  if (param.startsWith('facts.participants')) return 'field-facts-participants';
  return `field-${param.split('.').slice(0, 2).join('-')}`;
}
