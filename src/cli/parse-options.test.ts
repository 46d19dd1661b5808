import { describe, expect, it } from 'vitest';
import { numberOption, parseOptions } from './parse-options';

const options = {
  'min-words': { type: 'string' },
  'files-from': { type: 'string', multiple: true },
  output: { type: 'string', short: 'o' },
} as const;

describe('parseOptions', () => {
  it('says an option with nothing after it needs a value', () => {
    expect(parseOptions(['--min-words'], options)).toBe('--min-words needs a value');
  });

  it('names a value that starts with a dash and says how to give it, not that it is missing', () => {
    expect(parseOptions(['--files-from', '-list.txt', 'a.txt'], options)).toBe(
      '--files-from was given "-list.txt", which starts with a dash; if it is the value, write --files-from=-list.txt',
    );
    expect(parseOptions(['--min-words', '-3', 'a.txt'], options)).toBe(
      '--min-words was given "-3", which starts with a dash; if it is the value, write --min-words=-3',
    );
    expect(parseOptions(['-o', '-out.jsonl'], options)).toBe(
      '-o was given "-out.jsonl", which starts with a dash; if it is the value, write -o-out.jsonl',
    );
  });

  it('names the dash-led value when the option is given more than once', () => {
    expect(parseOptions(['--files-from', 'a.txt', '--files-from', '-b.txt'], options)).toBe(
      '--files-from was given "-b.txt", which starts with a dash; if it is the value, write --files-from=-b.txt',
    );
  });

  it('still reads "-" (standard input) as a value', () => {
    const parsed = parseOptions(['--files-from', '-'], options);
    expect(typeof parsed === 'string' ? parsed : parsed.values['files-from']).toEqual(['-']);
  });
});

describe('numberOption', () => {
  it('reads numbers as a person writes them', () => {
    for (const [raw, value] of [
      ['12', 12],
      ['0.5', 0.5],
      ['.5', 0.5],
      ['1e3', 1000],
      ['-2', -2],
    ] as const)
      expect(numberOption('--n', raw), raw).toBe(value);
  });

  it('refuses hex, binary, blanks and words, which Number() would have taken or made 0', () => {
    for (const raw of ['0x1', '0b1', '0o7', ' 1 ', '', ' ', 'Infinity', 'one', '1,5'])
      expect(numberOption('--n', raw), raw).toBe('--n needs a number');
  });
});
