import { describe, expect, it } from 'vitest';
import { findEchoesWithin } from '../core/echoes/find-echoes-within';
import { EchoIndex } from '../core/echoes/echo-index';
import { strongestFirst } from '../core/echoes/strength';
import type { Echo } from '../core/model';
import { articleEchoes, strongestEchoes } from './article-echoes';

const shared =
  'Among the latest measures being proposed by Britain is funding which will be used to equip the armed forces with the kit they need.';
const docs = [
  { id: 'open', text: `Opening words of the open article here. ${shared} Closing words of it.` },
  {
    id: 'older',
    text: `An older version begins differently today. ${shared} It ends differently.`,
  },
  {
    id: 'other',
    text: `A different paper entirely, with its own lead. ${shared} And its own end.`,
  },
];

describe('articleEchoes', () => {
  it('keeps the open article on side a and marks echoes with its versions as version echoes', () => {
    const index = new EchoIndex();
    for (const doc of docs) index.add(doc.id, doc.text);
    const open = docs[0] ?? { id: '', text: '' };
    const echoes = articleEchoes(open, ['older'], {
      within: (doc) => findEchoesWithin(doc),
      across: (doc) => index.query(doc, undefined, { within: false }),
    });
    expect(echoes.map((e) => [e.kind, e.a.doc, e.b.doc]).sort()).toEqual([
      ['across', 'open', 'other'],
      ['version', 'open', 'older'],
    ]);
    for (const echo of echoes) expect(open.text.slice(echo.a.start, echo.a.end)).toContain('equip');
  });
});

describe('strongestEchoes', () => {
  const echo = (similarity: number, length: number, at: number): Echo => ({
    kind: 'within',
    similarity,
    a: { doc: 'open', start: at, end: at + length },
    b: { doc: 'open', start: at + 1000, end: at + 1000 + length },
  });

  it('sends every echo of an ordinary article', () => {
    const echoes = [echo(0.9, 80, 0), echo(1, 60, 100)];
    expect(strongestEchoes(echoes, 5)).toEqual({ echoes, omitted: 0 });
  });

  it('past the limit sends the strongest, as the reader orders them, and counts the rest', () => {
    const echoes = Array.from({ length: 12 }, (_, i) => echo(0.5 + (i % 4) / 10, 50 + i, i * 10));
    const { echoes: sent, omitted } = strongestEchoes([...echoes], 5);
    expect(omitted).toBe(7);
    expect(sent).toEqual([...echoes].sort(strongestFirst).slice(0, 5));
    expect(sent.every((e) => e.similarity > 0.65)).toBe(true);
  });
});
