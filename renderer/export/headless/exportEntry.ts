// The headless export page (renderer/export.html): the CLI (Chrome via playwright-core) and
// the packaged app (a hidden window) load it and call `journeyExport` with a map file's text.
import '../../zodConfig';
import { englishT, loadMap } from '../../../shared/load';
import { toBase64 } from '../../../shared/export/binary';
import { exportMap } from '../exportMap';
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
    creationDate?: string,
  ) {
    const loaded = loadMap(text);
    if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join('\n'));
    const result = await exportMap(loaded.map, normalizeOptions(options), {
      t: englishT(),
      ...(today ? { today } : {}),
      ...(creationDate ? { creationDate: new Date(creationDate) } : {}),
    });
    return { base64: toBase64(result.bytes), mimeType: result.mimeType };
  },
};

(window as unknown as { journeyExport: HeadlessApi }).journeyExport = api;
document.documentElement.dataset.ready = 'true';
