/** Colour arithmetic for the export's quiet lines and borders (`#rrggbb` in and out). */

function channels(color: string): [number, number, number] {
  const n = parseInt(color.slice(1, 7), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** `a` moved towards `b` by `amount` (0: a, 1: b). */
export function mix(a: string, b: string, amount: number): string {
  const ca = channels(a);
  const cb = channels(b);
  const out = ca.map((v, i) => Math.round(v + ((cb[i] ?? 0) - v) * amount));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The scene's fixed colours (document colours come from the layout). */
export const SCENE_COLORS = {
  page: '#ffffff',
  gridLine: '#d7dee8',
  corner: '#f1f5f9',
  cornerText: '#475569',
  connector: '#475569',
  blueprintLine: '#334155',
  neutralLine: '#cbd5e1',
  badgeOutline: '#64748b',
  badgeText: '#ffffff',
  votes: '#1f2937',
  label: '#ffffff',
  /** The metrics lane: its band, its text, good news (green) and bad news (red). */
  metricsFill: '#f8fafc',
  metricsText: '#1f2937',
  metricsMuted: '#475569',
  good: '#15803d',
  bad: '#b91c1c',
  /** The funnel's bars. */
  funnelBar: '#2563eb',
} as const;
