import type { ArticleFilters } from '../../core/filters/article-filters';
import type { ArchiveDatabase } from '../../db/database';
import type { ArticleSummary } from '../../db/query-types';
import { getArticles, summarise } from '../../db/articles';
import { highlightTerms, snippetAround, type Highlighted } from '../../search/snippets';
import { queryMarks } from '../../search/phrase-marks';
import { searchIndexFor } from './search-link';
import { withSourceSpellings } from '../../db/source-facets';
import type { QueryAsking } from '../../search/search-index';

/** One search hit: the article, its score, and highlighted title and snippet. */
export interface SearchHit {
  readonly article: ArticleSummary;
  readonly score: number;
  readonly title: Highlighted;
  readonly snippet: Highlighted;
}

/**
 * Full-text search across title, byline, source and text: BM25 ranking (title and byline count
 * more), every word must match, the last word may be a prefix, a quoted phrase's words side by
 * side (`asking` cancels it and hears how its check goes), filters by source, tag and date.
 */
export async function searchArticles(
  db: ArchiveDatabase,
  query: string,
  filters: ArticleFilters = {},
  limit = 50,
  asking?: QueryAsking,
): Promise<SearchHit[]> {
  if (!query.trim()) return [];
  const spelled = await withSourceSpellings(db, filters);
  const top = await searchIndexFor(db).query(query, spelled, limit, asking);
  const rows = await getArticles(
    db,
    top.map((r) => r.id),
  );
  const hits: SearchHit[] = [];
  top.forEach((result, i) => {
    const article = rows[i];
    if (!article) return;
    const { terms, phrases } = queryMarks(query, result.terms);
    hits.push({
      article: summarise(article),
      score: result.score,
      title: highlightTerms(article.title, terms, phrases),
      snippet: snippetAround(article.text, terms, phrases),
    });
  });
  return hits;
}
