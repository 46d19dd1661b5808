import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Probe files do not exist, so the type-aware rules (which need a real file in a tsconfig) are
// off here; the fences do not use types.
const eslint = new ESLint({
  overrideConfig: {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
});
const lintAs = async (filePath: string, code: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
};
const importing = (from: string): string => `import { x } from '${from}';\nexport const y = x;\n`;

// Every folder of ours, for the imports that each layer must be refused.
const folders = [
  'ui',
  'db',
  'import',
  'search',
  'host',
  'core',
  'workers',
  'cli',
  'interop',
  'shared',
  'capture',
  'worker-client',
];

// The design's arrows (docs/architecture.md), written here independently of eslint.config.js:
// the test checks that the config enforces exactly these.
const arrows: Record<string, readonly string[]> = {
  ui: [
    'db',
    'import',
    'search',
    'host',
    'core',
    'workers',
    'interop',
    'shared',
    'capture',
    'worker-client',
  ],
  db: ['core'],
  import: ['db', 'core'],
  capture: ['db', 'import', 'core'],
  search: ['core', 'worker-client'],
  workers: ['core', 'worker-client'],
  cli: ['core', 'import', 'interop'],
  interop: ['core'],
  core: [],
  'worker-client': [],
  host: ['shared'],
  shared: [],
};

describe('the lint fences between layers', () => {
  for (const [layer, allowed] of Object.entries(arrows)) {
    const file = `src/${layer}/probe.ts`;
    const others = folders.filter((f) => f !== layer);
    it.each(others.filter((f) => !allowed.includes(f)))(`src/${layer} is refused %s`, async (f) => {
      expect(await lintAs(file, importing(`../${f}/anything`))).toContain('no-restricted-imports');
    });
    it.each(allowed)(`src/${layer} may import %s`, async (f) => {
      expect(await lintAs(file, importing(`../${f}/anything`))).toEqual([]);
    });
  }

  it('lets the IPC contract (src/shared) use a core type, but not core code', async () => {
    const typeOnly = "import type { X } from '../core/anything';\nexport type Y = X;\n";
    expect(await lintAs('src/shared/probe.ts', typeOnly)).toEqual([]);
    expect(await lintAs('src/shared/probe.ts', importing('../core/anything'))).toContain(
      'no-restricted-imports',
    );
  });

  it('fences a nested file and a folder index as well as a sibling file', async () => {
    expect(
      await lintAs('src/db/backup/probe.ts', importing('../../search/search-engine')),
    ).toContain('no-restricted-imports');
    expect(await lintAs('src/search/probe.ts', importing('../db'))).toContain(
      'no-restricted-imports',
    );
    expect(await lintAs('src/search/probe.ts', importing('./search-engine'))).toEqual([]);
  });

  it('keeps packages where they belong: Dexie in db, React in the UI, Electron out of the renderer', async () => {
    expect(await lintAs('src/search/probe.ts', importing('dexie'))).toContain(
      'no-restricted-imports',
    );
    expect(await lintAs('src/db/probe.ts', importing('react'))).toContain('no-restricted-imports');
    expect(await lintAs('src/ui/probe.ts', importing('electron'))).toContain(
      'no-restricted-imports',
    );
    expect(await lintAs('src/db/probe.ts', importing('dexie'))).toEqual([]);
  });

  it('lets Electron processes import only the IPC contract', async () => {
    expect(await lintAs('electron/main/probe.ts', importing('../../src/db/database'))).toContain(
      'no-restricted-imports',
    );
    expect(await lintAs('electron/main/probe.ts', importing('../../src/shared/ipc'))).toEqual([]);
  });
});

describe('the one door from the UI to data', () => {
  const component = 'src/ui/library/probe.ts';
  const archiveImport = "import { archive } from '../data/archive';\n";

  it('refuses reading a table off the archive in a component', async () => {
    expect(
      await lintAs(
        component,
        `${archiveImport}export const n = () => archive().articles.count();\n`,
      ),
    ).toContain('no-restricted-syntax');
    expect(
      await lintAs(
        component,
        `${archiveImport}export const n = () => { const db = archive(); return db; };\n`,
      ),
    ).toContain('no-restricted-syntax');
  });

  it('refuses Dexie and the database class in a component, but not a type of it', async () => {
    expect(await lintAs(component, importing('dexie'))).toContain('no-restricted-imports');
    expect(await lintAs(component, importing('../../db/database'))).toContain(
      'no-restricted-imports',
    );
    expect(
      await lintAs(
        component,
        "import type { ArchiveDatabase } from '../../db/database';\nexport type D = ArchiveDatabase;\n",
      ),
    ).toEqual([]);
  });

  it('lets a component go through a named query, and ui/data hold the database', async () => {
    expect(
      await lintAs(
        component,
        `import { getArticle } from '../../db/articles';\n${archiveImport}export const a = (id: string) => getArticle(archive(), id);\n`,
      ),
    ).toEqual([]);
    expect(
      await lintAs(
        'src/ui/data/probe.ts',
        `import { Dexie } from 'dexie';\n${archiveImport}export const n = () => archive().articles.count();\nexport const D = Dexie;\n`,
      ),
    ).toEqual([]);
  });

  it('keeps the layer fence for components too', async () => {
    expect(await lintAs(component, importing('../../cli/anything'))).toContain(
      'no-restricted-imports',
    );
  });
});

describe('the core stays pure', () => {
  it.each([
    "import { useState } from 'react';",
    "import Dexie from 'dexie';",
    "import { ipcRenderer } from 'electron';",
    "import { db } from '../db/database';",
    "import { useHost } from '../ui/host-context';",
  ])('rejects %s', async (line) => {
    expect(await lintAs('src/core/probe.ts', `${line}\nexport const x = 1;\n`)).toContain(
      'no-restricted-imports',
    );
  });

  it('rejects DOM globals', async () => {
    expect(await lintAs('src/core/probe.ts', 'export const title = document.title;\n')).toContain(
      'no-restricted-globals',
    );
  });

  it('accepts plain TypeScript and jsdiff', async () => {
    expect(
      await lintAs(
        'src/core/probe.ts',
        "import { diffArrays } from 'diff';\nexport const d = diffArrays;\n",
      ),
    ).toEqual([]);
  });
});
