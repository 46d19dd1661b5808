import { describe, expect, it } from 'vitest';
import { staticGraph } from '../support/import-graph';

// Issue 11 point 4: the library opens at 100,000 articles in under 300 ms, and the page's own
// start (fetching, compiling and running the bundle) was most of it. The page starts in two
// parts (main.tsx): the database and the library's first reads, then React and the shell. What
// each part pulls in statically is paid for before the first row; everything else loads when it
// is first used. These fence it, so a screen imported statically shows here, not in a bench.

const firstPart = staticGraph('src/main.tsx');
const startGraph = staticGraph('src/ui/start-app.tsx');

/** Screens and dialogs not shown when the library opens: each is a lazy import. */
const laterFolders = [
  'src/ui/reader/',
  'src/ui/compare/',
  'src/ui/clusters/',
  'src/ui/echoes/',
  'src/ui/versions/',
  'src/ui/highlights/',
  'src/ui/archive/',
  'src/ui/passim/',
  'src/ui/bench/',
  'src/workers/',
  'src/import/',
  'src/capture/',
];
/** Small pure helpers of those folders that the shell needs at start, named so each is a choice. */
const neededEarly = new Set([
  // The reader's "search the archive for this passage" query, built in the screen switch.
  'src/ui/reader/passage-query.ts',
  // Which pages of a folder are not articles: the drop and paste handlers' filter.
  'src/import/not-articles.ts',
]);
/** Packages only later screens, the import pipeline and the workers use. */
const laterPackages = [
  'diff',
  'linkedom',
  '@mozilla/readability',
  'dompurify',
  'feedsmith',
  'markdown-it',
  'chardet',
  'yaml',
];

describe("the page's first part (main.tsx)", () => {
  it('starts the library read without waiting for React or the shell', () => {
    expect(firstPart.files).toContain('src/ui/library/first-window.ts');
    expect([...firstPart.packages].filter((p) => p.startsWith('react-dom'))).toEqual([]);
    expect(firstPart.files).not.toContain('src/ui/app.tsx');
    expect(firstPart.files).not.toContain('src/ui/start-app.tsx');
  });

  it('leaves out the in-process search engine and React: neither paints the first page', () => {
    // On a page the index runs in a worker; the engine here is only its fallback, loaded lazily.
    const search = [...firstPart.files].filter((file) => file.startsWith('src/search/'));
    expect(search.sort()).toEqual(['src/search/search-document.ts', 'src/search/search-index.ts']);
    expect([...firstPart.packages].sort()).toEqual(['dexie', 'normalize-url']);
  });

  it("draws the library's first rows with the DOM alone (first-page.ts): no package, no React", () => {
    expect(firstPart.files).toContain('src/ui/library/first-page.ts');
    const drawing = staticGraph('src/ui/library/first-page.ts');
    expect([...drawing.packages]).toEqual([]);
    expect([...drawing.files].filter((file) => file.endsWith('.tsx'))).toEqual([]);
  });

  it('holds the keys pressed before the shell listens (early-keys.ts), and no more of the shell', () => {
    expect(firstPart.files).toContain('src/ui/shell/early-keys.ts');
    const shell = [...firstPart.files].filter((file) => file.startsWith('src/ui/shell/'));
    expect(shell.sort()).toEqual([
      'src/ui/shell/early-keys.ts',
      'src/ui/shell/is-typing-target.ts',
      'src/ui/shell/route.ts',
      'src/ui/shell/start-failure.ts',
    ]);
  });
});

describe('what the library needs to open (main.tsx, then start-app.tsx)', () => {
  it('holds no screen, dialog, worker or pipeline shown later', () => {
    const all = [...firstPart.files, ...startGraph.files];
    const later = all.filter(
      (file) => laterFolders.some((folder) => file.startsWith(folder)) && !neededEarly.has(file),
    );
    expect(later).toEqual([]);
    expect(startGraph.files).toContain('src/ui/library/library-view.tsx');
  });

  it('holds none of the packages only later work uses', () => {
    const packages = new Set([...firstPart.packages, ...startGraph.packages]);
    const later = laterPackages.filter((name) =>
      [...packages].some((p) => p === name || p.startsWith(`${name}/`)),
    );
    expect(later).toEqual([]);
  });
});

describe('the import graph these read', () => {
  it('follows static imports and stops at lazy ones', () => {
    const screen = staticGraph('src/ui/shell/screen.tsx');
    // The library is imported statically, the reader through React.lazy.
    expect(screen.files).toContain('src/ui/library/library-view.tsx');
    expect(screen.files).not.toContain('src/ui/reader/reader-view.tsx');
    expect(staticGraph('src/ui/reader/reader-view.tsx').files.size).toBeGreaterThan(1);
  });

  it('sees a package a module imports, however deep', () => {
    // The alignment imports jsdiff through its token operations, two files down.
    expect(staticGraph('src/core/diff/align-texts.ts').packages).toContain('diff');
  });
});
