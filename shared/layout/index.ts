export { layoutMap } from './layoutMap';
export { createLayoutCache, type LayoutCache } from './cache';
export {
  CANVAS_LIMITS,
  cellKey,
  LAYOUT,
  TEXT_STYLES,
  type LayoutOptions,
  type TextStyleName,
} from './constants';
export {
  CSS_FONT_FAMILY,
  CSS_FONT_WEIGHT,
  CSS_TEXT_RENDERING,
  FONT_FACES,
  FONT_FILES,
  FONT_WEIGHTS,
  type FontFace,
  type FontWeight,
} from './fonts';
export { baselineOffset, fontFaceOf, textWidth, type TextStyle } from './measure';
export { ELLIPSIS, wrapText, type WrappedLine, type WrappedText } from './wrap';
export { textBlock } from './textBlock';
export { monotoneSegments } from './curve';
export { routeBetween } from './connectors';
export { scoreY } from './emotions';
export { NOTE_COLOR } from './notes';
export { PERSONA_DASHES, personaDash, personaInitials } from './personaMarks';
export {
  LANE_KIND_COLORS,
  PERSONA_PALETTE,
  PRIORITY_COLORS,
  SEVERITY_COLORS,
  DARK_TEXT,
  LIGHT_TEXT,
  textColorOn,
} from './palette';
export type * from './types';
export { metricsLaneHeight } from './metricsLane';
