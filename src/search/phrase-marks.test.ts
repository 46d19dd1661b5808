import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/support/test-articles';
import { memorySearchStore } from '../../tests/support/memory-search-store';
import { queryMarks } from './phrase-marks';
import { SearchEngine, searchDocumentOf } from './search-engine';
import { highlightTerms, snippetAround } from './snippets';

// The wire story's quote as two papers printed it (q24: one contracted "We’re", one not), with
// the other "the"s of the paragraph around it.
const base = makeArticle(0);
const doc = (id: string, text: string) => searchDocumentOf({ ...base, id, title: id, text });
const articles = [
  doc(
    'contracted',
    'The minister said the plan was the biggest of the decade. “We’re putting the money where ' +
      'the water is,” she told the paper, and the councils welcomed the money.',
  ),
  doc(
    'spelled',
    'The Environment Agency backed the scheme. “We are putting the money where the water is,” ' +
      'the minister said.',
  ),
];

/** The marked parts of a query's snippet in one article, as the library list gets them. */
async function marked(query: string, id: string): Promise<string[]> {
  const engine = await SearchEngine.open(memorySearchStore(articles));
  const hit = (await engine.query(query, {}, 10)).find((m) => m.id === id);
  const text = articles.find((a) => a.id === id)?.text ?? '';
  const { terms, phrases } = queryMarks(query, hit?.terms ?? []);
  const snippet = snippetAround(text, terms, phrases);
  return snippet.highlights.map((h) => snippet.text.slice(h.start, h.end));
}

describe('a quoted phrase in the snippet', () => {
  it('is marked whole where it stands, in either printed form, and its words nowhere else', async () => {
    const query = '"we are putting the money"';
    expect(await marked(query, 'spelled')).toEqual(['We are putting the money']);
    expect(await marked(query, 'contracted')).toEqual(['We’re putting the money']);
    expect(await marked('"we’re putting the money"', 'spelled')).toEqual([
      'We are putting the money',
    ]);
  });

  it('leaves the unquoted words marked wherever they are', async () => {
    expect(await marked('"putting the money" water', 'contracted')).toEqual([
      'putting the money',
      'water',
    ]);
    // Unquoted, every word matched is marked, as before.
    expect(await marked('putting money', 'contracted')).toEqual(['putting', 'money', 'money']);
  });

  it('marks a title holding the phrase, and nothing in one holding only its words', () => {
    const { terms, phrases } = queryMarks('"the money"', ['the', 'money']);
    const marks = (text: string) =>
      highlightTerms(text, terms, phrases).highlights.map((h) => text.slice(h.start, h.end));
    expect(marks('Where the money goes')).toEqual(['the money']);
    expect(marks('Money for the coast')).toEqual([]);
  });
});
