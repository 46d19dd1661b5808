/**
 * The 20-file mixed-encoding folder (tests/fixtures/encodings): how many files `decodeBytes`
 * turns back into their UTF-8 originals, beside the rule Verso had before (UTF-8, else
 * Windows-1252), measured in the same run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../src/core/extract/decode-text';
import { decodeWindows1252 } from '../src/core/extract/windows-1252';

const folder = fileURLToPath(new URL('../tests/fixtures/encodings/', import.meta.url));

/** One file of the folder: its bytes and the text it should decode to. */
export interface EncodingCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly expected: string;
}

/** The folder's files, in name order. */
export function encodingCases(): EncodingCase[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(`${folder}${name}`)),
      expected: readFileSync(`${folder}${name.replace(/\.txt$/, '.expected')}`, 'utf8'),
    }));
}

function oldRule(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) return new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return bom ? '' : decodeWindows1252(bytes);
  }
}

/** Files decoded right by Verso and by the old rule, and the names of the ones Verso missed. */
export function benchEncodings(): {
  right: number;
  oldRight: number;
  total: number;
  missed: string[];
} {
  const cases = encodingCases();
  const missed: string[] = [];
  let right = 0;
  let oldRight = 0;
  for (const c of cases) {
    const decoded = decodeBytes(c.bytes);
    if (decoded.kind === 'ok' && decoded.text === c.expected) right++;
    else missed.push(c.name);
    if (oldRule(c.bytes) === c.expected) oldRight++;
  }
  return { right, oldRight, total: cases.length, missed };
}
