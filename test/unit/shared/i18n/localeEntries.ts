/**
 * A locale file as the checks see it: every string under its dotted key, with i18next's
 * plural forms (`tileCount_one`, `tileCount_few` …) gathered under their base key, so that
 * English `_one/_other` and Ukrainian `_one/_few/_many/_other` compare as one key.
 */
export type Forms = ReadonlyMap<string, string>;
/** Base key → plural category (`''` for a key without plural forms) → text. */
export type LocaleEntries = ReadonlyMap<string, Forms>;

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

export function localeEntries(tree: unknown, skipSections: readonly string[] = []): LocaleEntries {
  const entries = new Map<string, Map<string, string>>();
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      const match = PLURAL_SUFFIX.exec(path);
      const base = match ? path.slice(0, match.index) : path;
      const forms = entries.get(base) ?? new Map<string, string>();
      forms.set(match?.[1] ?? '', node);
      entries.set(base, forms);
    } else if (node && typeof node === 'object' && !Array.isArray(node)) {
      for (const [key, child] of Object.entries(node)) {
        if (path === '' && skipSections.includes(key)) continue;
        walk(child, path === '' ? key : `${path}.${key}`);
      }
    } else {
      // Numbers, arrays, null: i18next would not show them; report them as broken keys.
      entries.set(path, new Map([['', `<not a string: ${JSON.stringify(node)}>`]]));
    }
  };
  walk(tree, '');
  return entries;
}

export function isPlural(forms: Forms): boolean {
  return [...forms.keys()].some((category) => category !== '');
}

/** The form that holds the most general wording: `_other`, or the only one. */
export function generalForm(forms: Forms): string {
  return forms.get('other') ?? forms.get('') ?? '';
}

/** `{{count, number}}` → `count, number`: the name and format, exactly as a key must keep them. */
export function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*(.+?)\s*\}\}/g)].map((m) => m[1] ?? ''));
}

export function union(sets: Iterable<Set<string>>): Set<string> {
  const all = new Set<string>();
  for (const set of sets) for (const item of set) all.add(item);
  return all;
}

export const sorted = (items: Iterable<string>): string[] => [...items].sort();
