/**
 * The second cue of a persona's emotion curve besides its colour (which a colour-blind reader
 * or a grey-scale print loses): a dash pattern per persona, in px at zoom 1. The first
 * persona's curve is solid. Exports draw curves and their legend with these.
 */
export const PERSONA_DASHES: readonly (readonly number[] | undefined)[] = [
  undefined,
  [9, 5],
  [2, 4],
  [12, 4, 2, 4],
  [5, 5],
  [14, 6],
];

export function personaDash(index: number): readonly number[] | undefined {
  return PERSONA_DASHES[index % PERSONA_DASHES.length];
}
