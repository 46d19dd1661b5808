import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The second extraction dev set: real news pages with hand-checked snippets (tests/fixtures/news-pages). */
export const newsPagesDir = fileURLToPath(new URL('../fixtures/news-pages/', import.meta.url));

/** One page's expectations: snippets of the article that must come out, furniture that must not. */
export interface NewsPage {
  readonly file: string;
  readonly lang: string;
  readonly url: string;
  /** Where the snippets come from: trafilatura's evaluation data, or checked by hand here. */
  readonly source: string;
  readonly title?: string;
  readonly with: readonly string[];
  readonly without: readonly string[];
  /** Snippets that fail today (a known miss, not a regression): left out of the unit test's asserts. */
  readonly knownMisses?: readonly string[];
  /** File (beside the page) holding the whole article text, checked by hand; paragraphs split by blank lines. */
  readonly expectedText?: string;
  /** The unit test's floor for this page's text F1 (today's figure rounded down): below it is a regression. */
  readonly minTextF1?: number;
  /** True when the title is extracted wrong today (a known miss, not asserted). */
  readonly titleMiss?: boolean;
}

/** The pages and their expectations (`expectations.json` in `dir`). */
export function loadNewsPages(dir = newsPagesDir): NewsPage[] {
  return JSON.parse(readFileSync(`${dir}expectations.json`, 'utf8')) as NewsPage[];
}

/** A page's bytes as saved (not all pages are UTF-8: they go through the app's charset detection). */
export function newsPageBytes(page: NewsPage, dir = newsPagesDir): Uint8Array {
  return new Uint8Array(readFileSync(`${dir}${page.file}`));
}

/** A page's hand-checked article text, or undefined when the page has only snippets. */
export function newsPageExpected(page: NewsPage, dir = newsPagesDir): string | undefined {
  return page.expectedText ? readFileSync(`${dir}${page.expectedText}`, 'utf8') : undefined;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** How one extracted text scores against a page's snippets. */
export interface NewsScore {
  /** Share of the `with` snippets found. */
  readonly recall: number;
  /** Share of the `without` snippets absent (1 = no furniture leaked). */
  readonly precision: number;
  /** Harmonic mean of the two. */
  readonly f1: number;
  readonly missing: readonly string[];
  readonly leaked: readonly string[];
}

/** Scores an extracted text: snippets matched after whitespace is squashed, case kept. */
export function scoreNewsPage(page: NewsPage, text: string): NewsScore {
  const flat = squash(text);
  const missing = page.with.filter((s) => !flat.includes(squash(s)));
  const leaked = page.without.filter((s) => flat.includes(squash(s)));
  const recall = page.with.length ? 1 - missing.length / page.with.length : 1;
  const precision = page.without.length ? 1 - leaked.length / page.without.length : 1;
  const f1 = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
  return { recall, precision, f1, missing, leaked };
}
