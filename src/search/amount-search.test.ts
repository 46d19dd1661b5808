import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/support/test-articles';
import { memorySearchStore } from '../../tests/support/memory-search-store';
import { phraseSpans, queryMarks } from './phrase-marks';
import { PhraseCheck, runPhraseCheck } from './phrase-search';
import { queryVariants } from './query-variants';
import { SearchEngine, searchDocumentOf } from './search-engine';
import { snippetAround } from './snippets';

describe('an amount typed without its currency sign', () => {
  const base = makeArticle(0);
  const doc = (id: string, text: string) => searchDocumentOf({ ...base, id, title: id, text });
  const articles = [
    doc('pounds', 'The Treasury will spend £200m on rural bus routes.'),
    doc('pounds-spelled', 'The Treasury will spend £200 million on rural bus routes.'),
    doc('dollars', 'The Pentagon will spend $200m on drones.'),
    doc('euros', 'Brussels will spend €200m on ports.'),
    doc('bare', 'The charity raised 200m over ten years.'),
    doc('small', 'Fines of £200 were issued to 200 drivers.'),
    doc('other', 'The Treasury will spend £300 million on rural bus routes.'),
  ];

  const searching = async () => {
    const store = memorySearchStore(articles);
    const engine = await SearchEngine.open(store);
    const ids = (q: string) =>
      engine
        .query(q, {}, 10)
        .map((m) => m.id)
        .sort();
    // A query as the app asks it: a phrase's candidates checked against their text.
    const phraseIds = async (q: string): Promise<string[]> => {
      const plan = engine.phrasePlan(q, {});
      const found = plan ? await runPhraseCheck(new PhraseCheck(plan, 10, store.documents)) : [];
      return found.map((m) => m.id).sort();
    };
    return { engine, ids, phraseIds };
  };

  it('finds the amount in any currency and without one', async () => {
    const { ids } = await searching();
    const millions = ['bare', 'dollars', 'euros', 'pounds', 'pounds-spelled'];
    expect(ids('200m')).toEqual(millions);
    expect(ids('200 million')).toEqual(millions);
    expect(ids('200m bus')).toEqual(['pounds', 'pounds-spelled']);
    // The last word may be a prefix, as "£200" finds "£200m".
    expect(ids('200')).toEqual([...millions, 'small'].sort());
    expect(ids('200 drivers')).toEqual(['small']);
  });

  it('keeps an amount typed with its sign to that currency', async () => {
    const { ids } = await searching();
    expect(ids('£200m')).toEqual(['pounds', 'pounds-spelled']);
    expect(ids('$200m')).toEqual(['dollars']);
    expect(ids('£200 million')).toEqual(['pounds', 'pounds-spelled']);
  });

  it('marks the signed amount a bare one found', async () => {
    const { engine } = await searching();
    const [hit] = engine.query('200m', {}, 10).filter((m) => m.id === 'euros');
    const snippet = snippetAround(articles[3]?.text ?? '', new Set(hit?.terms));
    expect(snippet.highlights.map((h) => snippet.text.slice(h.start, h.end))).toEqual(['€200m']);
  });

  it('finds a quoted phrase holding the amount after any sign, and marks it', async () => {
    const { phraseIds } = await searching();
    expect(await phraseIds('"spend 200 million on rural"')).toEqual(['pounds', 'pounds-spelled']);
    expect(await phraseIds('"spend 200m on"')).toEqual([
      'dollars',
      'euros',
      'pounds',
      'pounds-spelled',
    ]);
    expect(await phraseIds('"raised 200m"')).toEqual(['bare']);
    expect(await phraseIds('"spend £200m on"')).toEqual(['pounds', 'pounds-spelled']);
    const text = articles[1]?.text ?? '';
    const marked = phraseSpans(text, queryMarks('"200 million on rural"', []).phrases);
    expect(marked.map((s) => text.slice(s.start, s.end))).toEqual(['£200 million on rural']);
  });

  it('asks a bare amount in at most two forms', () => {
    expect(queryVariants('200m')).toEqual(['200m', '200 million']);
    expect(queryVariants('200 million')).toEqual(['200 million', '200m']);
    expect(queryVariants('200')).toEqual(['200']);
  });
});
