import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/support/test-articles';
import { memorySearchStore } from '../../tests/support/memory-search-store';
import { columnRowOf } from '../../tests/support/column-rows';
import { SearchEngine, searchDocumentOf } from './search-engine';
import { searchIndexInProcess } from './search-index';
import { indexTerms } from './index-terms';
import { highlightTerms, snippetAround } from './snippets';

/** An article whose title and text are given (the other fields from makeArticle). */
const article = (id: string, title: string, text: string) =>
  searchDocumentOf(makeArticle(0, { id, title, text, byline: '', source: 'Wire' }));

// A wire paragraph as a site that hyphenates long words with &shy; prints it, one with a
// zero-width space in a long word, and a Chinese and a Japanese news sentence.
const archive = [
  article(
    'shy',
    'Aid inquiry',
    'The Euro\u00ADpean Com\u00ADmis\u00ADsion said it would in\u00ADves\u00ADti\u00ADgate whether the ' +
      'gov\u00ADern\u00ADment had breached state aid rules.',
  ),
  article('zwsp', 'Works', 'The infra\u200Bstructure programme was delayed again.'),
  article('plain', 'Aid', 'The government denied it had breached any rules.'),
  article('zh', '新华社', '新华社北京3月5日电 中国政府今天发布了关于加强基础设施建设的新政策。'),
  article('zh-apart', '评论', '中国的地方政府也表示支持。'),
  article('ja', '東京', '東京都は来年度からコーヒーの輸入に関する新しい規則を導入する。'),
];

async function ids(query: string): Promise<string[]> {
  const index = searchIndexInProcess(memorySearchStore(archive));
  return (await index.query(query, {}, 100)).map((m) => m.id).sort();
}

describe('soft hyphens and zero-width characters', () => {
  it('are folded away, so the printed word is found as typed, alone or in a phrase', async () => {
    expect(await ids('government')).toEqual(['plain', 'shy']);
    expect(await ids('"the government had breached"')).toEqual(['shy']);
    expect(await ids('"European Commission"')).toEqual(['shy']);
    expect(await ids('infrastructure')).toEqual(['zwsp']);
  });

  it('stay inside the highlighted word, which covers the characters of the original text', async () => {
    const text = archive[0]?.text ?? '';
    const { highlights } = highlightTerms(text, new Set(['government', 'investigate']));
    expect(highlights.map((s) => text.slice(s.start, s.end))).toEqual([
      'in\u00ADves\u00ADti\u00ADgate',
      'gov\u00ADern\u00ADment',
    ]);
  });
});

describe('text written without spaces', () => {
  it('is indexed as overlapping pairs of characters', () => {
    expect(indexTerms('中国政府今天')).toEqual(['中国', '国政', '政府', '府今', '今天']);
    expect(indexTerms('3月 iPhone手机 コーヒー')).toEqual([
      '3',
      '月',
      'iphone',
      '手机',
      'コー',
      'ーヒ',
      'ヒー',
    ]);
  });

  it('finds a quoted phrase inside a run, and not its characters apart', async () => {
    expect(await ids('"中国政府"')).toEqual(['zh']);
    expect(await ids('"基础设施建设"')).toEqual(['zh']);
    expect(await ids('"コーヒーの輸入"')).toEqual(['ja']);
    expect(await ids('"政府也"')).toEqual(['zh-apart']);
  });

  it('finds an unquoted run by all its pairs, a word inside a run, and one character anywhere', async () => {
    expect(await ids('中国政府')).toEqual(['zh']);
    expect(await ids('政府')).toEqual(['zh', 'zh-apart']);
    expect(await ids('府')).toEqual(['zh', 'zh-apart']);
    expect(await ids('コーヒー')).toEqual(['ja']);
  });

  it('highlights the matched pairs in the original text', () => {
    const text = archive[3]?.text ?? '';
    const { text: shown, highlights } = snippetAround(text, new Set(['中国', '国政', '政府']));
    expect(highlights.map((s) => shown.slice(s.start, s.end))).toEqual(['中国政府']);
  });
});

describe('an index saved by the rules before these', () => {
  // As the earlier rules saved it: no termsVersion in the manifest, postings in 16-bit columns.
  async function savedByOlderRules(docs: typeof archive) {
    const store = memorySearchStore(docs);
    await SearchEngine.open(store);
    const { termsVersion, ...older } = store.manifest ?? { revision: 1, nextId: 1, segments: [] };
    expect(termsVersion).toBe(3);
    store.manifest = older;
    for (const [id, row] of store.rows) store.rows.set(id, columnRowOf(row));
    store.saves.length = 0;
    return store;
  }

  it('is kept, and stamped, when none of its terms would change', async () => {
    const store = await savedByOlderRules([archive[2] as (typeof archive)[number]]);
    const engine = await SearchEngine.open(store);
    // Its one row is saved again, packed (postings.ts), with the stamp.
    expect(store.saves.map((s) => [s.replace, s.put.length, s.manifest.termsVersion])).toEqual([
      [false, 1, 3],
    ]);
    expect(engine.query('government', {}, 10).map((m) => m.id)).toEqual(['plain']);
  });

  it('is rebuilt when it holds a term these rules fold or split otherwise', async () => {
    const store = await savedByOlderRules(archive);
    // The older index's term for the hyphenated word, as the earlier rules folded it.
    const [row] = store.rows.values();
    const older = row && { ...row, terms: row.terms.map((t) => `${t}\ngov\u00ADernment`) };
    if (older) store.rows.set(older.id, older);
    await SearchEngine.open(store);
    expect(store.saves.map((s) => s.replace)).toEqual([true]);
  });
});
