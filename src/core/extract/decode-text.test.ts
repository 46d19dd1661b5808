import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-text';

const sample = readFileSync(
  new URL('../../../seeds/000_7500752fa51d260b.txt', import.meta.url),
  'utf8',
);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

// Windows-1252 for the characters the sample uses: ASCII, £, en dash, curly single quotes.
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '£': 0xa3, '–': 0x96, '‘': 0x91, '’': 0x92 };
  return Uint8Array.from([...text], (c) => special[c] ?? c.charCodeAt(0));
}

describe('decodeBytes', () => {
  const utf8 = new TextEncoder().encode(sample);
  const encodings: Array<[string, Uint8Array, string]> = [
    ['UTF-8', utf8, 'utf-8'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), 'utf-8'],
    ['UTF-16 LE with BOM', utf16(sample, true), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(sample, false), 'utf-16be'],
    ['Windows-1252', windows1252(sample), 'windows-1252'],
  ];
  it.each(encodings)(
    'reads the sample in %s with £ and curly quotes intact',
    (_, bytes, encoding) => {
      const decoded = decodeBytes(bytes);
      expect(decoded).toEqual({ kind: 'ok', text: sample, encoding });
      expect(sample).toContain('£');
      expect(sample).toContain('‘');
    },
  );

  it('refuses an empty file, an image and NUL-filled bytes with a reason', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ kind: 'failed', reason: 'The file is empty.' });
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeBytes(png)).toMatchObject({
      kind: 'failed',
      reason: 'This is a PNG image, not text.',
    });
    const noBom = utf16(sample, true).subarray(2);
    expect(decodeBytes(noBom)).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/Unknown encoding/),
    });
  });

  it('uses a declared charset it knows, and names one it does not', () => {
    const latin = windows1252('Price: £5 ‘quoted’');
    expect(decodeBytes(latin, 'windows-1252')).toMatchObject({ text: 'Price: £5 ‘quoted’' });
    expect(decodeBytes(latin, 'x-martian')).toEqual({
      kind: 'failed',
      reason: 'The page declares the encoding "x-martian", which Verso cannot read.',
    });
  });

  it('refuses text full of control characters', () => {
    const junk = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 1 : 65));
    expect(decodeBytes(junk)).toMatchObject({
      kind: 'failed',
      reason: expect.stringMatching(/binary/),
    });
  });
});

// Tabs, line breaks and printable characters; no other controls, replacement characters or BOMs.
function isProse(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return (
    (code >= 32 || code === 9 || code === 10 || code === 13) && code !== 0xfffd && code !== 0xfeff
  );
}

describe('decodeBytes on UTF-8 with a bad sequence', () => {
  const utf8 = new TextEncoder().encode(sample);
  const replaced = (text: string): number => text.split('\ufffd').length - 1;

  it('replaces one bad byte with one replacement character and warns, keeping the rest UTF-8', () => {
    const at = sample.indexOf('Secretary');
    const prefix = new TextEncoder().encode(sample.slice(0, at)).length;
    const bytes = Uint8Array.from(utf8);
    bytes[prefix] = 0xff;
    const decoded = decodeBytes(bytes);
    if (decoded.kind !== 'ok') throw new Error(decoded.reason);
    expect(decoded.encoding).toBe('utf-8');
    expect(replaced(decoded.text)).toBe(1);
    expect(decoded.text).toBe(`${sample.slice(0, at)}\ufffd${sample.slice(at + 1)}`);
    expect(decoded.warning).toMatch(/One place in the file is not valid UTF-8/);
  });

  it('reads a text whose last character was cut as UTF-8 with a warning', () => {
    const text = 'Ministers promised £200m for the coast, said the council’s leader — café';
    const whole = new TextEncoder().encode(text);
    const decoded = decodeBytes(whole.subarray(0, whole.length - 1));
    if (decoded.kind !== 'ok') throw new Error(decoded.reason);
    expect(decoded.text).toBe(`${text.slice(0, -1)}\ufffd`);
    expect(decoded.warning).toBeDefined();
  });

  it('reads ASCII text cut inside its only multi-byte character as UTF-8', () => {
    const whole = new TextEncoder().encode('The library closes on Sunday at noon ’');
    const decoded = decodeBytes(whole.subarray(0, whole.length - 1));
    if (decoded.kind !== 'ok') throw new Error(decoded.reason);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('The library closes on Sunday at noon \ufffd');
  });

  it('replaces a CESU-8 surrogate pair but keeps the curly quotes around it', () => {
    const cesu = [0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]; // U+1F600 as two encoded surrogates
    const head = new TextEncoder().encode(`${sample.slice(0, 2000)} She said ‘hello’ `);
    const tail = new TextEncoder().encode(' and left — “quietly”.');
    const decoded = decodeBytes(Uint8Array.from([...head, ...cesu, ...tail]));
    if (decoded.kind !== 'ok') throw new Error(decoded.reason);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text.startsWith(`${sample.slice(0, 2000)} She said ‘hello’ \ufffd`)).toBe(true);
    expect(decoded.text.endsWith('\ufffd and left — “quietly”.')).toBe(true);
    expect(decoded.warning).toMatch(/One place in the file is not valid UTF-8/);
  });

  it('still reads Windows-1252 text as Windows-1252, with no warning', () => {
    const decoded = decodeBytes(
      Uint8Array.from([...'Caf\xe9 au lait costs \xa33'].map((c) => c.charCodeAt(0))),
    );
    expect(decoded).toEqual({
      kind: 'ok',
      text: 'Café au lait costs £3',
      encoding: 'windows-1252',
    });
  });
});

describe('decodeBytes on any prose', () => {
  const prose = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 200 })
    .filter((s) => s.trim() !== '' && [...s].every(isProse));
  it('round-trips UTF-8 and UTF-16 with a BOM', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const utf8 = decodeBytes(new TextEncoder().encode(text));
        const le = decodeBytes(utf16(text, true));
        const be = decodeBytes(utf16(text, false));
        return [utf8, le, be].every((d) => d.kind === 'ok' && d.text === text);
      }),
    );
  });
});
