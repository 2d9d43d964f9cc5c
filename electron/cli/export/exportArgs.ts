import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  EXPORT_FORMATS,
  ORIENTATIONS,
  PAGE_SIZES,
  PDF_FITS,
  PNG_BACKGROUNDS,
  PNG_SCALES,
  SLIDE_SIZES,
  normalizeOptions,
  type ExportFormat,
  type ExportOptions,
} from '../../../shared/export/options';
import { UsageError } from '../context';
import { t } from '../messages';

/**
 * Formats the CLI writes as data beside the export core's pictures (PDF, PNG, SVG), each with
 * the file extension it takes: Mermaid's `journey` diagram (`shared/mermaid`) and the cards
 * table as CSV or XLSX (`shared/cardsTable`).
 */
export const TEXT_FORMATS = { mermaid: 'mmd', csv: 'csv', xlsx: 'xlsx' } as const;
export type TextFormat = keyof typeof TEXT_FORMATS;
const TEXT_FORMAT_NAMES = Object.keys(TEXT_FORMATS) as TextFormat[];

/** The format an output file's extension asks for (`.mmd` → mermaid), if any. */
function formatOfExtension(extension: string): ExportFormat | TextFormat | undefined {
  return (
    EXPORT_FORMATS.find((f) => f === extension) ??
    TEXT_FORMAT_NAMES.find((f) => TEXT_FORMATS[f] === extension || f === extension)
  );
}

/** What `journey-studio export` was asked to do. */
export interface ExportRequest {
  /** A text format instead of the export core's `options.format` (e.g. Mermaid). */
  textFormat?: TextFormat;
  /** One or more map files. */
  files: string[];
  /** Where each file's export goes: `--out` for one map, else `--out-dir/NAME.FORMAT`. */
  outputs: string[];
  options: ExportOptions;
  chromePath?: string;
  /** `--compare OLD`: draw the visual compare of OLD → the one map (a review artifact). */
  compare?: string;
}

/** `maps/onboarding.journey.json` → `onboarding.pdf` (the name inside `--out-dir`). */
export function outputName(file: string, format: ExportFormat | TextFormat): string {
  const base = path.basename(file).replace(/(\.journey)?\.json$/i, '');
  const extension = format in TEXT_FORMATS ? TEXT_FORMATS[format as TextFormat] : format;
  return `${base === '' ? 'journey-map' : base}.${extension}`;
}

function choice<T extends string | number>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  const match = allowed.find((a) => String(a).toLowerCase() === value.toLowerCase());
  if (match === undefined) {
    throw new UsageError(t('export.badChoice', { option, value, allowed: allowed.join(', ') }));
  }
  return match;
}

function millimetres(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 50) {
    throw new UsageError(t('export.badNumber', { option, value, min: 0, max: 50 }));
  }
  return n;
}

/** A boolean flag with a `--no-` form: undefined when neither was given. */
function toggle(on: boolean | undefined, off: boolean | undefined): boolean | undefined {
  if (on && off) return undefined;
  return on ? true : off ? false : undefined;
}

/**
 * Parses `export FILE --format F --out OUT [options]` or `export FILE... --out-dir DIR
 * --format F`. The format may also come from OUT's extension. Anything wrong is a UsageError
 * (exit 2 with the command's help).
 */
export function parseExportArgs(args: string[]): ExportRequest {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'out-dir': { type: 'string' },
      page: { type: 'string' },
      orientation: { type: 'string' },
      fit: { type: 'string' },
      margin: { type: 'string' },
      overlap: { type: 'string' },
      scale: { type: 'string' },
      background: { type: 'string' },
      'slide-size': { type: 'string' },
      chrome: { type: 'string' },
      compare: { type: 'string' },
      cover: { type: 'boolean' },
      'no-cover': { type: 'boolean' },
      personas: { type: 'boolean' },
      'no-personas': { type: 'boolean' },
      summary: { type: 'boolean' },
      'no-summary': { type: 'boolean' },
      metrics: { type: 'boolean' },
      'no-metrics': { type: 'boolean' },
      poster: { type: 'boolean' },
      'embed-fonts': { type: 'boolean' },
      'no-embed-fonts': { type: 'boolean' },
    },
  });
  if (positionals.length === 0) throw new UsageError(t('export.needFile'));
  const outDir = values['out-dir'];
  if (values.out !== undefined && outDir !== undefined) {
    throw new UsageError(t('export.outOrOutDir'));
  }
  if (outDir === undefined && positionals.length > 1) throw new UsageError(t('export.oneFile'));
  if (values.compare !== undefined && (outDir !== undefined || positionals.length > 1)) {
    throw new UsageError(t('export.compareOne'));
  }
  if (values.out === undefined && outDir === undefined) {
    throw new UsageError(t('needOption', { option: 'out' }));
  }
  const fromExtension = path
    .extname(values.out ?? '')
    .slice(1)
    .toLowerCase();
  const format: ExportFormat | TextFormat | undefined =
    choice('--format', values.format, [...EXPORT_FORMATS, ...TEXT_FORMAT_NAMES]) ??
    formatOfExtension(fromExtension);
  if (format === undefined) throw new UsageError(t('needOption', { option: 'format' }));
  const textFormat = TEXT_FORMAT_NAMES.find((f) => f === format);
  // The compare is a picture with ghosts and badges: PDF, PNG or SVG.
  if ((textFormat !== undefined || format === 'pptx') && values.compare !== undefined) {
    throw new UsageError(t('export.compareVisual'));
  }
  const scale = choice('--scale', values.scale, PNG_SCALES.map(String));
  const options = normalizeOptions({
    format: textFormat === undefined ? (format as ExportFormat) : undefined,
    pdf: {
      page: choice('--page', values.page, PAGE_SIZES),
      orientation: choice('--orientation', values.orientation, ORIENTATIONS),
      fit: choice('--fit', values.fit, PDF_FITS),
      marginMm: millimetres('--margin', values.margin),
      overlapMm: millimetres('--overlap', values.overlap),
      cover: toggle(values.cover, values['no-cover']),
      personas: toggle(values.personas, values['no-personas']),
      summary: toggle(values.summary, values['no-summary']),
      metrics: toggle(values.metrics, values['no-metrics']),
      poster: values.poster,
    },
    png: {
      scale: scale === undefined ? undefined : (Number(scale) as ExportOptions['png']['scale']),
      background: choice('--background', values.background, PNG_BACKGROUNDS),
    },
    svg: { embedFonts: toggle(values['embed-fonts'], values['no-embed-fonts']) },
    pptx: { slideSize: choice('--slide-size', values['slide-size'], SLIDE_SIZES) },
  });
  return {
    files: positionals,
    outputs:
      outDir === undefined
        ? [values.out ?? '']
        : positionals.map((file) => path.join(outDir, outputName(file, format))),
    options,
    ...(textFormat === undefined ? {} : { textFormat }),
    ...(values.chrome === undefined ? {} : { chromePath: values.chrome }),
    ...(values.compare === undefined ? {} : { compare: values.compare }),
  };
}
