import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../support/run-bin';

/** The folders a document's "## Layout" code block names, as written (`src/db/`, `tests/e2e/`). */
function layoutFolders(doc: string): string[] {
  const text = readFileSync(repoPath(doc), 'utf8');
  const block = /^## Layout\n+```\n([\s\S]*?)\n```/m.exec(text);
  if (!block?.[1]) throw new Error(`${doc} has no "## Layout" code block`);
  return block[1]
    .split('\n')
    .map((line) => /^([\w.-]+\/(?:[\w.-]+\/)*)\s/.exec(line)?.[1])
    .filter((folder): folder is string => folder !== undefined);
}

const srcFolders = readdirSync(repoPath('src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `src/${entry.name}/`)
  .sort();

// The README and the design document each draw the tree; a folder added or moved without them
// is the newcomer's wrong turn this keeps from coming back.
describe.each(['README.md', 'docs/architecture.md'])('the layout in %s', (doc) => {
  it('names every top-level folder of src/', () => {
    const named = layoutFolders(doc).filter((f) => /^src\/[^/]+\/$/.test(f));
    expect(named.sort()).toEqual(srcFolders);
  });

  it('names only folders that exist', () => {
    const missing = layoutFolders(doc).filter((f) => !existsSync(repoPath(f)));
    expect(missing).toEqual([]);
  });
});
