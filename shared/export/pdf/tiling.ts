import type { Rect } from '../../layout';

/**
 * Page tiling of a big map: the map at a fixed print scale, cut into page-sized pieces that
 * overlap a little (so that nothing falls between two sheets when they are taped together).
 * Pure arithmetic in two spaces: map px and page points.
 */

export interface Tile {
  /** Zero-based column and row in the page grid. */
  column: number;
  row: number;
  /** The part of the map this page shows, in map px. */
  view: Rect;
}

export interface TileGrid {
  columns: number;
  rows: number;
  tiles: Tile[];
  /** Page points per map px. */
  scale: number;
}

/**
 * Cuts `bounds` (map px) into tiles that each fill `area` (points) at `scale` points per px,
 * neighbours sharing at least `overlap` points (sheets spread evenly over the map).
 * Columns count from the start edge: right to left in RTL maps.
 */
export function tileGrid(
  bounds: Rect,
  area: { width: number; height: number },
  scale: number,
  overlap: number,
  rtl = false,
): TileGrid {
  const viewW = area.width / scale;
  const viewH = area.height / scale;
  // Overlap can never eat a whole page: keep at least half of each page new.
  const shareX = Math.min(overlap / scale, viewW / 2);
  const shareY = Math.min(overlap / scale, viewH / 2);
  const count = (total: number, view: number, share: number): number =>
    total <= view ? 1 : 1 + Math.ceil((total - view) / (view - share) - 1e-9);
  const columns = count(bounds.width, viewW, shareX);
  const rows = count(bounds.height, viewH, shareY);
  // Sheets are spread evenly (each as big as the page, sharing at least `overlap`), so that
  // no last sheet holds a sliver of map and nothing else.
  const step = (total: number, view: number, n: number): number =>
    n > 1 ? (total - view) / (n - 1) : 0;
  const stepX = step(bounds.width, viewW, columns);
  const stepY = step(bounds.height, viewH, rows);
  const tiles: Tile[] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      // Sheet A starts at the map's start edge: its right end in RTL maps.
      const along = column * stepX;
      const width = Math.min(viewW, bounds.width);
      const x = rtl ? bounds.x + bounds.width - along - width : bounds.x + along;
      const y = bounds.y + row * stepY;
      const height = Math.min(viewH, bounds.height);
      tiles.push({ column, row, view: { x, y, width, height } });
    }
  }
  return { columns, rows, tiles, scale };
}

/** The scale (points per px) that fits `bounds` into `area`, and where it sits centred. */
export function fitScale(
  bounds: { width: number; height: number },
  area: { width: number; height: number },
): number {
  if (bounds.width <= 0 || bounds.height <= 0) return 1;
  return Math.min(area.width / bounds.width, area.height / bounds.height);
}

/** A page's name in the grid: column letters and row number, as on a map sheet (B3, AA12). */
export function tileName(column: number, row: number): string {
  let letters = '';
  let n = column + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `${letters}${row + 1}`;
}

/** The part of a map that tiles, and the header strips every tiled page repeats. */
export interface MapTiling {
  grid: TileGrid;
  /** The cells and cards (everything but the header row and column), map px. */
  content: Rect;
  /** Lane header column width and stage header row height, map px. */
  header: { width: number; height: number };
}

/**
 * Tiling of a laid-out map with its headers repeated: the content (all but the stage header
 * row and the lane header column) is cut into tiles, and each page shows its tile with the
 * stage names above it and the lane names at its start edge, as a spreadsheet repeats its
 * title rows, so a sheet on the wall can be read alone. `area` in points.
 */
export function mapTiling(
  layout: { width: number; bounds: Rect; corner: Rect; direction: 'ltr' | 'rtl' },
  area: { width: number; height: number },
  scale: number,
  overlap: number,
): MapTiling {
  const rtl = layout.direction === 'rtl';
  const header = { width: layout.corner.width, height: layout.corner.height };
  const b = layout.bounds;
  const left = rtl ? Math.min(b.x, 0) : header.width;
  const right = rtl ? layout.width - header.width : Math.max(b.x + b.width, layout.width);
  const bottom = Math.max(b.y + b.height, header.height + 1);
  const content = {
    x: left,
    y: header.height,
    width: right - left,
    height: bottom - header.height,
  };
  const free = {
    width: Math.max(area.width / 4, area.width - header.width * scale),
    height: Math.max(area.height / 4, area.height - header.height * scale),
  };
  return { grid: tileGrid(content, free, scale, overlap, rtl), content, header };
}
