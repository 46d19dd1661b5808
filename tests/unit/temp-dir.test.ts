import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';

describe('tempDir', () => {
  let madeInTest = '';
  const madeInSuite = tempDir('verso-temp-dir-suite-');

  it('makes a fresh, writable folder with the prefix', () => {
    madeInTest = tempDir('verso-temp-dir-test-');
    writeFileSync(join(madeInTest, 'inside.txt'), 'x');
    expect(madeInTest).toMatch(/verso-temp-dir-test-\w{6}$/);
    expect(existsSync(join(madeInTest, 'inside.txt'))).toBe(true);
    expect(tempDir('verso-temp-dir-test-')).not.toBe(madeInTest);
  });

  it('removes a folder made in a test, with its files, when that test ends', () => {
    expect(madeInTest).not.toBe('');
    expect(existsSync(madeInTest)).toBe(false);
  });

  it('keeps a folder made at the suite level until the suite ends', () => {
    expect(existsSync(madeInSuite)).toBe(true);
  });
});
