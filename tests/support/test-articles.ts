import type { ArticleRecord } from '../../src/db/records';
import { contentHashOf } from '../../src/core/extract/content-hash';
import { countWords, sortKeyOf } from '../../src/db/sort-keys';

const sources = ['The Harbour Gazette', 'Daily Ledger', 'Morning Post', 'Evening Courier'];
const topics = [
  'flood defences',
  'rail fares',
  'hospital waiting lists',
  'school meals',
  'wind farms',
];

/** A deterministic, varied article for tests and benches (no two texts alike). */
export function makeArticle(i: number, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  const topic = topics[i % topics.length] ?? 'news';
  const source = sources[i % sources.length] ?? '';
  const title = `Report ${i}: ministers and ${topic}`;
  const text = [
    `Ministers said on day ${i} that ${topic} would be reviewed, according to ${source}.`,
    `‘We will spend £${(i % 90) + 10}m on ${topic},’ a spokesperson said; critics called it “too little”.`,
    `Item ${i} ends here with number ${i * 7919}.`,
  ].join('\n\n');
  const id = `article-${String(i).padStart(6, '0')}`;
  return {
    id,
    title,
    source,
    byline: i % 3 ? `Reporter ${i % 11}` : '',
    url: i % 2 ? `https://news.example/${i}` : '',
    urlKey: i % 2 ? `https://news.example/${i}` : '',
    publishedAt: Date.UTC(2025, i % 12, (i % 28) + 1),
    importedAt: Date.UTC(2026, 0, 1, 0, 0, i),
    tags: i % 4 ? [topic.split(' ')[0] ?? 'misc'] : [],
    contentHash: contentHashOf(text),
    storyId: `story-${i}`,
    note: i % 5 ? '' : `Note ${i}`,
    text,
    html: i % 2 ? `<p>${text.split('\n\n').join('</p><p>')}</p>` : '',
    origin: { kind: 'file', format: 'txt', name: `${i}.txt`, relativePath: `batch/${i}.txt` },
    sortTitle: sortKeyOf(title),
    wordCount: countWords(text),
    ...overrides,
  };
}
