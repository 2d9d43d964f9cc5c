/**
 * Numbers as people and spreadsheets in any locale write them: `1 234,5` (Russian, Polish,
 * with a space, NBSP or narrow NBSP between thousands), `1.234,5` (German), `1,234.5`
 * (English), `1'234.5` (Swiss), `12,5%`, `$1,200`, `1 200 ₽`, `(300)` and `−5` for negatives,
 * Persian digits `۱۲٫۵`. What cannot be told apart — `1,234` is 1234 in English and 1.234 in
 * Russian — is returned as ambiguous with both readings, for the caller to resolve from the
 * rest of the column or from the user; it is never guessed here.
 */
export type DecimalMark = ',' | '.';

export interface NumberValue {
  kind: 'number';
  value: number;
  unit?: 'percent' | 'currency';
  /** The currency symbol or code as written (`$`, `₽`, `zł`, `EUR`). */
  currency?: string;
  /** The decimal mark this text proves the writer used, when it proves one. */
  evidence?: DecimalMark;
}

export type NumberReading =
  | NumberValue
  | { kind: 'ambiguous'; readings: Record<DecimalMark, NumberValue> }
  | { kind: 'invalid' };

const MINUS = /^[-−‒–]/;
const PERCENT = /\s*[%٪]$/;
/** Currency symbols (Unicode category Sc) before or after the number. */
const SYMBOL_BEFORE = /^(\p{Sc})\s*/u;
const SYMBOL_AFTER = /\s*(\p{Sc})$/u;
/** Currency written as letters: ISO codes and the usual abbreviations of our languages. */
const CODE_BEFORE = /^([A-Z]{3})\s+/;
const CODE_AFTER = /\s*([A-Z]{3}|zł|руб\.?|р\.|грн\.?|ریال|تومان)$/u;
/** Spaces of all widths and apostrophes: only ever thousands separators. */
const GROUP_SPACE = /[\s\u00a0\u202f\u2009'’]/g;
const HAS_GROUP_SPACE = /[\s\u00a0\u202f\u2009'’]/;
const BODY = /^(\d[\d.,]*|[.,]\d+)$/;
const EXPONENT = /[eE]([+-]?\d{1,3})$/;

/** Persian and Arabic-Indic digits and separators to ASCII (٫ is a decimal mark, ٬ a group). */
function asciiDigits(text: string): { text: string; arabicDecimal: boolean } {
  let arabicDecimal = false;
  const out = text.replace(/[\u06f0-\u06f9\u0660-\u0669\u066b\u066c]/g, (char) => {
    const code = char.charCodeAt(0);
    if (code === 0x066b) {
      arabicDecimal = true;
      return '\u0000';
    }
    if (code === 0x066c) return ' ';
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
  return { text: out, arabicDecimal };
}

export function readNumber(raw: string, decimalMark?: DecimalMark): NumberReading {
  const ascii = asciiDigits(raw.trim());
  const arabicDecimal = ascii.arabicDecimal;
  let text = ascii.text;
  if (text === '') return INVALID;
  const base: Base = {};
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (MINUS.test(text)) {
    negative = !negative;
    text = text.slice(1).trim();
  }
  if (PERCENT.test(text)) {
    base.unit = 'percent';
    text = text.replace(PERCENT, '');
  }
  const currency =
    SYMBOL_BEFORE.exec(text) ??
    CODE_BEFORE.exec(text) ??
    SYMBOL_AFTER.exec(text) ??
    CODE_AFTER.exec(text);
  if (currency && base.unit === undefined) {
    base.unit = 'currency';
    base.currency = currency[1] as string;
    text = text.replace(currency[0], '').trim();
    if (MINUS.test(text)) {
      negative = !negative;
      text = text.slice(1).trim();
    }
  }
  let exponent = '';
  const exp = EXPONENT.exec(text);
  if (exp) {
    exponent = `e${exp[1] as string}`;
    text = text.slice(0, exp.index);
  }
  const spaced = HAS_GROUP_SPACE.test(text);
  text = text.replace(GROUP_SPACE, ' ');
  if (arabicDecimal) {
    const digits = text.replace(/ /g, '').replace('\u0000', '.');
    if (!/^\d*\.?\d+$|^\d+\.$/.test(digits)) return INVALID;
    return finish(digits, exponent, negative, base, undefined);
  }
  return readMarks(text, spaced, exponent, negative, base, decimalMark);
}

type Base = Omit<NumberValue, 'value' | 'kind'>;

function readMarks(
  text: string,
  spaced: boolean,
  exponent: string,
  negative: boolean,
  base: Base,
  decimalMark: DecimalMark | undefined,
): NumberReading {
  const compact = text.replace(/ /g, '');
  if (!BODY.test(compact)) return INVALID;
  if (spaced && !validGroups(text.split(/[.,]/)[0] as string, ' ')) return INVALID;
  const number = (digits: string, evidence?: DecimalMark) =>
    finish(digits, exponent, negative, base, evidence);
  const commas = count(compact, ',');
  const points = count(compact, '.');
  if (commas === 0 && points === 0) return number(compact);
  if (commas > 0 && points > 0) {
    // 1.234,5 or 1,234.5: the last mark is the decimal one, the other groups thousands.
    const decimal: DecimalMark = compact.lastIndexOf(',') > compact.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const [whole, fraction] = compact.split(decimal) as [string, string | undefined];
    if (count(compact, decimal) > 1 || !validGroups(whole, group)) return INVALID;
    return number(`${whole.split(group).join('')}.${fraction ?? ''}`, decimal);
  }
  const mark: DecimalMark = commas > 0 ? ',' : '.';
  const other: DecimalMark = mark === ',' ? '.' : ',';
  if (commas + points > 1) {
    // 1,234,567 or 1.234.567: the mark groups thousands, so the decimal mark is the other one.
    if (spaced || !validGroups(compact, mark)) return INVALID;
    return number(compact.split(mark).join(''), other);
  }
  const [whole, fraction] = compact.split(mark) as [string, string];
  const provesDecimal =
    spaced || fraction.length !== 3 || whole === '' || whole === '0' || whole.length > 3;
  if (provesDecimal) return number(`${whole}.${fraction}`, mark);
  // 1,234 or 1.234: a decimal fraction, or thousands?
  const readings = {
    [mark]: number(`${whole}.${fraction}`),
    [other]: number(whole + fraction),
  } as Record<DecimalMark, NumberValue>;
  if (decimalMark) return readings[decimalMark];
  return { kind: 'ambiguous', readings };
}

const INVALID: NumberReading = { kind: 'invalid' };

function finish(
  digits: string,
  exponent: string,
  negative: boolean,
  base: Base,
  evidence: DecimalMark | undefined,
): NumberValue {
  const value = Number(`${digits}${exponent}`);
  const result: NumberValue = {
    kind: 'number',
    value: negative && value !== 0 ? -value : value,
    ...base,
  };
  if (evidence) result.evidence = evidence;
  return result;
}

/** `1 234 567` / `1,234,567`: a first group of 1–3 digits, then groups of exactly 3. */
function validGroups(text: string, separator: string): boolean {
  return text
    .split(separator)
    .every((group, i) => /^\d+$/.test(group) && (i === 0 ? group.length <= 3 : group.length === 3));
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}
