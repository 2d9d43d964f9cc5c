import type { CanvasFigures, CanvasRow } from './driver';

/** The canvas bench's table: per map size the three canvases and the editor's ratios to each. */
export function canvasTable(rows: CanvasRow[]): string {
  const header = [
    'cards',
    'canvas',
    'in DOM',
    'first render ms',
    'pan frame ms (mean)',
    'pan fps',
    'pan frame ms (p95)',
    'edit→paint ms',
    'cards rendered/edit',
  ];
  const lines: string[][] = [header];
  const ms = (n: number) => n.toFixed(1);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  const figures = (f: CanvasFigures): string[] => [
    String(f.cards),
    f.kind,
    String(f.mountedCards),
    ms(f.firstRenderMs),
    ms(f.meanFrameMs),
    f.fps.toFixed(1),
    ms(f.p95FrameMs),
    ms(f.editMs),
    f.cardRendersPerEdit === null ? '—' : String(f.cardRendersPerEdit),
  ];
  const ratios = (editor: CanvasFigures, other: CanvasFigures): string[] => [
    String(editor.cards),
    `editor / ${other.kind}`,
    '',
    ratio(editor.firstRenderMs, other.firstRenderMs),
    ratio(editor.meanFrameMs, other.meanFrameMs),
    ratio(editor.fps, other.fps),
    ratio(editor.p95FrameMs, other.p95FrameMs),
    ratio(editor.editMs, other.editMs),
    '',
  ];
  for (const { editor, bare, bareVisible } of rows) {
    lines.push(figures(editor), figures(bare), figures(bareVisible));
    lines.push(ratios(editor, bare), ratios(editor, bareVisible));
  }
  const widths = header.map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
  const format = (l: string[]) => `| ${l.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    format(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...lines.slice(1).map(format),
  ].join('\n');
}
