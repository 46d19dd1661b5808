import type { ArchiveDatabase } from './database';
import type { ArticleFilters, SearchHit } from './query-types';
import { summarise } from './articles';
import { querySearchIndex } from './search-index';
import { highlightTerms, snippetAround } from './snippets';

/**
 * Full-text search across title, byline, source and text: BM25 ranking (title and byline count
 * more), every word must match, the last word may be a prefix, filters by source, tag and date.
 */
export async function searchArticles(
  db: ArchiveDatabase,
  query: string,
  filters: ArticleFilters = {},
  limit = 50,
): Promise<SearchHit[]> {
  if (!query.trim()) return [];
  const top = await querySearchIndex(db, query, filters, limit);
  const rows = await db.articles.bulkGet(top.map((r) => r.id));
  const hits: SearchHit[] = [];
  top.forEach((result, i) => {
    const article = rows[i];
    if (!article) return;
    const terms = new Set(result.terms);
    hits.push({
      article: summarise(article),
      score: result.score,
      title: highlightTerms(article.title, terms),
      snippet: snippetAround(article.text, terms),
    });
  });
  return hits;
}
