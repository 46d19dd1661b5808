import { describe, expect, it } from 'vitest';
import { repoPath, runBin } from '../support/run-bin';

const page = repoPath('tests/fixtures/archive/saved-page.html');

describe('verso extract (built bin)', () => {
  it('extracts a saved page with linkedom bundled in (no dev dependency at run time)', () => {
    const run = runBin(['extract', '--jsonl', page]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      siteName: 'The Harbour Gazette',
      title: 'Ministers promise £200m for coastal flood defences',
    });
  });

  it('reads a text from stdin and prints it readably', () => {
    const run = runBin(
      ['extract', '-'],
      'date 2026-01-05\n\nA short note.\n\nIt has two paragraphs.\n',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('== -');
    expect(run.stdout).toContain('Published 2026-01-05');
  });
});
