import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { repoPath } from './run-bin';

/** What a module graph loads before any of its code runs: our files and the packages. */
export interface StaticGraph {
  /** Repository-relative paths of our modules (`src/ui/app.tsx`). */
  readonly files: ReadonlySet<string>;
  /** Bare specifiers imported (`react-dom/client`, `dexie`). */
  readonly packages: ReadonlySet<string>;
}

/** The module specifiers a file imports for their values: `import type`, `import()` and CSS aside. */
function valueImports(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      // `import type {…}` and `import { type A, type B }` leave nothing in the bundle.
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((element) => element.isTypeOnly);
      if (!onlyTypes) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier
    ) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers.filter((specifier) => !specifier.endsWith('.css'));
}

function resolveLocal(from: string, specifier: string): string {
  // `?raw` and the like: the file is still bundled, as text or a URL.
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ending) => base + ending)
    .find((candidate) => existsSync(candidate) && !candidate.endsWith('/'));
  if (!found) throw new Error(`${from} imports ${specifier}, which is not there`);
  return found;
}

/**
 * Every module `entry` (repository-relative) loads through static value imports, as the bundler
 * puts them in the chunks a page fetches before running it; dynamic `import()` starts another
 * chunk later and is not followed.
 */
export function staticGraph(entry: string): StaticGraph {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [repoPath(entry)];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    const name = relative(repoPath('.'), path);
    if (files.has(name)) continue;
    files.add(name);
    // A text or other asset (`?raw`) is bundled but imports nothing.
    if (!/\.tsx?$/.test(path)) continue;
    for (const specifier of valueImports(path)) {
      if (specifier.startsWith('.')) pending.push(resolveLocal(path, specifier));
      else packages.add(specifier);
    }
  }
  return { files, packages };
}
