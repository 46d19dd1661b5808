import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { extractText } from '../src/core/extract/extract-bytes';
import { extractHtmlArticle } from '../src/core/extract/html-article';
import { stripInertMarkup } from '../src/core/extract/strip-inert';
import type { ExtractOutcome } from '../src/core/extract/types';
import { parseHtmlWithLinkedom } from '../src/cli/html-reader';

/** The Readability test pages (130 cases), beside the checkout. */
export const corpusDir = fileURLToPath(
  new URL('../../shared/corpora/readability-test-pages/', import.meta.url),
);

interface Case {
  readonly name: string;
  readonly source: string;
  readonly expectedText: string;
  readonly meta: { title: string | null; byline: string | null; publishedTime: string | null };
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** F1 of the multisets of word 4-grams (1 when both are empty). */
export function fourGramF1(got: string, want: string): number {
  const grams = (text: string): Map<string, number> => {
    const w = words(text);
    const counts = new Map<string, number>();
    for (let i = 0; i + 4 <= w.length; i++) {
      const g = w.slice(i, i + 4).join(' ');
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    return counts;
  };
  const a = grams(got);
  const b = grams(want);
  let overlap = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (const n of a.values()) sizeA += n;
  for (const n of b.values()) sizeB += n;
  for (const [g, n] of a) overlap += Math.min(n, b.get(g) ?? 0);
  if (sizeA === 0 && sizeB === 0) return 1;
  if (overlap === 0) return 0;
  const precision = overlap / sizeA;
  const recall = overlap / sizeB;
  return (2 * precision * recall) / (precision + recall);
}

/** Share of the extracted word 4-grams that are in the expected text (1 when none extracted). */
export function fourGramPrecision(got: string, want: string): number {
  const grams = (text: string): string[] => {
    const w = words(text);
    return Array.from({ length: Math.max(0, w.length - 3) }, (_, i) => w.slice(i, i + 4).join(' '));
  };
  const have = grams(got);
  if (have.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const g of grams(want)) counts.set(g, (counts.get(g) ?? 0) + 1);
  let overlap = 0;
  for (const g of have) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(g, n - 1);
    }
  }
  return overlap / have.length;
}

/**
 * The bench's own idea of furniture, written apart from the extractor's rules: a paragraph that
 * is only a number, a price, a photo credit, a share/advert label or a "related"/"more" heading.
 */
const furnitureParagraph = [
  /^\d{1,4}$/,
  /^(from )?[$€£]\s?\d[\d.,]*$/i,
  /^(photo|image|picture|credit)s?( credit)?\s*[:©]/i,
  /\/\s*(getty images|reuters|afp|ap)$/i,
  /^(advertisement|share( this)?( article| story)?|share on \w+|tweet|email|print|read more|related( articles| stories| content)?|more from [\w ]+|most (read|popular))$/i,
];

/** Paragraphs of an extracted text that are furniture by the bench's rules. */
export function furnitureParagraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && p.length < 80 && furnitureParagraph.some((r) => r.test(p)));
}

function loadCases(): Case[] {
  return readdirSync(corpusDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = `${corpusDir}${d.name}/`;
      const expected = parseHTML(
        `<html><body>${readFileSync(`${dir}expected.html`, 'utf8')}</body></html>`,
      );
      return {
        name: d.name,
        source: readFileSync(`${dir}source.html`, 'utf8'),
        expectedText: expected.document.body.textContent,
        meta: JSON.parse(readFileSync(`${dir}expected-metadata.json`, 'utf8')) as Case['meta'],
      };
    });
}

function naiveTagStrip(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

type Extractor = (html: string) => ExtractOutcome;

const withCleanUp: Extractor = (html) => extractText(html, 'html', parseHtmlWithLinkedom);
// The same path as extractText (inert markup stripped, then linkedom), clean-up off.
const readabilityOnly: Extractor = (html) =>
  extractHtmlArticle(parseHtmlWithLinkedom(stripInertMarkup(html), ''), '', false);

function measure(cases: readonly Case[], extract: Extractor): Record<string, number> {
  let f1 = 0;
  let precision = 0;
  let title = 0;
  let byline = 0;
  let published = 0;
  let failures = 0;
  let furniture = 0;
  let pagesWithFurniture = 0;
  // One untimed pass over 20 pages first, so the figure is steady-state throughput, not JIT warm-up.
  for (const c of cases.slice(0, 20)) extract(c.source);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const results = cases.map((c) => extract(c.source));
  const extractMs = performance.now() - started;
  // CPU time as well as wall time: on a shared machine the wall clock also counts waiting for a core.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  cases.forEach((c, i) => {
    const outcome = results[i];
    if (outcome?.kind !== 'ok') {
      failures++;
      return;
    }
    const a = outcome.article;
    f1 += fourGramF1(a.text, c.expectedText);
    precision += fourGramPrecision(a.text, c.expectedText);
    const leaked = furnitureParagraphs(a.text).length;
    furniture += leaked;
    if (leaked > 0) pagesWithFurniture++;
    if (a.title === (c.meta.title ?? '')) title++;
    if (a.byline === (c.meta.byline ?? '')) byline++;
    if (a.publishedAt === (c.meta.publishedTime ?? '')) published++;
  });
  const n = cases.length;
  return {
    cases: n,
    failures,
    meanF1: f1 / n,
    meanPrecision: precision / n,
    furnitureParagraphs: furniture,
    pagesWithFurniture,
    titleExact: title / n,
    bylineExact: byline / n,
    publishedExact: published / n,
    pagesPerSecond: n / (extractMs / 1000),
    pagesPerCpuSecond: n / cpuSeconds,
  };
}

/**
 * Extraction quality and speed on the Readability test pages, with Verso's clean-up (embedded
 * posts kept, furniture removed) and without it (Readability's output as it is), in one run;
 * undefined when the corpus is absent. The expected texts are Readability's own output, so the
 * clean-up can only lose F1 here: the figure says what it costs, the furniture count what it buys.
 */
export function benchExtraction():
  | { after: Record<string, number>; before: Record<string, number>; naive: Record<string, number> }
  | undefined {
  if (!existsSync(corpusDir)) return undefined;
  const cases = loadCases();
  const before = measure(cases, readabilityOnly);
  const after = measure(cases, withCleanUp);
  const naiveStart = performance.now();
  const naive = cases.map((c) => naiveTagStrip(c.source));
  const naiveMs = performance.now() - naiveStart;
  let naiveF1 = 0;
  cases.forEach((c, i) => (naiveF1 += fourGramF1(naive[i] ?? '', c.expectedText)));
  return {
    before,
    after,
    naive: { meanF1: naiveF1 / cases.length, pagesPerSecond: cases.length / (naiveMs / 1000) },
  };
}
