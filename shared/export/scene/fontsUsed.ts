import { FONT_FACES, fontFaceOf, type FontFace, type FontWeight } from '../../layout';
import type { Scene } from './types';

export interface FontUse {
  face: FontFace;
  weight: FontWeight;
}

/** The faces and weights a scene's text needs: what an SVG or PDF must embed, and no more. */
export function fontsUsed(scene: Scene, extraText: readonly string[] = []): FontUse[] {
  const used = new Set<string>();
  const scan = (text: string, weight: FontWeight): void => {
    for (let i = 0; i < text.length; i += 1) {
      const face = fontFaceOf(text.charCodeAt(i));
      if (face) used.add(`${face}/${weight}`);
    }
  };
  for (const shape of scene.shapes) {
    if (shape.kind !== 'text') continue;
    for (const line of shape.lines) scan(line.text, shape.style.weight);
  }
  for (const text of extraText) scan(text, 'regular');
  return FONT_FACES.flatMap((face) =>
    (['regular', 'bold'] as const)
      .filter((weight) => used.has(`${face}/${weight}`))
      .map((weight) => ({ face, weight })),
  );
}
