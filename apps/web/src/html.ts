/*
 * HTML from template literals: every interpolated value is escaped unless it is already markup made
 * by `html` itself, so no text from the API or a query string can become markup.
 */

const MARKUP = Symbol('markup');

/** Markup made by {@link html}; the only kind inserted without escaping. */
export interface Markup {
  readonly [MARKUP]: true;
  readonly text: string;
}

/** What a template may interpolate: text (escaped), numbers, markup, lists of these, or nothing. */
export type Interpolation =
  string | number | Markup | undefined | null | false | readonly Interpolation[];

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const markup = (text: string): Markup => ({ [MARKUP]: true, text });

function render(value: Interpolation): string {
  if (value === undefined || value === null || value === false) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  if (Array.isArray(value)) return value.map((v: Interpolation) => render(v)).join('');
  return (value as Markup).text;
}

/** Builds markup; interpolated strings are escaped, markup is kept. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return markup(out);
}

/** Markup written by this app's own code (a stylesheet), never text from outside. */
export function trusted(text: string): Markup {
  return markup(text);
}
