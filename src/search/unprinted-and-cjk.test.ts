import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/support/test-articles';
import { memorySearchStore } from '../../tests/support/memory-search-store';
import { columnRowOf } from '../../tests/support/column-rows';
import { SearchEngine, searchDocumentOf } from './search-engine';
import { searchIndexInProcess } from './search-in-process';
import { indexTerms, indexTermsVersion } from './index-terms';
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

// Thai news text, without spaces between words: plain, with zero-width spaces as word breaks
// (as some sites print it), and the same sentence with one word changed (สอง two, สาม three).
const thai = [
  article('th', 'การศึกษา', 'รัฐบาลจะเพิ่มงบประมาณด้านการศึกษาอีกสองหมื่นล้านบาทในปีหน้า'),
  article('th-zwsp', 'งบ', 'รัฐบาล\u200Bจะ\u200Bเพิ่ม\u200Bงบประมาณ\u200Bด้าน\u200Bการศึกษา'),
  article('th-three', 'ครู', 'สมาคมครูว่ารัฐบาลจะเพิ่มงบประมาณด้านการศึกษาอีกสามหมื่นล้านบาท'),
];

async function ids(query: string, docs = archive): Promise<string[]> {
  const index = searchIndexInProcess(memorySearchStore(docs));
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

describe('Thai, written without spaces', () => {
  it('finds a word inside a run, with or without zero-width spaces', async () => {
    expect(await ids('งบประมาณ', thai)).toEqual(['th', 'th-three', 'th-zwsp']);
    expect(await ids('การศึกษา', thai)).toEqual(['th', 'th-three', 'th-zwsp']);
  });

  it('finds a quoted phrase across word breaks, and tells the changed word apart', async () => {
    expect(await ids('"เพิ่มงบประมาณด้าน"', thai)).toEqual(['th', 'th-three', 'th-zwsp']);
    expect(await ids('"อีกสองหมื่นล้าน"', thai)).toEqual(['th']);
    expect(await ids('"อีกสามหมื่นล้าน"', thai)).toEqual(['th-three']);
  });
});

describe('an index saved by the rules before these', () => {
  // As the earlier rules saved it: no termsVersion in the manifest, postings in 16-bit columns.
  async function savedByOlderRules(docs: typeof archive) {
    const store = memorySearchStore(docs);
    await SearchEngine.open(store);
    const { termsVersion, ...older } = store.manifest ?? { revision: 1, nextId: 1, segments: [] };
    expect(termsVersion).toBe(indexTermsVersion);
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
      [false, 1, indexTermsVersion],
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

  it.each([2, 3, 4, 5])(
    'of version %i is kept with Chinese terms, and rebuilt when it holds a Thai run whole',
    async (version) => {
      const store = await savedByOlderRules(archive);
      store.manifest = store.manifest && { ...store.manifest, termsVersion: version };
      await SearchEngine.open(store);
      expect(store.saves.map((s) => [s.replace, s.put.length])).toEqual([[false, 1]]);
      const [row] = store.rows.values();
      const older = row && { ...row, terms: row.terms.map((t) => `${t}\nการศึกษาอีกสอง`) };
      if (older) store.rows.set(older.id, older);
      store.manifest = store.manifest && { ...store.manifest, termsVersion: version };
      store.saves.length = 0;
      await SearchEngine.open(store);
      expect(store.saves.map((s) => s.replace)).toEqual([true]);
    },
  );
});

// Thai words that differ only by their marks: ไก่ (chicken) and ไกล (far), ใกล้ (near) and ไกล.
const marked = [
  article('chicken', 'ตลาด', 'ราคาไก่ในตลาดสูงขึ้นมาก'),
  article('far', 'ทาง', 'บ้านของเขาอยู่ไกลจากตลาด'),
  article('near', 'ทาง', 'บ้านของเขาอยู่ใกล้ตลาด'),
  article('cafe', 'Coffee', 'A new café opened on the high street.'),
];

describe('Thai tone and vowel marks', () => {
  it('are not folded: a word is not found by another that differs only by its marks', async () => {
    // ไก่ (chicken, with a tone mark) was folded to ไก, the start of ไกล (far).
    expect(await ids('ไก่', marked)).toEqual(['chicken']);
    expect(await ids('ไกล', marked)).toEqual(['far']);
    expect(await ids('"อยู่ไกล"', marked)).toEqual(['far']);
    expect(await ids('"อยู่ใกล้"', marked)).toEqual(['near']);
    expect(indexTerms('ไก่')).toEqual(['ไก่']);
  });

  it('are highlighted with their letter', () => {
    const text = marked[0]?.text ?? '';
    const { highlights } = highlightTerms(text, new Set(indexTerms('ไก่')));
    expect(highlights.map((s) => text.slice(s.start, s.end))).toEqual(['ไก่']);
  });

  it('leave Latin accents folded: "cafe" finds "café"', async () => {
    expect(await ids('cafe', marked)).toEqual(['cafe']);
    expect(await ids('café', marked)).toEqual(['cafe']);
  });
});
