import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

/** The real texts the engine is measured on (Mozilla Readability's test pages, Apache-2.0). */
export const CORPUS_DIR = fileURLToPath(
  new URL('../../../shared/corpora/readability-test-pages/', import.meta.url),
);

/** One corpus article as visible paragraphs. */
export interface CorpusArticle {
  readonly name: string;
  readonly paragraphs: readonly string[];
}

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th, dd, dt, figcaption';

/** The visible text of one expected.html, one string per innermost block element. */
export function visibleParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  for (const el of document.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue;
    const text = el.textContent.replace(/\s+/g, ' ').trim();
    if (/[\p{L}\p{N}]/u.test(text)) out.push(text);
  }
  return out;
}

/** Every corpus article, or undefined (with the reason) when ../shared is not there. */
export function loadCorpus(): CorpusArticle[] | string {
  if (!existsSync(CORPUS_DIR)) return `corpus not found at ${CORPUS_DIR}`;
  const articles: CorpusArticle[] = [];
  for (const name of readdirSync(CORPUS_DIR).sort()) {
    const file = join(CORPUS_DIR, name, 'expected.html');
    if (!existsSync(file)) continue;
    articles.push({ name, paragraphs: visibleParagraphs(readFileSync(file, 'utf8')) });
  }
  return dropSharedText(articles);
}

const words = (p: string): string[] => p.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Keep prose the evaluation can trust: drop paragraphs that are mostly not letters (tables, code,
 * data) and paragraphs that share any 5-word run with text seen before (in an earlier article or
 * earlier in the same one: lorem ipsum, repeated captions, near-duplicate blocks), so echoes the
 * corpus already contains do not count against precision. Checked with plain word lists,
 * independently of the engine under test.
 */
function dropSharedText(articles: readonly CorpusArticle[]): CorpusArticle[] {
  const seen = new Set<string>();
  return articles.map(({ name, paragraphs }) => {
    const kept = paragraphs.filter((p) => {
      const letters = (p.match(/\p{L}/gu) ?? []).length;
      const w = words(p);
      const grams: string[] = [];
      for (let i = 0; i + 5 <= w.length; i++) grams.push(w.slice(i, i + 5).join(' '));
      const shared = grams.filter((g) => seen.has(g)).length;
      for (const g of grams) seen.add(g);
      return letters >= 0.6 * p.replace(/\s/g, '').length && shared === 0;
    });
    return { name, paragraphs: kept };
  });
}

/** Split a paragraph into sentences (good enough for planting whole sentences). */
export function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?][’”"')]?)\s+(?=[\p{Lu}‘“"(\d])/u).filter((s) => s.trim() !== '');
}
