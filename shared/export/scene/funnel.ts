import { textBlock, textWidth, type TextStyle } from '../../layout';
import type { Funnel, FunnelText } from '../../metrics';
import type { BaseDirection } from '../text/visualRuns';
import { SCENE_COLORS } from './colors';
import { textShape } from './textShape';
import type { Shape } from './types';

/**
 * A funnel drawn as scene shapes: a heading, the biggest drop called out, then a row per
 * stage with its name, a bar as long as its count (the largest count fills the width) with
 * the count after it, and under the bar the share that goes on and the customers lost. The
 * SVG and PNG exports put it under the map; the PDF's metrics page draws the same shapes.
 */

export interface FunnelLabels extends FunnelText {
  /** The deliverable's direction: RTL mirrors the drawing (names at the right). */
  direction: BaseDirection;
}

const HEADING: TextStyle = { fontSize: 15, lineHeight: 20, weight: 'bold' };
const CALLOUT: TextStyle = { fontSize: 12, lineHeight: 17, weight: 'bold' };
const NAME: TextStyle = { fontSize: 12, lineHeight: 16, weight: 'regular' };
const VALUE: TextStyle = { fontSize: 12, lineHeight: 18, weight: 'bold' };
const NOTE: TextStyle = { fontSize: 11, lineHeight: 15, weight: 'regular' };
const BAR_HEIGHT = 18;
const GAP = 8;
const ROW_GAP = 10;

/**
 * The funnel's shapes for a drawing `width` px wide, with its top-left corner at (0, 0)
 * (move them with `shiftShapes`), and the height they take.
 */
export function funnelScene(
  funnel: Funnel,
  labels: FunnelLabels,
  width: number,
): { elements: Shape[]; height: number } {
  const rtl = labels.direction === 'rtl';
  const align = rtl ? 'right' : 'left';
  const dir = labels.direction;
  /** x of a box `w` wide that starts at `x` in the left-to-right drawing. */
  const at = (x: number, w: number): number => (rtl ? width - x - w : x);
  const elements: Shape[] = [];
  let y = 0;
  const heading = textBlock(labels.heading, at(0, width), y, width, HEADING, align, 2);
  elements.push(textShape(heading, SCENE_COLORS.metricsText, dir));
  y += heading.height + GAP;
  if (labels.biggestDrop) {
    const callout = textBlock(labels.biggestDrop, at(0, width), y, width, CALLOUT, align, 2);
    elements.push(textShape(callout, SCENE_COLORS.bad, dir));
    y += callout.height + GAP;
  }
  const nameWidth = Math.min(180, Math.max(80, width * 0.25));
  const valueWidth = Math.max(0, ...labels.steps.map((s) => textWidth(s.value, VALUE))) + GAP;
  const barStart = nameWidth + GAP;
  const barRoom = Math.max(20, width - barStart - valueWidth);
  const largest = Math.max(0, ...funnel.steps.map((s) => s.value));
  funnel.steps.forEach((step, i) => {
    const words = labels.steps[i];
    if (!words) return;
    y += i === 0 ? 0 : ROW_GAP;
    const name = textBlock(words.stageName, at(0, nameWidth), y, nameWidth, NAME, align, 2);
    elements.push(textShape(name, SCENE_COLORS.metricsText, dir));
    const barWidth = largest > 0 ? Math.max(2, (Math.max(0, step.value) / largest) * barRoom) : 2;
    elements.push({
      kind: 'rect',
      x: at(barStart, barWidth),
      y: y + (VALUE.lineHeight - BAR_HEIGHT) / 2,
      width: barWidth,
      height: BAR_HEIGHT,
      fill: SCENE_COLORS.funnelBar,
      radius: 2,
    });
    const valueX = barStart + barWidth + GAP / 2;
    const value = textBlock(words.value, at(valueX, valueWidth), y, valueWidth, VALUE, align, 1);
    elements.push(textShape(value, SCENE_COLORS.metricsText, dir));
    let rowHeight = VALUE.lineHeight;
    const note = [words.conversion, words.dropOff].filter(Boolean).join(' · ');
    if (note) {
      const noteWidth = width - barStart;
      const worst = funnel.biggestDrop === i;
      const block = textBlock(
        note,
        at(barStart, noteWidth),
        y + VALUE.lineHeight + 2,
        noteWidth,
        worst ? { ...NOTE, weight: 'bold' } : NOTE,
        align,
        2,
      );
      elements.push(textShape(block, worst ? SCENE_COLORS.bad : SCENE_COLORS.metricsMuted, dir));
      rowHeight += 2 + block.height;
    }
    y += Math.max(rowHeight, name.height);
  });
  return { elements, height: y };
}
