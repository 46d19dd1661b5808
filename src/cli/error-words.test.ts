import { describe, expect, it } from 'vitest';
import { errorWords } from './error-words';

const coded = (code: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: raw text`), { code });

describe('errorWords', () => {
  it('says a missing path as the file or the folder the caller asked for', () => {
    expect(errorWords(coded('ENOENT'))).toBe('no such file');
    expect(errorWords(coded('ENOENT'), 'folder')).toBe('no such folder');
  });

  it('says write failures and a cut-short gzip part in words, never the code', () => {
    expect(errorWords(coded('ENOSPC'))).toBe('disk full');
    expect(errorWords(coded('EIO'))).toBe('an input/output error on the device');
    expect(errorWords(coded('EISDIR'))).toBe('it is a folder');
    expect(errorWords(coded('EACCES'))).toBe('permission denied');
    expect(errorWords(coded('Z_BUF_ERROR'))).toBe('cut short: its gzip data ends early');
    expect(errorWords(coded('Z_DATA_ERROR'))).toBe('not valid gzip data');
  });

  it('gives an unknown code as it is, and "error" when there is none', () => {
    expect(errorWords(coded('EWEIRD'))).toBe('EWEIRD');
    expect(errorWords(new Error('raw text'))).toBe('error');
    expect(errorWords(undefined)).toBe('error');
  });
});
