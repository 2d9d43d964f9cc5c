/**
 * The part of papaparse's API the importer uses. `@types/papaparse` is not installed on
 * purpose: it references Node's typings (for its stream API), which would make Node globals
 * visible in shared/ and defeat the check that shared/ stays platform-neutral.
 */
declare module 'papaparse' {
  interface ParseError {
    type: string;
    code:
      | 'MissingQuotes'
      | 'UndetectableDelimiter'
      | 'TooFewFields'
      | 'TooManyFields'
      | 'InvalidQuotes';
    message: string;
    row?: number;
  }
  interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: { delimiter: string; linebreak: string; aborted: boolean; truncated: boolean };
  }
  interface ParseConfig {
    delimiter?: string;
    newline?: string;
    quoteChar?: string;
    preview?: number;
    skipEmptyLines?: boolean | 'greedy';
  }
  interface UnparseConfig {
    delimiter?: string;
    newline?: string;
    quotes?: boolean;
    escapeFormulae?: boolean;
  }
  const Papa: {
    parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
    unparse(data: readonly (readonly string[])[], config?: UnparseConfig): string;
  };
  export default Papa;
}
