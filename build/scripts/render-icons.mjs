// Renders the app icon set from renderer/assets/icon.svg with the installed Chromium
// (playwright-core): PNGs for Linux (build/icons/NxN.png), build/icon.png, a multi-size
// build/icon.ico for Windows and build/icon.icns for macOS (the artwork inset on a
// transparent canvas, as macOS icons are drawn). Run once when the artwork changes:
//   node build/scripts/render-icons.mjs
// and commit the results; packaging uses the committed files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const svg = readFileSync(path.join(root, 'renderer/assets/icon.svg'), 'utf8');
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// icns entry types holding PNG data, by pixel size (retina types reuse the bigger bitmaps).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];
// Apple's grid: the body of a 1024 icon is 824 px, centred.
const MAC_INSET = 100 / 1024;

async function render(page, size, inset = 0) {
  const pad = Math.round(size * inset);
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">` +
      `<img src="${svgUrl}" style="display:block;margin:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px"></body></html>`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** ICO with PNG entries (Windows Vista and later read them). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

function icns(entries) {
  const chunks = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const flat = new Map();
  for (const size of LINUX_SIZES) flat.set(size, await render(page, size));
  const mac = new Map();
  for (const size of new Set(ICNS_TYPES.map(([, size]) => size))) {
    mac.set(size, await render(page, size, MAC_INSET));
  }

  mkdirSync(path.join(root, 'build/icons'), { recursive: true });
  for (const [size, png] of flat)
    writeFileSync(path.join(root, `build/icons/${size}x${size}.png`), png);
  writeFileSync(path.join(root, 'build/icon.png'), flat.get(1024));
  writeFileSync(
    path.join(root, 'build/icon.ico'),
    ico(ICO_SIZES.map((size) => ({ size, png: flat.get(size) }))),
  );
  writeFileSync(
    path.join(root, 'build/icon.icns'),
    icns(ICNS_TYPES.map(([type, size]) => [type, mac.get(size)])),
  );
} finally {
  await browser.close();
}
