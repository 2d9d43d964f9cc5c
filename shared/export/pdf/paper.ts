import type { Orientation, PageSize } from '../options';

/** Paper sizes in millimetres, portrait (ISO 216 and the two US sizes a consultant meets). */
export const PAPER_MM: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
  A2: { width: 420, height: 594 },
  A1: { width: 594, height: 841 },
  A0: { width: 841, height: 1189 },
  Letter: { width: 215.9, height: 279.4 },
  Tabloid: { width: 279.4, height: 431.8 },
};

export const PT_PER_MM = 72 / 25.4;
/** CSS px (96 dpi) in PDF points: a map at 100 % prints as the screen shows it at zoom 1. */
export const PT_PER_PX = 0.75;

/** A page's size in PDF points, turned to the orientation. */
export function pageSizePt(
  size: PageSize,
  orientation: Orientation,
): { width: number; height: number } {
  const { width, height } = PAPER_MM[size];
  const long = Math.max(width, height) * PT_PER_MM;
  const short = Math.min(width, height) * PT_PER_MM;
  return orientation === 'landscape'
    ? { width: long, height: short }
    : { width: short, height: long };
}
