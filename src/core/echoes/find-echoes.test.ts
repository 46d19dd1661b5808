import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Doc, Echo } from '../model';
import { findEchoes } from './find-echoes';
import { findEchoesWithin } from './find-echoes-within';
import { SENTENCES, randomProse } from './test-texts';

const [s0, s1, s2, s3, s4, s5, s6] = SENTENCES.slice(0, 7) as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];
const slice = (doc: Doc, p: { start: number; end: number }): string =>
  doc.text.slice(p.start, p.end);

describe('findEchoesWithin', () => {
  it("finds a paragraph printed 200 times in one article, every copy, past the pair scan's cap", () => {
    const paragraph = `${s0} ${s1}`;
    const text = Array.from({ length: 200 }, (_, i) => `${paragraph}\n\nFiller ${i} ${s2}`).join(
      '\n\n',
    );
    const doc = { id: 'd', text };
    const echoes = findEchoesWithin(doc);
    const copies = new Set(echoes.flatMap((e) => [e.a.start, e.b.start]));
    expect(copies.size).toBe(200);
    for (const e of echoes) expect(slice(doc, e.a)).toContain(paragraph);
    // The pair scan keeps its document-frequency cap and loses them: why within goes by clusters.
    const pairs = findEchoes([doc], { within: true }).flatMap((e) => [e.a, e.b]);
    const whole = new Set(pairs.filter((p) => slice(doc, p) === paragraph).map((p) => p.start));
    expect(whole.size).toBeLessThan(200);
  });

  it('finds an edited copy of two sentences as one echo covering both', () => {
    const copied = `${s0} ${s1}`;
    const edited = copied
      .replace('voted on Tuesday', 'voted on Tuesday night')
      .replace('without any public', 'without public')
      .replace('spring', 'year');
    const doc = { id: 'd', text: `${copied} ${s2} ${s3} ${s4} ${edited} ${s5}` };
    const echoes = findEchoesWithin(doc);
    expect(echoes).toHaveLength(1);
    const [echo] = echoes as [Echo];
    expect(slice(doc, echo.a)).toBe(copied);
    expect(slice(doc, echo.b)).toBe(edited);
    expect(echo.kind).toBe('within');
    expect(echo.similarity).toBeGreaterThan(0.8);
    expect(echo.similarity).toBeLessThan(1);
  });

  it('ignores a shared stock phrase shorter than minWords', () => {
    const doc = {
      id: 'd',
      text: `Ministers want a coalition of the willing. ${s2} Critics doubt the coalition of the willing exists.`,
    };
    expect(findEchoesWithin(doc)).toEqual([]);
  });

  it('honours minWords and minSimilarity', () => {
    const doc = {
      id: 'd',
      text: `${s0} ${s2} ${s3} ${s0.replace('Sundays', 'Mondays and Fridays')}`,
    };
    expect(findEchoesWithin(doc)).toHaveLength(1);
    expect(findEchoesWithin(doc, { minWords: 20 })).toEqual([]);
    expect(findEchoesWithin(doc, { minSimilarity: 0.95 })).toEqual([]);
  });

  it('rejects nonsense options with a message', () => {
    expect(() => findEchoesWithin({ id: 'd', text: s0 }, { minWords: 0 })).toThrow(/minWords/);
    expect(() => findEchoesWithin({ id: 'd', text: s0 }, { minSimilarity: 2 })).toThrow(
      /minSimilarity/,
    );
  });

  it.each([
    ['empty text', ''],
    ['one word', 'Ukraine'],
    ['punctuation only', '… — ‘’ !!'],
    ['one word repeated 100,000 times', 'Ukraine '.repeat(100_000)],
    ['two words alternating 50,000 times', 'left right '.repeat(50_000)],
  ])('gives a sensible answer for %s', (_, text) => {
    const echoes = findEchoesWithin({ id: 'd', text });
    for (const e of echoes) expect(e.a.end).toBeLessThanOrEqual(e.b.start);
    expect(echoes.length).toBeLessThan(5);
  });

  it('finds a repeated sentence in text written without spaces', () => {
    const copy =
      '英国政府は本日、ウクライナへの新たな軍事支援として二億ポンドを拠出すると発表した。';
    const text = `${copy}専門家はこの決定を歓迎したが、詳細はまだ明らかではない。${copy.replace('本日', '昨日')}`;
    const [echo] = findEchoesWithin({ id: 'd', text });
    expect(echo).toBeDefined();
    expect(text.slice(echo?.a.start, echo?.a.end)).toContain('二億ポンドを拠出する');
  });

  it('finds a copy planted in 5 MB of text', () => {
    const prose = randomProse(900_000, 7);
    const copy = `${s6} ${s4}`;
    const text = `${copy} ${prose} ${copy}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    const echoes = findEchoesWithin({ id: 'd', text }, { minWords: 20 });
    expect(echoes.map((e) => text.slice(e.a.start, e.a.end))).toContain(copy);
  });
});

describe('findEchoes across documents', () => {
  it('pairs an edited paragraph in two articles and names both documents', () => {
    const a = { id: 'a', text: `${s0} ${s1} ${s2} ${s3}` };
    const b = { id: 'b', text: `${s5} ${s2.replace('spokesman', 'spokeswoman')} ${s3} ${s6}` };
    const echoes = findEchoes([a, b]);
    expect(echoes).toHaveLength(1);
    const [echo] = echoes as [Echo];
    expect(echo.kind).toBe('across');
    expect(echo.a.doc).toBe('a');
    expect(echo.b.doc).toBe('b');
    expect(slice(a, echo.a)).toBe(`${s2} ${s3}`);
  });

  it('refuses two documents with one id', () => {
    expect(() =>
      findEchoes([
        { id: 'x', text: s0 },
        { id: 'x', text: s1 },
      ]),
    ).toThrow(/share the id/);
  });

  it('keeps passages in bounds, on words, and apart within one document', () => {
    const piece = fc.oneof(
      fc.constantFrom(...SENTENCES),
      fc.constantFrom(...SENTENCES).map((s) => s.replace(/e/g, 'é').replace(/ the /g, ' a ')),
      fc.string({ maxLength: 12 }),
    );
    const doc = fc.array(piece, { maxLength: 14 }).map((p) => p.join(' '));
    fc.assert(
      fc.property(fc.array(doc, { minLength: 1, maxLength: 3 }), (texts) => {
        const docs = texts.map((text, i) => ({ id: `d${i}`, text }));
        const byId = new Map(docs.map((d) => [d.id, d.text]));
        for (const e of findEchoes(docs, { minWords: 5 })) {
          for (const p of [e.a, e.b]) {
            const text = byId.get(p.doc) ?? '';
            expect(p.start).toBeGreaterThanOrEqual(0);
            expect(p.end).toBeGreaterThan(p.start);
            expect(p.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(p.start, p.end)).toMatch(/^[\p{L}\p{N}£$]/u);
          }
          expect(e.similarity).toBeGreaterThan(0);
          expect(e.similarity).toBeLessThanOrEqual(1);
          if (e.kind === 'within') expect(e.a.end).toBeLessThanOrEqual(e.b.start);
        }
      }),
      { numRuns: 200 },
    );
  });
});
