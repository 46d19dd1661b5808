import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Doc } from '../model';
import { tokenise } from '../text/tokenise';
import { tokeniseUtf8 } from '../text/tokenise-utf8';
import { keptTokensWasm, tokeniseUtf8Wasm, winnowWasm } from '../text/tokenise-wasm';
import { TokenBuilder } from '../text/token-stream';
import {
  LETTERS_PER_UNSPACED_WORD,
  tokensIn,
  tokensPerWord,
  wordsIn,
} from '../text/words-per-token';
import { ArchiveClusters } from './clusters/archive-clusters';
import { GRAM_TERMS, WINNOW_WINDOW } from './fingerprint';
import { findClusters } from './find-clusters';
import { findEchoes } from './find-echoes';

// --min-words counts words in scripts written without spaces, where a token is a Thai letter or
// a Chinese or Japanese character. Before, a 5-word Thai phrase (24 letters) or Japanese one (9
// characters) shared by two unrelated articles passed the default 8-"word" minimum.

const thaiQuote =
  'รัฐบาลจะเพิ่มงบประมาณด้านการศึกษาอีกสองหมื่นล้านบาทในปีหน้าเพื่อช่วยเหลือโรงเรียนขนาดเล็กในชนบทที่ขาดแคลนครูและอุปกรณ์การเรียน';
// Press conference at Government House: 5 words (Intl.Segmenter('th')), 24 letters.
const thaiPhrase = 'แถลงข่าวที่ทำเนียบรัฐบาล';
const thai: Doc[] = [
  {
    id: 'a',
    text: `ข่าวการศึกษา\n\nนายกรัฐมนตรีกล่าวว่า "${thaiQuote}" โดยระบุว่าแผนนี้จะเริ่มต้นในเดือนตุลาคม`,
  },
  {
    id: 'b',
    text: `ข่าวเศรษฐกิจ\n\nผู้สื่อข่าวรายงานว่า "${thaiQuote.replace('สองหมื่น', 'สามหมื่น')}" ขณะที่นักวิชาการหลายคนเห็นว่าควรมีการตรวจสอบ`,
  },
  {
    id: 'c',
    text: `ฝนตกหนักทั่วภาคเหนือ ชาวบ้านอพยพ ${thaiPhrase} เจ้าหน้าที่เร่งช่วยเหลือผู้ประสบภัยน้ำท่วม`,
  },
  {
    id: 'd',
    text: `ตลาดหุ้นปรับตัวลดลง นักลงทุนกังวล ${thaiPhrase} ราคาน้ำมันดิบสูงขึ้นต่อเนื่องในสัปดาห์นี้`,
  },
];

const japanesePara =
  '政府は来年度の予算案で、地方の小規模な学校を支援するため、教育関連の予算を二千億円増やす方針を固めた。教員の不足や設備の老朽化が深刻な地域を優先するという。';
// A press conference at the prime minister's office: 5 words, 9 characters.
const japanesePhrase = '首相官邸で記者会見';
const japanese: Doc[] = [
  { id: 'a', text: `教育ニュース\n\n関係者によると、${japanesePara}発表は十月の予定だ。` },
  {
    id: 'b',
    text: `経済ニュース\n\n複数の報道によれば、${japanesePara.replace('二千億円', '三千億円')}野党は詳しい説明を求めている。`,
  },
  {
    id: 'c',
    text: `大雨の影響で北部の住民が避難した。${japanesePhrase}が開かれ、救助の状況が説明された。`,
  },
  { id: 'd', text: `株価は三日続けて下落した。${japanesePhrase}の後、円相場も大きく動いた。` },
];

const textOf = (docs: readonly Doc[], id: string): string =>
  docs.find((d) => d.id === id)?.text ?? '';

// The documents each echo joins, and the text of its first side.
function echoesOf(docs: readonly Doc[]): { docs: string; text: string }[] {
  return findEchoes(docs).map((e) => ({
    docs: `${e.a.doc}${e.b.doc}`,
    text: textOf(docs, e.a.doc).slice(e.a.start, e.a.end),
  }));
}

