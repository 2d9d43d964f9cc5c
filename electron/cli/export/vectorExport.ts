import { englishT } from '../../../shared/load';
import type { ExportAssets } from '../../../shared/export/assets';
import { exportCompareVector } from '../../../shared/export/compare/exportCompare';
import {
  exportVector,
  type CoreFormat,
  type VectorFormat,
} from '../../../shared/export/exportDocument';
import type { ExportOptions } from '../../../shared/export/options';
import type { JourneyMap } from '../../../shared/model';

/**
 * A PDF, SVG or PowerPoint deck drawn in plain Node by the shared export core: no browser, no
 * window. The
 * deliverable speaks the map's language (the core picks its labels); English is the fallback
 * for languages the app lacks, as in the CLI's own messages.
 */
export async function exportVectorInNode(
  map: JourneyMap,
  options: ExportOptions & { format: CoreFormat },
  run: { assets: ExportAssets; today: string; creationDate?: Date },
): Promise<Uint8Array> {
  const result = await exportVector(map, options, { t: englishT(), ...run });
  return result.bytes;
}

/** The visual compare of `before` → `after` as PDF or SVG, drawn in plain Node the same way. */
export async function exportCompareInNode(
  before: JourneyMap,
  after: JourneyMap,
  options: ExportOptions & { format: VectorFormat },
  run: { assets: ExportAssets; today: string; creationDate?: Date },
): Promise<Uint8Array> {
  const result = await exportCompareVector(before, after, options, { t: englishT(), ...run });
  return result.bytes;
}
