/**
 * How a PNG of `width` × `height` device pixels is rendered: in bands of rows, each band in
 * tiles no larger than `maxSide` a side, so that no canvas comes near Chromium's limits
 * (268 million pixels, 32,767 a side). A band holds at most `maxBandPixels` (its pixels are
 * kept until the band is encoded); most maps need one tile across.
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

/** Chromium draws canvases up to 32,767 px a side; html-to-image scales down past 16,384. */
export const MAX_TILE_SIDE = 16384;
/** 32 million pixels (128 MB of RGBA) a band: few tiles, each well inside canvas limits. */
export const MAX_BAND_PIXELS = 32 * 1024 * 1024;

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
    // Columns of equal width (no sliver of a tile at the end).
    const columns = Math.ceil(width / maxSide);
    const tileWidth = Math.ceil(width / columns);
    const tiles: PngTile[] = [];
    for (let x = 0; x < width; x += tileWidth) {
      tiles.push({ x, y, width: Math.min(tileWidth, width - x), height: h });
    }
    bands.push({ y, height: h, tiles });
  }
  return bands;
}