function clustersOf(docs: readonly Doc[]): string[] {
  return findClusters(docs).map((c) => c.passages.map((p) => p.doc).join(''));
}

// The CLI's way in: each file's bytes tokenised in WebAssembly and kept there.
function clustersFromBytes(docs: readonly Doc[]): string[] {
  const archive = new ArchiveClusters();
  for (const d of docs) {
    const bytes = new TextEncoder().encode(d.text);
    const read = tokeniseUtf8Wasm(bytes, bytes.length, undefined, false);
    if (read.inWasm)
      archive.addKept(d.id, keptTokensWasm(), read.length, winnowWasm(GRAM_TERMS, WINNOW_WINDOW));
    else archive.addTokens(d.id, read.tokens, read.length);
  }
  return archive
    .clusters((id) => textOf(docs, id))
    .map((c) => c.passages.map((p) => p.doc).join(''));
}

describe.each([
  ['Thai', thai, 'อีกสองหมื่นล้านบาท'],
  ['Japanese', japanese, '二千億円増やす方針'],
])('%s at the default minimum of 8 words', (_, docs, inQuote) => {
  it('finds a paragraph printed twice with one word changed, and not a shared 5-word phrase', () => {
    const found = echoesOf(docs);
    expect(found.map((e) => e.docs)).toEqual(['ab']);
    expect(found[0]?.text).toContain(inQuote);
  });

  it('clusters the same: the paragraph, not the phrase (the app’s and the CLI’s search)', () => {
    expect(clustersOf(docs)).toEqual(['ab']);
    expect(clustersFromBytes(docs)).toEqual(['ab']);
  });

  it('still finds the short phrase when the minimum is lowered to its words', () => {
    expect(findEchoes(docs.slice(2), { minWords: 4 }).map((e) => e.a.doc + e.b.doc)).toEqual([
      'cd',
    ]);
    expect(findClusters(docs.slice(2), { minWords: 4 })).toHaveLength(1);
  });
});

describe('tokensPerWord', () => {
  const budget = readFileSync('tests/fixtures/thai/budget-plain.txt', 'utf8');
  const english = 'The minister said the plan would start in October, and critics asked who pays.';

  it('is 1 for text written with spaces, so English minimums are as they were', () => {
    expect(tokenise(english).tokensPerWord).toBe(1);
  });

  it('is the Thai letters per word for a Thai article, and the same from all three tokenisers', () => {
    const fromString = tokenise(budget).tokensPerWord ?? 1;
    expect(fromString).toBeGreaterThan(0.95 * LETTERS_PER_UNSPACED_WORD);
    expect(fromString).toBeLessThanOrEqual(LETTERS_PER_UNSPACED_WORD);
    const bytes = new TextEncoder().encode(budget);
    expect(tokeniseUtf8(bytes, bytes.length, new TokenBuilder(16)).tokens.tokensPerWord()).toBe(
      fromString,
    );
    const wasm = new TokenBuilder(16);
    expect(tokeniseUtf8Wasm(bytes, bytes.length, wasm).tokens.tokensPerWord()).toBe(fromString);
    tokeniseUtf8Wasm(bytes, bytes.length, undefined, false);
    expect(keptTokensWasm().tokensPerWord).toBe(fromString);
  });

  it('weighs a mixed text by how many of its tokens are of each kind', () => {
    // 10 English words and 31 Thai letters: 10 + 31 / 3.1 = 20 words.
    expect(tokensPerWord(41, 0, 31)).toBeCloseTo(41 / 20, 10);
    expect(tokensPerWord(16, 16, 0)).toBeCloseTo(1.6, 10);
  });
});

describe('wordsIn and tokensIn', () => {
  it('count a token a word when the figure is absent or damaged, never letting NaN pass a minimum', () => {
    expect(wordsIn(31, 3.1)).toBeCloseTo(10, 10);
    expect(tokensIn(8, 3.1)).toBe(25);
    for (const bad of [undefined, Number.NaN, 0, -2, 0.5]) {
      expect(wordsIn(7, bad)).toBe(7);
      expect(tokensIn(8, bad)).toBe(8);
    }
  });
});
