/**
 * What tells persona curves apart besides colour (for colour-blind readers and grey
 * printouts): each persona's curve has its own dash pattern, and its points carry the
 * persona's initials. The canvas, workshop mode and the exports' legends use the same rule.
 */

/** SVG `stroke-dasharray` per persona, in order: solid, dashed, dotted, dash-dot, long dash. */
export const PERSONA_DASHES = ['', '10 6', '2 5', '12 4 2 4', '18 6'] as const;

/** The dash pattern of the persona at `index` (the default curve, −1, is solid). */
export function personaDash(index: number): string {
  return index < 0 ? '' : (PERSONA_DASHES[index % PERSONA_DASHES.length] ?? '');
}

/** Up to two initials of a persona's name ("Anna Berg" → "AB", "Ola" → "O"), in any script. */
export function personaInitials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = words.slice(0, 2).map((word) => [...word][0] ?? '');
  return letters.join('').toLocaleUpperCase();
}
