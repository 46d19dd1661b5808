import { describe, expect, it } from 'vitest';
import { findEchoesWithin } from '../core/echoes/find-echoes-within';
import { EchoIndex } from '../core/echoes/echo-index';
import { articleEchoes } from './article-echoes';

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
