import { describe, expect, it } from 'vitest';
import { looksBinary, sniffBinary } from './sniff-binary';

describe('sniffBinary', () => {
  it('names common binary formats and leaves text that merely starts alike', () => {
    expect(sniffBinary(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('a JPEG image');
    expect(sniffBinary(new TextEncoder().encode('%PDF-1.7\n'))).toBe('a PDF document');
    for (const text of ['MZ stands for Mazda.', 'RIFF raff', 'GIF8 is not a word', '%PDF-like'])
      expect(sniffBinary(new TextEncoder().encode(text))).toBeUndefined();
  });

  it('finds binary by its control characters', () => {
    expect(looksBinary('plain text,\nwith lines\tand tabs')).toBe(false);
    expect(looksBinary('MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004')).toBe(true);
  });
});
