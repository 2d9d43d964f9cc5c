import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The project's own ESLint config, run through ESLint's Node API on snippets placed where
// they would live: the import boundaries between electron/, renderer/ and shared/ fire.

const eslint = new ESLint({ cwd: process.cwd() });

async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  test('electron/ importing renderer/ fails lint, in the main process and in the CLI', async () => {
    const code =
      "import { exportMap } from '../../renderer/export/exportMap';\nexport { exportMap };\n";
    for (const file of ['electron/main/export/x.ts', 'electron/cli/export/x.ts']) {
      const messages = await restricted(code, file);
      expect(messages.join('\n'), file).toMatch(/electron\/ never imports renderer\//);
    }
  });

  test('electron/ importing the shared export core passes', async () => {
    const code =
      "import { exportVector } from '../../../shared/export/exportDocument';\nexport { exportVector };\n";
    expect(await restricted(code, 'electron/cli/export/x.ts')).toEqual([]);
  });

  test('shared/ importing Node or React fails lint', async () => {
    const code = "import { readFile } from 'node:fs/promises';\nexport { readFile };\n";
    expect(await restricted(code, 'shared/export/x.ts')).not.toEqual([]);
  });
});
