/**
 * Render counts of canvas components, read by the benchmark page (test/bench/canvas) to show
 * that one edit renders one card. Only that page's build turns it on; in the app the check is
 * a constant and the counting is compiled out.
 */
export const renderCounts: Record<string, number> = {};

export function countRender(kind: string): void {
  if (import.meta.env.VITE_RENDER_PROBE === 'on')
    renderCounts[kind] = (renderCounts[kind] ?? 0) + 1;
}
