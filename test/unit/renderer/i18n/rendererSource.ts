import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * What the renderer's source says to users, read with the TypeScript compiler: the i18n keys
 * it names and the text it writes into JSX without going through i18n.
 */
export interface Finding {
  /** `renderer/toolbar/Toolbar.tsx:12` */
  readonly where: string;
  readonly text: string;
}

export interface KeyUse extends Finding {
  /**
   * `key`: a whole key (a `t()` argument); `prefix`: the fixed start of a key built at run
   * time (`shortcuts.keys.${key}`); `keyOrSection`: a string shaped like a key elsewhere in
   * the code, which names a key or a section that keys are built under
   * (`choose(CHANNELS, 'editor.channels')`).
   */
  readonly kind: 'key' | 'prefix' | 'keyOrSection';
}

/** Attributes that screen readers speak or browsers show as text. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

const HAS_LETTER = /\p{L}/u;

export function sourceFiles(root: string, extensions = ['.ts', '.tsx']): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .filter((entry) => !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function parse(file: string): ts.SourceFile {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
}

function where(source: ts.SourceFile, node: ts.Node, base: string): string {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
  return `${path.relative(base, source.fileName)}:${line + 1}`;
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

/** `t(…)`, `i18n.t(…)`, `i18next.t(…)`, and a `t` passed under another name is not seen. */
function isTranslateCall(node: ts.Node): node is ts.CallExpression {
  if (!ts.isCallExpression(node)) return false;
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't';
}

/**
 * Every key the renderer names: the first argument of `t()` calls, `i18nKey` attributes,
 * and any other string that has the shape of a key in one of `sections` (action labels in
 * the registry, label tables such as `{ dark: 'settings.themes.dark' }`).
 */
export function keyUses(
  files: readonly string[],
  base: string,
  sections: readonly string[],
): KeyUse[] {
  const keyShape = new RegExp(`^(?:${sections.join('|')})\\.[\\w.-]+$`);
  // File names such as 'export.html' have the shape too.
  const fileName = /\.(?:html|json|css|js|ts|tsx|png|pdf|svg)$/;
  const uses: KeyUse[] = [];
  for (const file of files) {
    const source = parse(file);
    const seen = new Set<ts.Node>();
    walk(source, (node) => {
      if (isTranslateCall(node)) {
        const [first] = node.arguments;
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          uses.push({ where: where(source, first, base), text: first.text, kind: 'key' });
          seen.add(first);
        } else if (first && ts.isTemplateExpression(first)) {
          uses.push({ where: where(source, first, base), text: first.head.text, kind: 'prefix' });
        }
      } else if (
        ts.isJsxAttribute(node) &&
        node.name.getText(source) === 'i18nKey' &&
        node.initializer &&
        ts.isStringLiteral(node.initializer)
      ) {
        uses.push({ where: where(source, node, base), text: node.initializer.text, kind: 'key' });
        seen.add(node.initializer);
      } else if (
        (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
        !seen.has(node) &&
        !ts.isImportDeclaration(node.parent) &&
        keyShape.test(node.text) &&
        !fileName.test(node.text)
      ) {
        uses.push({ where: where(source, node, base), text: node.text, kind: 'keyOrSection' });
      }
    });
  }
  return uses;
}

/** A string literal given to a text attribute, directly or as `{'…'}`. */
function attributeLiteral(attribute: ts.JsxAttribute): ts.StringLiteralLike | null {
  const value = attribute.initializer;
  if (!value) return null;
  if (ts.isStringLiteral(value)) return value;
  if (ts.isJsxExpression(value) && value.expression) {
    const inner = value.expression;
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner;
  }
  return null;
}

/**
 * Text written straight into JSX: text children, `{'…'}` children, and string literals in
 * text attributes, when they hold a letter. Punctuation, digits and symbols (`•`, `×`, `→`)
 * are not words and pass.
 */
export function hardCodedTexts(files: readonly string[], base: string): Finding[] {
  const found: Finding[] = [];
  for (const file of files.filter((f) => f.endsWith('.tsx'))) {
    const source = parse(file);
    walk(source, (node) => {
      if (ts.isJsxText(node)) {
        const text = node.text.trim();
        if (HAS_LETTER.test(text)) found.push({ where: where(source, node, base), text });
      } else if (
        ts.isJsxExpression(node) &&
        node.expression &&
        (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) &&
        (ts.isStringLiteral(node.expression) ||
          ts.isNoSubstitutionTemplateLiteral(node.expression)) &&
        HAS_LETTER.test(node.expression.text)
      ) {
        found.push({ where: where(source, node, base), text: node.expression.text });
      } else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(source))) {
        const literal = attributeLiteral(node);
        if (literal && HAS_LETTER.test(literal.text)) {
          found.push({
            where: where(source, node, base),
            text: `${node.name.getText(source)}="${literal.text}"`,
          });
        }
      }
    });
  }
  return found;
}
