import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The design's arrows (docs/architecture.md): which of our folders each folder may import.
 * Every folder not listed for a layer is fenced off from it, so a new arrow is a change to this
 * table, seen in review. `shared` is the IPC contract between Electron's processes, `sample` the
 * bundled seed text. Tests (`*.test.ts`) compose layers and are not fenced.
 */
const arrows = {
  ui: [
    'db',
    'import',
    'search',
    'host',
    'core',
    'workers',
    'interop',
    'shared',
    'sample',
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
  sample: [],
};
const layers = Object.keys(arrows);

// Arrows for types only: the IPC contract speaks in core's types where the two meet (the watch
// fetch's request and response are one shape, written in core/watch), but the Electron processes
// that import the contract must not bundle core code through it.
const typeArrows = { shared: ['core'] };

// Packages a layer must not reach for: the UI library outside the UI, the database outside db
// (search and import see it only through db), Electron outside its processes.
const react = ['react', 'react-dom', 'react-dom/*', 'dexie-react-hooks'];
const packagesBarred = {
  ui: ['electron'],
  db: [...react, 'electron'],
  import: [...react, 'dexie', 'electron'],
  capture: [...react, 'dexie', 'electron'],
  search: [...react, 'dexie', 'electron'],
  workers: [...react, 'dexie', 'electron'],
  cli: [...react, 'dexie', 'electron'],
  interop: [...react, 'dexie', 'electron'],
  core: [...react, 'dexie', 'electron'],
  'worker-client': [...react, 'dexie', 'electron'],
  host: [...react, 'dexie'],
  shared: [...react, 'dexie', 'electron'],
  sample: [...react, 'dexie', 'electron'],
};

/** The no-restricted-imports options that fence `layer`, plus any `extra` patterns. */
function fenceOptions(layer, extra = []) {
  const typesOnly = typeArrows[layer] ?? [];
  const barred = layers.filter(
    (other) => other !== layer && !arrows[layer].includes(other) && !typesOnly.includes(other),
  );
  const allowed = arrows[layer].length ? arrows[layer].join(', ') : 'nothing of ours';
  const types = typesOnly.length ? ` (and types of ${typesOnly.join(', ')})` : '';
  const message = `src/${layer} may import only ${allowed}${types} (docs/architecture.md).`;
  const packages = packagesBarred[layer];
  const group = (folders) => folders.flatMap((l) => [`**/${l}`, `**/${l}/**`]);
  return {
    paths: packages.filter((p) => !p.includes('*')).map((name) => ({ name, message })),
    patterns: [
      ...(barred.length ? [{ group: group(barred), message }] : []),
      ...(typesOnly.length ? [{ group: group(typesOnly), allowTypeImports: true, message }] : []),
      { group: [...new Set(packages.map((p) => (p.includes('*') ? p : `${p}/*`)))], message },
      ...extra,
    ],
  };
}

function fence(layer) {
  return {
    files:
      layer === 'ui' ? ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'] : [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', fenceOptions(layer)] },
  };
}

/**
 * The UI's one door to data: outside src/ui/data, components read and write the archive only
 * through named queries and writes (src/db, ui/data), never its tables. So no Dexie and no
 * database class (a type is fine), and nothing read off `archive()` itself — it is handed to a
 * named query, as in `getArticle(archive(), id)`.
 */
const doorMessage =
  'Outside src/ui/data, reach the archive through a named query or write (src/db, src/ui/data), never its tables (docs/architecture.md).';
const door = {
  files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
  ignores: ['src/ui/data/**', '**/*.test.ts', '**/*.test.tsx'],
  rules: {
    'no-restricted-imports': [
      'error',
      fenceOptions('ui', [
        { group: ['dexie', 'dexie/*'], message: doorMessage },
        { group: ['**/db/database'], allowTypeImports: true, message: doorMessage },
      ]),
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "MemberExpression[object.type='CallExpression'][object.callee.name='archive']",
        message: doorMessage,
      },
      {
        selector: "VariableDeclarator[init.type='CallExpression'][init.callee.name='archive']",
        message: doorMessage,
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist-cli/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      // AssemblyScript (its own types and decorators), compiled by scripts/build-wasm.ts.
      'src/core/text/assembly/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware checks: a promise nobody awaits or catches loses its failure; a condition the
    // types say is always true (or false) and an assertion to the type already known are dead code.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unnecessary-condition': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/ui/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layers.map(fence),
  door,
  {
    // The electron processes share only the IPC contract with the renderer.
    files: ['electron/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: layers
                .filter((l) => l !== 'shared')
                .flatMap((l) => [`**/src/${l}`, `**/src/${l}/**`]),
              message: 'electron/ may import only src/shared (docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // The core is pure: no UI, storage, DOM or shell. Keeps it testable in Node and reusable by the CLI.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'indexedDB',
        'DOMParser',
      ],
    },
  },
  {
    // Spread arguments put every element on the call stack: an input-sized array overflows it
    // (found.push(...echoes) crashed on two copies of a 5 MB text). Loop instead.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message: 'No spread arguments in core: their size grows with the input. Use a loop.',
        },
      ],
    },
  },
);
