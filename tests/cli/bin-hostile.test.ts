import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoPath, runBin } from '../support/run-bin';
import { tempDir } from '../support/temp-dir';

describe('the built verso command and hostile input', () => {
  it('reads a page that clobbers form.parentNode on its extraction thread, and ends', () => {
    const run = runBin(['extract', '--json', repoPath('tests/fixtures/archive/clobbering.html')]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ title: 'A page that clobbers the DOM' });
  });

  it('echoes refuses a PNG renamed .txt with the same check as extract', () => {
    const dir = tempDir('verso-bin-');
    const png = join(dir, 'photo.txt');
    writeFileSync(png, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]));
    const echoes = runBin(['echoes', png, repoPath('seeds/000_7500752fa51d260b.txt')]);
    const extract = runBin(['extract', png]);
    expect(echoes.code).toBe(1);
    expect(echoes.stderr).toContain(`${png}: This is a PNG image, not text.`);
    expect(extract.stderr).toContain(`${png}: This is a PNG image, not text.`);
  });
});
