import type { Country } from '../types';

/**
 * The name a readout uses for a person on their own: a Japanese name is written family name first
 * ("Kishi Nobuo", "KISHI Nobuo"), others family name last ("Lloyd J. Austin III").
 */
export function inferSurname(name: string, country: Country): string {
  const words = name.replace(/,?\s+(?:Jr\.?|Sr\.?|II|III|IV)$/, '').split(/\s+/);
  const capitalised = words.find((word) => word.length > 1 && word === word.toUpperCase());
  if (capitalised) return capitalised[0] + capitalised.slice(1).toLowerCase();
  return (country === 'japan' ? words[0] : words.at(-1)) ?? name;
}
