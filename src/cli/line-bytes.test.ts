import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokeniseUtf8 } from '../core/text/tokenise-utf8';
import { LineBytes } from './line-bytes';

const escaped = (text: string): string => {
  const out = new LineBytes();
  out.jsonString(Buffer.from(text, 'utf8'));
  return Buffer.from(out.take(0) ?? new Uint8Array(0)).toString('utf8');
};

describe('LineBytes', () => {
  it('escapes UTF-8 bytes exactly as JSON.stringify escapes their text', () => {
    const samples = [
      'plain',
      'a "quote" and a \\ back',
      '\b\t\n\f\r\u0000\u001b\u001f\u007f',
      '£200m ‘we’re’ 中文 😀',
      '',
    ];
    for (const s of samples) expect(escaped(s)).toBe(JSON.stringify(s).slice(1, -1));
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 50 }),
        (a, b) => {
          // Well-formed text only: UTF-8 cannot carry a lone surrogate.
          const s = (a + b).toWellFormed();
          expect(escaped(s)).toBe(JSON.stringify(s).slice(1, -1));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('escapes bytes likewise from the escape positions tokeniseUtf8 found in them', () => {
    const plain = (text: string): string => {
      const bytes = Buffer.from(text, 'utf8');
      const out = new LineBytes();
      out.escapedJsonString(bytes, tokeniseUtf8(bytes).escapes);
      return Buffer.from(out.take(0) ?? new Uint8Array(0)).toString('utf8');
    };
    const samples = ['', 'one', '"', '\\', '\n', 'a\n\n"b" \\c\n', '\t\f\r\n"', '中文 "😀"\n'];
    for (const s of samples) expect(plain(s)).toBe(JSON.stringify(s).slice(1, -1));
    expect(plain('\u0001a\u001fb\b')).toBe(JSON.stringify('\u0001a\u001fb\b').slice(1, -1));
    expect(plain(`${'long run of words '.repeat(20)}"\n${'x'.repeat(40)}`)).toBe(
      JSON.stringify(`${'long run of words '.repeat(20)}"\n${'x'.repeat(40)}`).slice(1, -1),
    );
    const piece = fc.constantFrom(
      'a',
      'é',
      '😀',
      ' ',
      '\n',
      '"',
      '\\',
      '\t',
      '\r',
      '\f',
      '\u0001',
      '£2',
      'we’re',
      'word',
      'a longer run of plain words, past the byte-by-byte limit',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const s = pieces.join('');
        expect(plain(s)).toBe(JSON.stringify(s).slice(1, -1));
      }),
      { numRuns: 500 },
    );
  });

  it('grows for a text of control characters six times its size, and hands on chunks of whole lines', () => {
    const out = new LineBytes();
    const controls = '\u0001'.repeat(3 << 20);
    out.text('{"text":"');
    out.jsonString(Buffer.from(controls));
    out.text('"}\n');
    const big = out.take();
    expect(Buffer.from(big ?? []).toString()).toBe(`{"text":${JSON.stringify(controls)}}\n`);
    out.text('small\n');
    expect(out.take()).toBeUndefined();
    expect(Buffer.from(out.take(0) ?? []).toString()).toBe('small\n');
    expect(out.take(0)).toBeUndefined();
  });

  it('gathers the next chunk in a buffer given back, and never in one still held', () => {
    const out = new LineBytes();
    out.text('first\n');
    const first = out.take(0);
    out.text('second\n');
    const second = out.take(0);
    // Not given back: the first chunk is intact while the second is gathered.
    expect(Buffer.from(first ?? []).toString()).toBe('first\n');
    expect(second?.buffer).not.toBe(first?.buffer);
    out.giveBack();
    out.text('third\n');
    const third = out.take(0);
    // The third is gathered where the second was, once it was given back.
    expect(third?.buffer).toBe(second?.buffer);
    expect(Buffer.from(third ?? []).toString()).toBe('third\n');
    expect(Buffer.from(first ?? []).toString()).toBe('first\n');
  });
});
