/**
 * "Where else did this passage appear?" at archive scale, in Node: archives of N synthetic
 * articles (PASSAGE_SIZES, 10,000 and 100,000 by default), 20 of them holding a copy of a 45-word
 * passage of article 0 with small edits. Per size: the near-copy lookup the reader's "Find
 * copies" runs in the echo worker (findPassageCopies over the archive's EchoIndex, after the
 * index is built and its marks sorted, as the worker holds them), and, as the baseline in the same
 * run, the library's quoted-phrase search of the same words ("Search the archive", its first 40
 * words) over the search engine in process — CPU time of each, medians of 5, the ratio, and how
 * many copies each finds. Not included: the worker's first reading of the archive's texts.
 * Run: npm run bench -- passage-copies
 */
import { EchoIndex } from '../src/core/echoes/echo-index';
import { findPassageCopies } from '../src/core/echoes/passage-copies';
import { parseInstant } from '../src/core/extract/parse-instant';
import { searchDocumentOf, type SearchDocument } from '../src/search/search-engine';
import { searchIndexInProcess } from '../src/search/search-in-process';
import { passageQuery } from '../src/ui/reader/passage-query';
import { memorySearchStore } from '../tests/support/memory-search-store';
import { syntheticArticle } from './archive-synthetic';

const sizes = (process.env.PASSAGE_SIZES ?? '10000,100000').split(',').map(Number);
const copies = 20;
const runs = 5;

const median = (v: readonly number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1] ?? NaN;

/** CPU milliseconds (user + system) `work` takes, and what it returns. */
async function cpuOf<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, value };
}

/** The passage: 45 words from the middle of article 0's first paragraph on. */
function passageOf(text: string): { start: number; end: number } {
  const words = [...text.matchAll(/\S+/g)];
  const from = words[20]?.index ?? 0;
  const last = words[64];
  return { start: from, end: (last?.index ?? 0) + (last?.[0].length ?? 0) };
}

/** The passage with small edits: one word changed, one dropped, a comma added (copy `k`). */
function editedCopy(passage: string, k: number): string {
  const words = passage.split(' ');
  words[5 + (k % 10)] = 'zorbavu';
  words.splice(25 + (k % 10), 1);
  words[15] = `${words[15] ?? ''},`;
  return words.join(' ');
}

async function measure(n: number): Promise<void> {
  const origin = syntheticArticle(0).text;
  const span = passageOf(origin);
  const passage = origin.slice(span.start, span.end);
  // Copies planted in articles spread over the archive, between two of their paragraphs.
  const planted = new Set(
    Array.from({ length: copies }, (_, k) => 1 + Math.floor((k * n) / copies)),
  );
  const texts: string[] = [];
  const docs: SearchDocument[] = [];
  for (let i = 0; i < n; i++) {
    const a = syntheticArticle(i);
    let text = a.text;
    if (planted.has(i)) {
      const cut = text.indexOf('\n\n');
      text = `${text.slice(0, cut)}\n\n${editedCopy(passage, i)}${text.slice(cut)}`;
    }
    texts.push(text);
    docs.push(
      searchDocumentOf({ ...a, text, id: `a${i}`, publishedAt: parseInstant(a.publishedAt) }),
    );
  }
  const build = await cpuOf(() => {
    const index = new EchoIndex();
    texts.forEach((text, i) => index.add(`a${i}`, text));
    // The first query sorts the archive's marks, as the worker's first scan does.
    findPassageCopies(index, { doc: 'a0', ...span, text: passage }, []);
    return index;
  });
  const index = build.value;
  const store = memorySearchStore(docs);
  const search = searchIndexInProcess(store);
  const opened = await cpuOf(() => search.open());
  const query = passageQuery(passage);
  const lookups: number[] = [];
  const phrases: number[] = [];
  let found = 0;
  let hits = 0;
  for (let run = 0; run < runs; run++) {
    const lookup = await cpuOf(() =>
      findPassageCopies(index, { doc: 'a0', ...span, text: passage }, []),
    );
    lookups.push(lookup.ms);
    found = new Set(lookup.value.map((e) => e.b.doc)).size;
    const phrase = await cpuOf(() => search.query(query, {}, 1000));
    phrases.push(phrase.ms);
    hits = phrase.value.filter((m) => m.id !== 'a0').length;
  }
  const [lookupMs, phraseMs] = [median(lookups), median(phrases)];
  console.log(
    `  ${n.toLocaleString('en')} articles (${copies} edited copies planted): copies lookup ${lookupMs.toFixed(1)} ms CPU, finds ${found}; phrase search ${phraseMs.toFixed(1)} ms CPU, finds ${hits}; ratio ${(lookupMs / phraseMs).toFixed(2)}× (medians of ${runs}); building the echo index and sorting its marks ${(build.ms / 1000).toFixed(1)} s, the search index ${(opened.ms / 1000).toFixed(1)} s`,
  );
}

/** Prints the figures for each size. */
export async function runPassageCopiesBench(): Promise<void> {
  for (const n of sizes) await measure(n);
}
