/** A piece of a template: text as it is, or the name of a `{slot}` for a value to fill. */
export type TemplatePart = string | { slot: string };

/**
 * A template cut at its `{slot}`s, for a component to put elements in them: "Refers to {link}" →
 * ["Refers to ", {slot: "link"}]. Empty text between slots is left out.
 */
export function splitTemplate(template: string): TemplatePart[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => (/^\{\w+\}$/.test(part) ? { slot: part.slice(1, -1) } : part));
}
