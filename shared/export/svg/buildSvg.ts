import { CSS_FONT_FAMILY, CSS_FONT_WEIGHT, type Rect } from '../../layout';
import { arrowHead } from '../scene/arrow';
import { shapesIn } from '../scene/bounds';
import type { Scene, Shape, Stroke, TextShape } from '../scene/types';

/**
 * A scene as an SVG document: real shapes and `<text>` elements (one per laid-out line, at
 * the layout's coordinates), presentation attributes rather than CSS classes, so that slide
 * tools and vector editors import it. Text is logical Unicode; the viewer shapes it and
 * applies the bidi algorithm with the line's paragraph direction.
 */
export interface SvgOptions {
  /** The part of the map to draw (map px); default: the whole scene. */
  view?: Rect;
  /** Output size in CSS px; default: the view's size. */
  width?: number;
  height?: number;
  /** A fill behind everything; absent: transparent. */
  background?: string;
  /** `@font-face` rules (with data: URLs) to embed; absent: fonts are referenced by name. */
  fontCss?: string;
  title?: string;
}

const n = (value: number): string => String(Math.round(value * 100) / 100);

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

function strokeAttrs(stroke: Stroke | undefined): string {
  if (!stroke) return '';
  const dash = stroke.dash ? ` stroke-dasharray="${stroke.dash.map(n).join(' ')}"` : '';
  return ` stroke="${stroke.color}" stroke-width="${n(stroke.width)}"${dash}`;
}

function textElements(shape: TextShape): string {
  const { fontSize, weight } = shape.style;
  const rtl = shape.direction === 'rtl';
  const common =
    `font-size="${n(fontSize)}"` +
    (weight === 'bold' ? ` font-weight="${CSS_FONT_WEIGHT.bold}"` : '') +
    ` fill="${shape.color}"` +
    (rtl ? ' direction="rtl"' : '');
  return shape.lines
    .filter((line) => line.text !== '')
    .map((line) => {
      // In a right-to-left paragraph the start of the text is its right end.
      const x = rtl ? line.x + line.width : line.x;
      return `<text x="${n(x)}" y="${n(line.baseline)}" ${common}>${escapeXml(line.text)}</text>`;
    })
    .join('');
}

export function shapeToSvg(shape: Shape): string {
  switch (shape.kind) {
    case 'rect': {
      const r = shape.radius ? ` rx="${n(shape.radius)}"` : '';
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}"${r} fill="${shape.fill ?? 'none'}"${strokeAttrs(shape.stroke)}/>`;
    }
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill ?? 'none'}"${strokeAttrs(shape.stroke)}/>`;
    case 'polyline': {
      const points = shape.points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
      const line = `<polyline points="${points}" fill="none"${strokeAttrs(shape.stroke)}/>`;
      const head = shape.arrow ? arrowHead(shape.points) : null;
      if (!head) return line;
      const tri = head.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
      return `${line}<polygon points="${tri}" fill="${shape.stroke.color}"/>`;
    }
    case 'curve': {
      const d = [
        `M${n(shape.start.x)} ${n(shape.start.y)}`,
        ...shape.segments.map(
          (s) => `C${n(s.c1.x)} ${n(s.c1.y)} ${n(s.c2.x)} ${n(s.c2.y)} ${n(s.to.x)} ${n(s.to.y)}`,
        ),
      ].join('');
      return `<path d="${d}" fill="none"${strokeAttrs(shape.stroke)} stroke-linecap="round"/>`;
    }
    case 'text':
      return textElements(shape);
  }
}

export function buildSvg(scene: Scene, options: SvgOptions = {}): string {
  const view = options.view ?? scene.bounds;
  const width = options.width ?? view.width;
  const height = options.height ?? view.height;
  const shapes = options.view ? shapesIn(scene.shapes, view) : scene.shapes;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="${n(view.x)} ${n(view.y)} ${n(view.width)} ${n(view.height)}">`,
  ];
  if (options.title) parts.push(`<title>${escapeXml(options.title)}</title>`);
  if (options.fontCss) parts.push(`<defs><style>${options.fontCss}</style></defs>`);
  if (options.background) {
    parts.push(
      `<rect x="${n(view.x)}" y="${n(view.y)}" width="${n(view.width)}" height="${n(view.height)}" fill="${options.background}"/>`,
    );
  }
  // Kerning and optional ligatures off: the layout measured the lines without them.
  parts.push(
    `<g font-family="${escapeXml(CSS_FONT_FAMILY)}" style="font-kerning:none;font-variant-ligatures:none" xml:space="preserve">`,
  );
  for (const shape of shapes) parts.push(shapeToSvg(shape));
  parts.push('</g></svg>');
  return parts.join('');
}
