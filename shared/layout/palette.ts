import type { LaneKind, Priority, Severity } from '../model';

/**
 * Colours the layout decides so that the canvas and every export fill things alike.
 * Document colours (card, lane, stage, persona, brand) win over these defaults.
 */

/** Default fill of cards and lane headers, by lane kind: light, so dark text reads on it. */
export const LANE_KIND_COLORS: Record<LaneKind, string> = {
  actions: '#dbeafe',
  touchpoints: '#dcfce7',
  channels: '#d1fae5',
  thoughts: '#ede9fe',
  emotions: '#fef3c7',
  painPoints: '#fee2e2',
  opportunities: '#ccfbf1',
  kpis: '#e0f2fe',
  owners: '#f1f5f9',
  physicalEvidence: '#f5f5f4',
  frontstage: '#e0e7ff',
  backstage: '#f3e8ff',
  support: '#e2e8f0',
  text: '#ffffff',
};

/** Emotion curves of personas without a colour of their own, in persona order. */
export const PERSONA_PALETTE = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2'];

export const SEVERITY_COLORS: Record<Severity, string> = {
  low: '#65a30d',
  medium: '#ca8a04',
  high: '#ea580c',
  critical: '#dc2626',
};

export const PRIORITY_COLORS: Record<Priority, string> = {
  low: '#64748b',
  medium: '#0284c7',
  high: '#7c3aed',
};

export const DARK_TEXT = '#1f2937';
export const LIGHT_TEXT = '#ffffff';

/** WCAG relative luminance of a `#rrggbb` colour. */
export function luminance(color: string): number {
  const channel = (offset: number): number => {
    const value = parseInt(color.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

const DARK_LUMINANCE = luminance(DARK_TEXT);

const textColors = new Map<string, string>();

/** Dark text on light fills, white on dark ones: whichever contrasts more. */
export function textColorOn(fill: string): string {
  let color = textColors.get(fill);
  if (color === undefined) {
    const l = luminance(fill);
    color = 1.05 / (l + 0.05) > (l + 0.05) / (DARK_LUMINANCE + 0.05) ? LIGHT_TEXT : DARK_TEXT;
    if (textColors.size < 1000) textColors.set(fill, color); // a few dozen colours in practice
  }
  return color;
}
