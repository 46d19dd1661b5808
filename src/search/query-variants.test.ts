import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/support/test-articles';
import { memorySearchStore } from '../../tests/support/memory-search-store';
import { queryVariants } from './query-variants';
import { SearchEngine, searchDocumentOf } from './search-engine';
import { snippetAround } from './snippets';

describe('queryVariants', () => {
  it('writes each number the other way, keeping quotes and the other words', () => {
    expect(queryVariants('£200m')).toEqual(['£200m', '£200 million']);
    expect(queryVariants('“£200 million” roads')).toEqual([
      '“£200 million” roads',
      '“£200m” roads',
    ]);
    expect(queryVariants('$5bn deal')).toEqual(['$5bn deal', '$5 billion deal']);
    expect(queryVariants('5 billion')).toEqual(['5 billion', '5bn']);
    expect(queryVariants('10 per cent rise')).toEqual(['10 per cent rise', '10% rise']);
    expect(queryVariants('10%')).toEqual(['10%', '10 per cent']);
    expect(queryVariants('percent')).toEqual(['percent', 'per cent']);
    expect(queryVariants('£1,500,000')).toEqual(['£1,500,000', '£1500000']);
    expect(queryVariants('£1500000')).toEqual(['£1500000', '£1,500,000']);
  });

  it('leaves alone what is not surely a number written another way', () => {
    // A year is not "2,026".
    for (const q of ['2026 budget', 'Healey', '']) expect(queryVariants(q)).toEqual([q]);
  });

  it('writes an amount without a sign the other way too, as it is mostly money', () => {
    expect(queryVariants('200m race')).toEqual(['200m race', '200 million race']);
    expect(queryVariants('5 million')).toEqual(['5 million', '5m']);
    expect(queryVariants('30k')).toEqual(['30k', '30 thousand']);
  });

  it('swaps each number alone, then all together, at most four forms', () => {
    expect(queryVariants('£2bn and £200m')).toEqual([
      '£2bn and £200m',
      '£2 billion and £200m',
      '£2bn and £200 million',
      '£2 billion and £200 million',
    ]);
    expect(queryVariants('£1m £2m £3m')).toHaveLength(4);
  });
});

describe('searching numbers and quoted words', () => {
  const base = makeArticle(0);
  const doc = (id: string, text: string) => searchDocumentOf({ ...base, id, title: id, text });
  const articles = [
    doc('court', 'The court ruled on the appeal.'),
    doc('count', 'The vote count ruled out a recount.'),
    doc('abbreviated', 'The Treasury will spend £200m on rural bus routes.'),
    doc('spelled', 'The Treasury will spend £200 million on rural bus routes.'),
    doc('other', 'The Treasury will spend £300 million on rural bus routes.'),
    doc('healey', 'John Healey said the army would be ready.'),
    doc('haley', 'Nikki Haley said the party would be ready.'),
  ];

  // The ids a query finds, sorted, and the engine it asked.
  const searching = async () => {
    const engine = await SearchEngine.open(memorySearchStore(articles));
    const ids = (q: string) =>
      engine
        .query(q, {}, 10)
        .map((m) => m.id)
        .sort();
    return { engine, ids };
  };

  it('finds an amount however the article printed it, and marks it in the snippet', async () => {
    const { engine, ids } = await searching();
    expect(ids('£200m')).toEqual(['abbreviated', 'spelled']);
    expect(ids('£200 million')).toEqual(['abbreviated', 'spelled']);
    expect(ids('"£200m" bus')).toEqual(['abbreviated', 'spelled']);
    const [hit] = engine.query('£200m', {}, 10).filter((m) => m.id === 'abbreviated');
    const snippet = snippetAround(articles[2]?.text ?? '', new Set(hit?.terms));
    expect(snippet.highlights.map((h) => snippet.text.slice(h.start, h.end))).toEqual(['£200m']);
  });

  it('matches a quoted word exactly, an unquoted one with a typo allowed', async () => {
    const { ids } = await searching();
    expect(ids('Healey')).toEqual(['haley', 'healey']);
    expect(ids('"Healey"')).toEqual(['healey']);
    expect(ids('“Healey” army')).toEqual(['healey']);
    // A misspelt five-letter name still finds it; quoted, it asks for that spelling only.
    expect(ids('Healy')).toEqual(['healey']);
    expect(ids('"Healy"')).toEqual([]);
    // A five-letter word some article holds is not widened to its neighbours.
    expect(ids('court ruled')).toEqual(['court']);
    expect(ids('count')).toEqual(['count']);
  });
});
