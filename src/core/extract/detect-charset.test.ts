import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-text';
import { mojibakeScore } from './detect-charset';

const folder = new URL('../../../tests/fixtures/encodings/', import.meta.url);
const files = readdirSync(folder).filter((f) => f.endsWith('.txt'));

// WHATWG's EUC-KR is Windows-949 (UHC); Node's ICU decoder lacks the UHC-only syllables (0x81 0x41
// is "갂"), which Chromium reads. The CP949 file is then checked for its encoding only.
const fullEucKr = new TextDecoder('euc-kr').decode(Uint8Array.of(0x81, 0x41)) === '갂';

describe('charset detection: the 20-file mixed-encoding folder', () => {
  it('holds 20 files', () => expect(files).toHaveLength(20));

  it.skipIf(fullEucKr)('08-cp949.txt is detected as EUC-KR (this decoder lacks UHC)', () => {
    const bytes = new Uint8Array(readFileSync(new URL('08-cp949.txt', folder)));
    expect(decodeBytes(bytes)).toMatchObject({ kind: 'ok', encoding: 'euc-kr' });
  });

  it.each(files.filter((f) => fullEucKr || !f.startsWith('08-')))(
    '%s decodes to its UTF-8 original',
    (file) => {
      const bytes = new Uint8Array(readFileSync(new URL(file, folder)));
      const expected = readFileSync(new URL(file.replace(/\.txt$/, '.expected'), folder), 'utf8');
      const decoded = decodeBytes(bytes);
      if (decoded.kind !== 'ok') throw new Error(decoded.reason);
      expect(decoded.text).toBe(expected);
    },
  );

  it('names the encoding it assumed when the detector is unsure, and is sure of CJK and Unicode', () => {
    const read = (file: string) => decodeBytes(new Uint8Array(readFileSync(new URL(file, folder))));
    expect(read('09-windows-1251.txt')).toMatchObject({ encoding: 'windows-1251', assumed: true });
    expect(read('19-iso-8859-2.txt')).toMatchObject({ encoding: 'iso-8859-2', assumed: true });
    expect(read('01-shift_jis.txt')).toMatchObject({ encoding: 'shift_jis' });
    expect(read('01-shift_jis.txt')).not.toHaveProperty('assumed');
    expect(read('14-utf-8.txt')).not.toHaveProperty('assumed');
  });
});

describe('declared charsets', () => {
  const page = (charset: string, title: string): string =>
    `<html><head><meta charset="${charset}"><title>${title}</title></head><body><p>正文</p></body></html>`;

  it('valid UTF-8 wins over a declared legacy charset (a page re-saved as UTF-8)', () => {
    const bytes = new TextEncoder().encode(page('gb2312', '北京新闻：春节前的最后一周'));
    const decoded = decodeBytes(bytes, 'gb2312');
    expect(decoded).toMatchObject({ kind: 'ok', encoding: 'utf-8' });
    expect(decoded.kind === 'ok' && decoded.text).toContain('北京新闻：春节前的最后一周');
  });

  it('a declared charset the bytes are valid in is used', () => {
    const gbk = new Uint8Array(
      readFileSync(new URL('05-gbk.txt', folder)).subarray(0, 600 - (600 % 2)),
    );
    const decoded = decodeBytes(gbk, 'gbk');
    expect(decoded).toMatchObject({ kind: 'ok', encoding: 'gbk' });
  });

  it('a declared multi-byte charset the bytes are invalid in loses to detection', () => {
    const cyrillic = new Uint8Array(readFileSync(new URL('09-windows-1251.txt', folder)));
    const decoded = decodeBytes(cyrillic, 'shift_jis');
    expect(decoded).toMatchObject({ kind: 'ok', encoding: 'windows-1251' });
  });
});

describe('mojibakeScore', () => {
  it('scores Polish read as Latin-1 far above the right reading', () => {
    expect(mojibakeScore('Ona mogła i była tu, ¿Qué? «oui» 1½')).toBe(0);
    expect(mojibakeScore('Ona mog³a i by³a tu')).toBeGreaterThan(40);
  });
});
