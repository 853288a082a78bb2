// Template variants: a catalog text is one string or a list of alternatives in order of preference.
// The first alternative whose every {placeholder} has a value wins, so a sentence never shows a blank
// where the admin left a config value out. A null alternative means "leave this sentence out".

export type Variants = string | (string | null)[];
export type Vars = Readonly<Record<string, string | null | undefined>>;

// Placeholder names are short identifiers; the pattern is linear (one bounded character class).
// "{?name}" is a condition: the alternative applies only when name has a value, and prints nothing.
const PLACEHOLDER = /\{(\??)([A-Za-z][A-Za-z0-9]{0,40})\}/g;

export function placeholders(text: string): string[] {
  return Array.from(text.matchAll(PLACEHOLDER), (m) => m[2]!);
}

function has(vars: Vars, name: string): boolean {
  const v = vars[name];
  return typeof v === 'string' && v.length > 0;
}

/** Fills one template; returns null when a placeholder has no value. */
export function fillOne(text: string, vars: Vars): string | null {
  for (const name of placeholders(text)) if (!has(vars, name)) return null;
  return text.replace(PLACEHOLDER, (_, cond: string, name: string) => (cond ? '' : (vars[name] as string)));
}

/** The first alternative that can be filled completely; null when none can, or a null alternative is reached. */
export function render(v: Variants | undefined | null, vars: Vars): string | null {
  if (v === undefined || v === null) return null;
  const list = typeof v === 'string' ? [v] : v;
  for (const alt of list) {
    if (alt === null) return null;
    const s = fillOne(alt, vars);
    if (s !== null) return s;
  }
  return null;
}

/** Renders a list of step variants, dropping the ones that resolve to nothing. */
export function renderList(list: readonly Variants[] | undefined, vars: Vars): string[] {
  if (!list) return [];
  const out: string[] = [];
  for (const v of list) {
    const s = render(v, vars);
    if (s) out.push(s);
  }
  return out;
}
