import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/support/test-articles';
import { memorySearchStore } from '../../tests/support/memory-search-store';
import { contractedForms, expandedForms } from './contraction-forms';
import { PhraseCheck, runPhraseCheck } from './phrase-search';
import { queryVariants } from './query-variants';
import { SearchEngine, searchDocumentOf } from './search-engine';

describe('contraction forms', () => {
  it('contracts only words people write contracted, as the echo engine reads them', () => {
    expect(contractedForms('we', 'are')).toEqual(["we're"]);
    expect(contractedForms('It', 'is')).toEqual(["it's"]);
    expect(contractedForms('do', 'not')).toEqual(["don't"]);
    expect(contractedForms('will', 'not')).toEqual(["won't"]);
    expect(contractedForms('can', 'not')).toEqual(["can't", 'cannot']);
    expect(contractedForms('let', 'us')).toEqual(["let's"]);
    // "prices're" reads as "prices are" to the echo engine, but nobody prints it.
    expect(contractedForms('prices', 'are')).toEqual([]);
    expect(contractedForms('we', 'were')).toEqual([]);
  });

  it('expands a contraction, straight or curly, and leaves a possessive alone', () => {
    expect(expandedForms('we’re')).toEqual(['we are']);
    expect(expandedForms("Don't")).toEqual(['do not']);
    expect(expandedForms("can't")).toEqual(['can not', 'cannot']);
    expect(expandedForms('cannot')).toEqual(['can not', "can't"]);
    expect(expandedForms('Ukraine’s')).toEqual([]);
    expect(expandedForms('£200m')).toEqual([]);
  });

  it('asks a query in each form, keeping its quotes', () => {
    expect(queryVariants('"we are providing"')).toEqual([
      '"we are providing"',
      '"we\'re providing"',
    ]);
    expect(queryVariants('‘we’re providing’')).toEqual(['‘we’re providing’', '‘we are providing’']);
    // Punctuation between the words is no contraction's place.
    expect(queryVariants('we, are')).toEqual(['we, are']);
    expect(queryVariants("we're spending £200m")).toEqual([
      "we're spending £200m",
      'we are spending £200m',
      "we're spending £200 million",
      'we are spending £200 million',
    ]);
  });
});

describe('searching the seed article’s two printings', () => {
  // The built-in sample prints one quote twice: once "we’re providing", once "we are providing",
  // and one sum as "£200m" and as "£200 million".
  const seeds = join(__dirname, '../../seeds');
  const seed = readFileSync(join(seeds, readdirSync(seeds)[0] ?? ''), 'utf8').split('\n');
  const line = (holding: string): string => seed.find((l) => l.includes(holding)) ?? '';
  const base = makeArticle(0);
  const doc = (id: string, text: string) => searchDocumentOf({ ...base, id, title: id, text });
  const articles = [
    doc('contracted', line('support we’re providing')),
    doc('spelled-out', line('support that we are providing')),
    doc('abbreviated', line('Britain is £200m')),
    doc('in-words', line('Britain is £200 million')),
    doc('other', 'Were they ready? The report said they were not, and we agreed.'),
  ];

  const searching = async () => {
    const store = memorySearchStore(articles);
    const engine = await SearchEngine.open(store);
    // A query as the app asks it: a phrase's candidates checked against their text.
    return async (q: string): Promise<string[]> => {
      const plan = engine.phrasePlan(q, {});
      const found = plan
        ? await runPhraseCheck(new PhraseCheck(plan, 10, store.documents))
        : engine.query(q, {}, 10);
      return found.map((m) => m.id).sort();
    };
  };

  it('finds "we are" and "we’re" alike, quoted or not', async () => {
    expect(articles.every((a) => a.text.length > 50)).toBe(true);
    const ids = await searching();
    const both = ['contracted', 'spelled-out'];
    expect(await ids('we are providing')).toEqual(both);
    expect(await ids("we're providing")).toEqual(both);
    expect(await ids('"we are providing this year"')).toEqual(both);
    expect(await ids('“we’re providing this year”')).toEqual(both);
    // The phrase still asks for its words side by side: "we … were not" is not "we're not".
    expect(await ids('"we\'re not"')).toEqual([]);
    expect(await ids('"support that we are"')).toEqual(['spelled-out']);
  });

  it('finds "£200m" and "£200 million" alike', async () => {
    const ids = await searching();
    expect(await ids('£200m')).toEqual(['abbreviated', 'in-words']);
    expect(await ids('"£200 million of funding"')).toEqual(['abbreviated', 'in-words']);
  });
});
