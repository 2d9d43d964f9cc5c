export { mapToMermaid, type MermaidExport } from './exportMap';
export {
  formatMermaidProblem,
  mermaidToMap,
  type MermaidImport,
  type MermaidImportOptions,
  type MermaidProblem,
} from './importMap';
