export { loadMap, loadMapValue, type LoadResult } from './loadMap';
export { looksBinary, tooLargeProblem } from './parseText';
export { formatPath, makeProblem, type Problem } from './problem';
export {
  englishT,
  formatProblemMessage,
  type ProblemCode,
  type ProblemParams,
  type Translate,
} from './messages';
