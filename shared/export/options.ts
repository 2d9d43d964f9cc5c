/**
 * What an export can be asked for. Plain data: the dialog edits it, the CLI parses it from
 * flags, the headless page receives it as JSON. `normalizeOptions` fills defaults and clamps
 * numbers, so every exporter can trust what it gets.
 */

export const EXPORT_FORMATS = ['pdf', 'png', 'svg', 'pptx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

export const PNG_BACKGROUNDS = ['white', 'transparent'] as const;
export type PngBackground = (typeof PNG_BACKGROUNDS)[number];

export const PAGE_SIZES = ['A4', 'A3', 'A2', 'A1', 'A0', 'Letter', 'Tabloid'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const ORIENTATIONS = ['landscape', 'portrait'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

/** `page`: the whole map scaled onto one page; `tile`: at print size across several pages. */
export const PDF_FITS = ['page', 'tile'] as const;
export type PdfFit = (typeof PDF_FITS)[number];

export interface PdfOptions {
  page: PageSize;
  orientation: Orientation;
  fit: PdfFit;
  /** Page margin on every side, in millimetres. */
  marginMm: number;
  /** Tiling only: how much of the map neighbouring pages share, in millimetres. */
  overlapMm: number;
  /**
   * Tiling only: how big the map prints, as a percentage of its size on screen at zoom 1
   * (100: a 13 px card text prints at 9.75 pt, as the screen shows it at 96 dpi).
   */
  tileScalePercent: number;
  cover: boolean;
  personas: boolean;
  summary: boolean;
  /** The "Journey metrics" pages (funnel and trends) when the map has metric values. */
  metrics: boolean;
  /**
   * A wall poster for a workshop: rows stretched so that empty cells are big enough to write
   * in with markers and stick notes on, and the map fills one page.
   */
  poster: boolean;
  /** Cover page date (ISO `yyyy-mm-dd`); empty: today's. */
  date: string;
  subject: string;
  keywords: string;
}

export interface PngOptions {
  scale: PngScale;
  background: PngBackground;
}

export interface SvgOptions {
  /** Embed the fonts the map uses (a bigger file that looks the same everywhere). */
  embedFonts: boolean;
}

/** PowerPoint's two slide shapes: widescreen (the default) and the older 4:3. */
export const SLIDE_SIZES = ['16:9', '4:3'] as const;
export type SlideSize = (typeof SLIDE_SIZES)[number];

export interface PptxOptions {
  slideSize: SlideSize;
}

export interface ExportOptions {
  format: ExportFormat;
  pdf: PdfOptions;
  png: PngOptions;
  svg: SvgOptions;
  pptx: PptxOptions;
}

export const DEFAULT_PDF_OPTIONS: PdfOptions = {
  page: 'A3',
  orientation: 'landscape',
  fit: 'page',
  marginMm: 10,
  overlapMm: 10,
  tileScalePercent: 100,
  cover: true,
  personas: true,
  summary: true,
  metrics: true,
  poster: false,
  date: '',
  subject: '',
  keywords: '',
};

export const DEFAULT_OPTIONS: ExportOptions = {
  format: 'pdf',
  pdf: DEFAULT_PDF_OPTIONS,
  png: { scale: 2, background: 'white' },
  svg: { embedFonts: true },
  pptx: { slideSize: '16:9' },
};

/** Limits of the numbers a user may type. */
export const LIMITS = {
  marginMm: { min: 0, max: 50 },
  overlapMm: { min: 0, max: 50 },
  tileScalePercent: { min: 25, max: 400 },
} as const;

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

function clamp(value: unknown, range: { min: number; max: number }, fallback: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? value : fallback;
  return Math.min(range.max, Math.max(range.min, n));
}

function oneOf<T>(values: readonly T[], value: unknown, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value.slice(0, 1000) : fallback;
}

/** Complete options from partial, possibly untrusted ones (JSON from the CLI). */
export function normalizeOptions(input: DeepPartial<ExportOptions> = {}): ExportOptions {
  const pdf = input.pdf ?? {};
  const png = input.png ?? {};
  const d = DEFAULT_PDF_OPTIONS;
  return {
    format: oneOf(EXPORT_FORMATS, input.format, DEFAULT_OPTIONS.format),
    pdf: {
      page: oneOf(PAGE_SIZES, pdf.page, d.page),
      orientation: oneOf(ORIENTATIONS, pdf.orientation, d.orientation),
      fit: oneOf(PDF_FITS, pdf.fit, d.fit),
      marginMm: clamp(pdf.marginMm, LIMITS.marginMm, d.marginMm),
      overlapMm: clamp(pdf.overlapMm, LIMITS.overlapMm, d.overlapMm),
      tileScalePercent: clamp(pdf.tileScalePercent, LIMITS.tileScalePercent, d.tileScalePercent),
      cover: flag(pdf.cover, d.cover),
      personas: flag(pdf.personas, d.personas),
      summary: flag(pdf.summary, d.summary),
      metrics: flag(pdf.metrics, d.metrics),
      poster: flag(pdf.poster, d.poster),
      date: text(pdf.date, d.date),
      subject: text(pdf.subject, d.subject),
      keywords: text(pdf.keywords, d.keywords),
    },
    png: {
      scale: oneOf(PNG_SCALES, png.scale, DEFAULT_OPTIONS.png.scale),
      background: oneOf(PNG_BACKGROUNDS, png.background, DEFAULT_OPTIONS.png.background),
    },
    svg: { embedFonts: flag(input.svg?.embedFonts, DEFAULT_OPTIONS.svg.embedFonts) },
    pptx: {
      slideSize: oneOf(SLIDE_SIZES, input.pptx?.slideSize, DEFAULT_OPTIONS.pptx.slideSize),
    },
  };
}

export const MIME_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  svg: 'image/svg+xml',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/**
 * `Onboarding map.pdf` from the map title (characters file systems refuse become `-`);
 * `format` is the extension (`pdf`, and the dialog's data formats' `csv`, `xlsx`, `mmd`).
 */
export function exportFileName(title: string, format: string): string {
  const base = title
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '-')
    .trim()
    .slice(0, 120);
  return `${base === '' ? 'journey-map' : base}.${format}`;
}
