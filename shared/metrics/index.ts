export {
  metricRows,
  meetsTarget,
  type MetricRow,
  type StageValue,
  type Trend,
} from './stageValues';
export { funnelMetrics, funnelOf, type Funnel, type FunnelStep } from './funnel';
export { formatMetricChange, formatMetricValue, formatShare } from './formatValue';
export {
  REVIEW_DUE_DAYS,
  REVIEW_INTERVAL_MONTHS,
  localDate,
  nextReviewAfter,
  reviewStatus,
  type ReviewState,
  type ReviewStatus,
} from './review';
export { describeReview, needsReview } from './reviewText';
export {
  planMetricsImport,
  type MetricsImportPlan,
  type MetricsImportSource,
} from './importOperation';
export { funnelText, type FunnelStepText, type FunnelText } from './funnelText';
export { metricLineText } from './lineText';
