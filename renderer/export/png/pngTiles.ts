/**
 * How a PNG of `width` × `height` device pixels is rendered: in bands of rows, each band in
 * tiles no larger than `maxSide` a side, so that no canvas comes near Chromium's limits. A
 * band holds at most `maxBandPixels` (its pixels are kept until the band is encoded).
 */
export interface PngTile {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PngBand {
  y: number;
  height: number;
  tiles: PngTile[];
}

export const MAX_TILE_SIDE = 4096;
export const MAX_BAND_PIXELS = 16 * 1024 * 1024;

export function pngBands(
  width: number,
  height: number,
  maxSide = MAX_TILE_SIDE,
  maxBandPixels = MAX_BAND_PIXELS,
): PngBand[] {
  const bandHeight = Math.max(1, Math.min(maxSide, Math.floor(maxBandPixels / Math.max(1, width))));
  const bands: PngBand[] = [];
  for (let y = 0; y < height; y += bandHeight) {
    const h = Math.min(bandHeight, height - y);
    const tiles: PngTile[] = [];
    for (let x = 0; x < width; x += maxSide) {
      tiles.push({ x, y, width: Math.min(maxSide, width - x), height: h });
    }
    bands.push({ y, height: h, tiles });
  }
  return bands;
}
