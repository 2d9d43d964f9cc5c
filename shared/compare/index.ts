/**
 * The visual compare of two versions of a map, framework-free: what to draw (the new map with
 * ghosts of removed records), how each changed record is marked, and the change list in
 * words. Used by the app's compare view and by `journey-studio export --compare`.
 */
export {
  compareMaps,
  COMPARE_STATUSES,
  type CompareEntry,
  type CompareMark,
  type CompareStatus,
  type CompareView,
  type MarkedKind,
} from './compareView';
export {
  BADGE_RADIUS,
  COMPARE_STYLES,
  compareDecorations,
  fadeGhosts,
  GHOST_DASH,
  OUTLINE_WIDTH,
  towardsWhite,
  type CompareStyle,
  type Decoration,
} from './decoration';
export { ghostMap } from './ghostMap';
export { conflictFlags, type ConflictFlag } from './conflictFlags';
