import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const lintCore = async (code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath: 'src/core/probe.ts' });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
};

describe('the lint rule that keeps src/core pure', () => {
  it.each([
    "import { useState } from 'react';",
    "import Dexie from 'dexie';",
    "import { ipcRenderer } from 'electron';",
    "import { db } from '../db/database';",
    "import { useHost } from '../ui/host-context';",
  ])('rejects %s', async (line) => {
    expect(await lintCore(`${line}\nexport const x = 1;\n`)).toContain('no-restricted-imports');
  });

  it('rejects DOM globals', async () => {
    expect(await lintCore('export const title = document.title;\n')).toContain(
      'no-restricted-globals',
    );
  });

  it('accepts plain TypeScript and jsdiff', async () => {
    expect(
      await lintCore("import { diffArrays } from 'diff';\nexport const d = diffArrays;\n"),
    ).toEqual([]);
  });
});
