// `npm run bench` picks up `*.bench.ts`; the import benchmark lives in importBench.ts, which
// also runs on its own.
export { run } from './importBench';
