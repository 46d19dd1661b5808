import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { winnowShared } from '../echoes/winnow';
import { TokenBuilder } from './token-stream';
import { tokeniseUtf8 } from './tokenise-utf8';
import { TokenStore } from '../echoes/clusters/token-store';
import { WASM_MAX_BYTES, keptTokensWasm, tokeniseUtf8Wasm, winnowWasm } from './tokenise-wasm';

const utf8 = new TextEncoder();
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PAGES = join(ROOT, '../shared/corpora/readability-test-pages');

/** Everything a tokeniser call gives, as plain arrays, read before the next call reuses them. */
function result(read: ReturnType<typeof tokeniseUtf8>) {
  const t = read.tokens;
  const n = t.count;
  return {
    hashes: [...t.hashes.subarray(0, n)],
    starts: [...t.starts.subarray(0, n)],
    ends: [...t.ends.subarray(0, n)],
    flags: [...t.flags.subarray(0, n)],
    length: read.length,
    controls: read.controls,
    escapes: [...read.escapes],
  };
}

const js = new TokenBuilder(16);
const wasm = new TokenBuilder(16);

/** The JavaScript and WebAssembly tokenisers' results (and winnowing) for the same bytes. */
function both(bytes: Uint8Array, end = bytes.length) {
  const fromJs = result(tokeniseUtf8(bytes, end, js));
  const marksJs = winnowShared(js.hashes, js.count, 4, 4);
  const expectedMarks = { hashes: [...marksJs.hashes], positions: [...marksJs.positions] };
  const read = tokeniseUtf8Wasm(bytes, end, wasm);
  const fromWasm = result(read);
  const marks = read.inWasm ? winnowWasm(4, 4) : undefined;
  return {
    fromJs,
    fromWasm,
    inWasm: read.inWasm,
    expectedMarks,
    marks: marks && { hashes: [...marks.hashes], positions: [...marks.positions] },
    // The tokens as TokenStore keeps them: packed from the JavaScript tokens, and as packed in
    // WebAssembly (keptTokensWasm), the same bytes.
    keptJs: kept((store) => store.add(js)),
    keptWasm: read.inWasm ? kept((store) => store.addKept(keptTokensWasm())) : undefined,
  };
}

/**
 * The tokens one document of a fresh TokenStore keeps (hashes, flags, packed spans), as one
 * hex string: compared whole, a mismatch in long texts is found without a slow element diff.
 */
function kept(add: (store: TokenStore) => { flags: Uint8Array }): string {
  const store = new TokenStore();
  const tokens = add(store);
  const hex = (a: Uint8Array | Uint32Array) =>
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');
  return `${hex(store.hashesOf(0))} ${hex(tokens.flags)} ${hex(store.packedOf(0))}`;
}

const strict = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function expectSame(bytes: Uint8Array, end = bytes.length): void {
  const r = both(bytes, end);
  expect(r.inWasm).toBe(end <= WASM_MAX_BYTES);
  expect(r.fromWasm).toEqual(r.fromJs);
  if (r.inWasm) expect(r.marks).toEqual(r.expectedMarks);
  if (r.inWasm) expect(r.keptWasm === r.keptJs).toBe(true);
}

// Rare tokens, each its own branch of the tokeniser: contractions, money and magnitudes, numbers
// with separators, per cent, "cannot"/"percent", accents, letters whose lower case differs in
// length, ideographs and their punctuation, astral letters and signs, combining marks, every
// kind of edge and closer, control characters, JSON escapes, CRLF and the paragraph separator.
const RARE = [
  ...'aZq09 \n\r\t\f.,;:!?()[]\'’ʼ＇"“”«»…—–%$£€¥\\/'.split(''),
  'we’re',
  "we're",
  "can't",
  "won't",
  'ain’t',
  "let's",
  "it's",
  "o'clock",
  '£200m',
  '$5bn',
  '€3k',
  '£',
  '$',
  '1,000.5',
  '1,000,000',
  '3,14',
  '2.5',
  '10%',
  '7%%',
  '200m',
  '5mn',
  '2024',
  'cannot',
  'Cannot',
  'PERCENT',
  'percentage',
  'é',
  'Ü',
  'ß',
  'İ',
  'ﬁ',
  'Ω',
  'ǅ',
  '中文',
  'ที่ดิน',
  '\u0E49',
  'ຄົນ',
  'ខ្មែរ',
  'မြန်',
  'ひ',
  'カ',
  '。',
  '！',
  '？',
  '、',
  '，',
  '😀',
  '𝒜',
  '\u{1E2FF}',
  '\u{1F4B2}',
  '\u0301',
  '\u2029',
  '\u00a0',
  '\u0001',
  '\u001b',
  '\u007f',
  '٣',
  '\u2019s',
  '\u00AD',
  '\u200B',
  '\u200C',
  '\u2060',
  '\uFEFF',
];

describe('tokeniseUtf8Wasm', () => {
  it('gives tokeniseUtf8’s tokens, hashes, flags, spans, escapes and marks on texts of rare tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...RARE, 'word', ' '), { maxLength: 80 }), (pieces) => {
        expectSame(utf8.encode(pieces.join('')));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives tokeniseUtf8’s results for any well-formed Unicode text, cut at any byte', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat(), (text, cut) => {
        const bytes = utf8.encode(text);
        // Only cuts between characters: the input is valid UTF-8.
        const end = cut % (bytes.length + 1);
        if (isValidUtf8(bytes.subarray(0, end))) expectSame(bytes, end);
        expectSame(bytes);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives tokeniseUtf8’s results on the seed texts', () => {
    const dir = join(ROOT, 'seeds');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expectSame(readFileSync(join(dir, f)));
  });

  it('gives tokeniseUtf8’s results on the Readability test pages (their HTML and their text)', (context) => {
    if (!existsSync(PAGES)) {
      context.skip(`no Readability test pages at ${PAGES}`);
      return;
    }
    let pages = 0;
    let inWasm = 0;
    for (const name of readdirSync(PAGES).sort())
      for (const file of ['source.html', 'expected.html']) {
        const path = join(PAGES, name, file);
        if (!existsSync(path)) continue;
        // Made valid UTF-8 (what the CLI hands the tokeniser), as markup and as text.
        const html = new TextDecoder().decode(readFileSync(path));
        const bytes = utf8.encode(html);
        expectSame(bytes);
        if (bytes.length <= WASM_MAX_BYTES) inWasm++;
        const text = html
          .replace(/<(script|style)[^]*?<\/\1>/gi, ' ')
          .replace(/<[^>]*>/g, ' ')
          .replace(/&nbsp;/g, '\u00a0')
          .replace(/&amp;/g, '&');
        expectSame(utf8.encode(text));
        inWasm++;
        pages++;
      }
    expect(pages).toBeGreaterThan(100);
    // Pages past WASM_MAX_BYTES went to the JavaScript tokeniser; most must not have.
    expect(inWasm).toBeGreaterThan(pages);
  });

  it('grows its memory for a long text and still gives the same results after it', () => {
    const long = utf8.encode(`${'Words and £200m, we’re 10% 中文 😀 here.\n'.repeat(20_000)}end`);
    expect(long.length).toBeLessThan(WASM_MAX_BYTES);
    expectSame(long);
    expectSame(utf8.encode('A short one after it, it’s “quoted”.'));
  });

  it('hands a text over WASM_MAX_BYTES to the JavaScript tokeniser', () => {
    const big = utf8.encode('word '.repeat(WASM_MAX_BYTES / 5 + 10));
    const r = both(big);
    expect(r.inWasm).toBe(false);
    expect(r.fromWasm).toEqual(r.fromJs);
  });
});
