import { describe, expect, test } from 'vitest';
import { fitScale, tileGrid, tileName } from '../../../../shared/export/pdf/tiling';
import { pngBands } from '../../../../renderer/export/png/pngTiles';

describe('page tiling', () => {
  const bounds = { x: 0, y: 0, width: 2000, height: 900 };
  const area = { width: 750, height: 500 }; // points

  test('a map that fits is one page', () => {
    const grid = tileGrid({ x: 0, y: 0, width: 500, height: 300 }, area, 1, 20);
    expect(grid.tiles).toHaveLength(1);
    expect(grid.tiles[0]?.view).toEqual({ x: 0, y: 0, width: 500, height: 300 });
  });

  test('tiles cover the whole map, neighbours overlap by at least the asked amount', () => {
    const grid = tileGrid(bounds, area, 0.75, 15); // 1000 × 666.7 px a page, 20 px overlap
    expect(grid.columns).toBe(3);
    expect(grid.rows).toBe(2);
    const [a, b] = grid.tiles;
    expect(a && b && a.view.x + a.view.width - b.view.x).toBeGreaterThanOrEqual(20);
    const right = Math.max(...grid.tiles.map((t) => t.view.x + t.view.width));
    const bottom = Math.max(...grid.tiles.map((t) => t.view.y + t.view.height));
    expect(right).toBeCloseTo(2000);
    expect(bottom).toBeCloseTo(900);
  });

  test('no sheet holds a sliver: every sheet shows a full page of map', () => {
    const grid = tileGrid({ x: 0, y: 0, width: 2010, height: 900 }, area, 0.75, 15);
    for (const tile of grid.tiles) expect(tile.view.width).toBeCloseTo(1000);
  });

  test('in right-to-left maps sheet A is the rightmost', () => {
    const grid = tileGrid(bounds, area, 0.75, 15, true);
    const first = grid.tiles[0]?.view;
    expect(first && first.x + first.width).toBeCloseTo(2000);
  });

  test('fit scale keeps the whole map inside the area', () => {
    const s = fitScale(bounds, area);
    expect(bounds.width * s).toBeLessThanOrEqual(area.width + 1e-9);
    expect(bounds.height * s).toBeLessThanOrEqual(area.height + 1e-9);
  });

  test('sheets are named like map sheets', () => {
    expect(tileName(0, 0)).toBe('A1');
    expect(tileName(1, 2)).toBe('B3');
    expect(tileName(26, 0)).toBe('AA1');
  });
});

describe('PNG bands', () => {
  test('no tile exceeds the canvas limits and the tiles cover the image once', () => {
    const bands = pngBands(40_000, 50_000);
    let area = 0;
    for (const band of bands) {
      for (const tile of band.tiles) {
        expect(tile.width).toBeLessThanOrEqual(16_384);
        expect(tile.width * tile.height).toBeLessThanOrEqual(32 * 1024 * 1024);
        area += tile.width * tile.height;
      }
    }
    expect(area).toBe(40_000 * 50_000);
  });

  test('a narrow map is one tile across', () => {
    expect(pngBands(4208, 25_468).every((band) => band.tiles.length === 1)).toBe(true);
  });
});
