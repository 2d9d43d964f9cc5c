import type { MapLayout } from '../../layout';
import type { Translate } from '../../load';

/**
 * The short codes drawn in channel and evidence badges (an 18 px square has room for one or
 * two letters), unique within each group for the values a map uses, so the legend under the
 * map can explain each one: Email and Event become "E" and "Ev", not "E" twice. Derived from
 * the translated names, so a Polish map reads "P" for "Poczta".
 */
export interface BadgeCodes {
  channel: Map<string, string>;
  evidence: Map<string, string>;
}

export function badgeCodes(layout: MapLayout, t: Translate): BadgeCodes {
  const used = { channel: new Set<string>(), evidence: new Set<string>() };
  for (const card of layout.cards) {
    for (const badge of card.badges) {
      if (badge.kind === 'channel' || badge.kind === 'evidence') used[badge.kind].add(badge.value);
    }
  }
  return {
    channel: uniqueCodes([...used.channel].sort(), (v) => t(`export.channels.${v}`)),
    evidence: uniqueCodes([...used.evidence].sort(), (v) => t(`export.evidence.${v}`)),
  };
}

function uniqueCodes(
  values: readonly string[],
  name: (value: string) => string,
): Map<string, string> {
  const codes = new Map<string, string>();
  const taken = new Set<string>();
  for (const value of values) {
    const letters = [...name(value).replace(/[^\p{L}]/gu, '')];
    const first = (letters[0] ?? '?').toLocaleUpperCase();
    const candidates = [
      first,
      ...letters.slice(1).map((l) => first + l.toLocaleLowerCase()),
      ...Array.from({ length: 9 }, (_, i) => `${first}${i + 2}`),
    ];
    const code = candidates.find((c) => !taken.has(c)) ?? first;
    taken.add(code);
    codes.set(value, code);
  }
  return codes;
}
