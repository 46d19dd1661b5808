import { describe, expect, it } from 'vitest';
import { stdoutFailure } from './stdout-failure';

const coded = (code: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: raw text, write`), { code });

describe('stdoutFailure', () => {
  it('a closed pipe is no failure: the output just ends', () => {
    expect(stdoutFailure(coded('EPIPE'))).toBeUndefined();
  });

  it('any other failure is one line in words', () => {
    expect(stdoutFailure(coded('ENOSPC'))).toBe('verso: cannot write the output (disk full)');
    expect(stdoutFailure(coded('EIO'))).toBe(
      'verso: cannot write the output (an input/output error on the device)',
    );
  });
});
