import type { Page } from 'playwright-core';

/**
 * Helpers for the editor's e2e tests: file pickers stubbed with files of the origin private
 * file system (OPFS), and what the canvas shows, read as a user sees it (names, positions).
 */

/**
 * The File System Access pickers answered without a dialog: Save picks an OPFS file named as
 * suggested (a new name when that one was already handed out in this page), Open picks the
 * file saved last (remembered across reloads in localStorage).
 */
function pickerStub(): void {
  const given = new Set<string>();
  const directory = () => navigator.storage.getDirectory();
  Object.assign(window, {
    showSaveFilePicker: async ({ suggestedName }: { suggestedName: string }) => {
      let name = suggestedName;
      for (let n = 2; given.has(name); n += 1) name = `${n}-${suggestedName}`;
      given.add(name);
      localStorage.setItem('e2e-last-saved', name);
      return (await directory()).getFileHandle(name, { create: true });
    },
    showOpenFilePicker: async () => {
      const name = localStorage.getItem('e2e-last-saved');
      if (!name) throw new DOMException('nothing saved yet', 'AbortError');
      return [await (await directory()).getFileHandle(name)];
    },
  });
}

/** A browser without the File System Access API: open by file input, save by download. */
function noPickers(): void {
  Object.assign(window, { showSaveFilePicker: undefined, showOpenFilePicker: undefined });
}

/**
 * Writes `text` to the OPFS file `name` as if another program had saved it, and makes it the
 * file the stubbed Open picker hands over next.
 */
export async function placeFileForOpen(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    async ([fileName, fileText]) => {
      const directory = await navigator.storage.getDirectory();
      const writable = await (
        await directory.getFileHandle(fileName, { create: true })
      ).createWritable();
      await writable.write(fileText);
      await writable.close();
      localStorage.setItem('e2e-last-saved', fileName);
    },
    [name, text] as const,
  );
}

/** Reloads the page with the pickers stubbed (or removed) from the first script on. */
export async function usePickers(page: Page, kind: 'opfs' | 'none'): Promise<void> {
  await page.addInitScript(kind === 'opfs' ? pickerStub : noPickers);
  await page.reload();
}

export async function readOpfsFile(page: Page, name: string): Promise<string> {
  return page.evaluate(async (fileName) => {
    const directory = await navigator.storage.getDirectory();
    return (await (await directory.getFileHandle(fileName)).getFile()).text();
  }, name);
}

/** The files the stubbed pickers hold whose names end with `extension`, as bytes (base64 in the page). */
export async function readOpfsFilesEnding(
  page: Page,
  extension: string,
): Promise<{ name: string; bytes: Buffer }[]> {
  const files = await page.evaluate(async (ending) => {
    const directory = await navigator.storage.getDirectory();
    const found: { name: string; base64: string }[] = [];
    // `entries()` is in every browser with OPFS; TypeScript's DOM typings lack it.
    const entries = (
      directory as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
    ).entries();
    for await (const [name, handle] of entries) {
      if (!name.endsWith(ending) || handle.kind !== 'file') continue;
      const bytes = new Uint8Array(
        await (await (handle as FileSystemFileHandle).getFile()).arrayBuffer(),
      );
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      found.push({ name, base64: btoa(binary) });
    }
    return found;
  }, extension);
  return files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }));
}

/** Changes a file behind the editor's back (another program, a git pull). */
export async function writeOpfsFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    async ([fileName, content]) => {
      const directory = await navigator.storage.getDirectory();
      const writable = await (await directory.getFileHandle(fileName)).createWritable();
      await writable.write(content);
      await writable.close();
    },
    [name, text] as const,
  );
}

export async function pickTemplate(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** The cards on the canvas by their accessible names, in document order. */
export async function cardNames(page: Page): Promise<string[]> {
  return page
    .getByRole('article')
    .evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label') ?? ''));
}

export async function stageNames(page: Page): Promise<string[]> {
  return page
    .getByRole('textbox', { name: 'Stage name', exact: true })
    .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
}

/** Which stage column and lane row a card is drawn in, from where the headers are on screen. */
export async function placeOf(page: Page, card: string): Promise<string> {
  const box = await page.getByRole('article', { name: card, exact: true }).boundingBox();
  if (!box) throw new Error(`card ${card} is not on screen`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const header = async (name: 'Stage name' | 'Lane name', inside: (b: Box) => boolean) => {
    const fields = page.getByRole('textbox', { name, exact: true });
    for (const field of await fields.all()) {
      const node = field.locator('xpath=ancestor::div[contains(@class,"react-flow__node")][1]');
      const b = await node.boundingBox();
      if (b && inside(b)) return field.inputValue();
    }
    return '?';
  };
  const stage = await header('Stage name', (b) => x >= b.x && x < b.x + b.width);
  const lane = await header('Lane name', (b) => y >= b.y && y < b.y + b.height);
  return `${lane} × ${stage}`;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Drags with the real mouse, in small steps as a hand would. */
export async function dragTo(page: Page, from: Box, to: { x: number; y: number }): Promise<void> {
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 10, start.y + 5, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** The emotion curve as drawn: its path and the point of one card (centre y, score shown). */
export async function curveOf(page: Page, card: string) {
  const id = await page
    .getByRole('article', { name: card, exact: true })
    .getAttribute('data-card-id');
  const point = page.locator(`.js-curve-point[data-card-id="${id}"]`);
  return {
    path: await page.locator('path.js-curve').first().getAttribute('d'),
    label: await page.locator('path.js-curve').first().getAttribute('aria-label'),
    pointY: Number(await point.locator(':scope > circle').getAttribute('cy')),
    score: await point.getAttribute('data-score'),
  };
}

export const announcement = (page: Page) =>
  page.getByRole('status', { name: 'Editor announcements' }).textContent();
