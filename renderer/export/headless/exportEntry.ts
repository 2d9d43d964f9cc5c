// The headless export page (renderer/export.html): the CLI (Chrome via playwright-core) and
// the packaged app (a hidden window) load it and call `journeyExport` with a map file's text.
import '../../zodConfig';
import { englishT, loadMap } from '../../../shared/load';
import { toBase64 } from '../../../shared/export/binary';
import { exportMap } from '../exportMap';
import type { JourneyMap } from '../../../shared/model';
import {
  normalizeOptions,
  type DeepPartial,
  type ExportOptions,
} from '../../../shared/export/options';
import type { HeadlessApi } from '../../../shared/export/headless';

const api: HeadlessApi = {
  async exportMap(
    text: string,
    options: DeepPartial<ExportOptions>,
    today?: string,
    compareText?: string,
    creationDate?: string,
  ) {
    const map = loaded(text);
    const ctx = {
      t: englishT(),
      ...(today ? { today } : {}),
      ...(creationDate ? { creationDate: new Date(creationDate) } : {}),
    };
    const before = compareText === undefined ? undefined : loaded(compareText);
    const result = await exportMap(map, normalizeOptions(options), ctx, before);
    return { base64: toBase64(result.bytes), mimeType: result.mimeType };
  },
};

/** A map file's text through the loader gate, or an error naming what is wrong. */
function loaded(text: string): JourneyMap {
  const result = loadMap(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.map;
}

(window as unknown as { journeyExport: HeadlessApi }).journeyExport = api;
document.documentElement.dataset.ready = 'true';
