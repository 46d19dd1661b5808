import { randomProse } from '../../src/core/echoes/test-texts';

/** One synthetic article: a paper's printing of the release, or another of its articles. */
export interface ReleaseArticle {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  /** ISO day (YYYY-MM-DD). */
  readonly date: string;
  readonly text: string;
  /** True for a printing of the release. */
  readonly printing: boolean;
}

/** A press release of `paragraphs` paragraphs, each a different stretch of prose. */
export const releaseParagraphs = (paragraphs = 10): string[] =>
  Array.from({ length: paragraphs }, (_, i) => `${randomProse(30, 5000 + i)}.`);

/** Two quotes that are no part of the release, though some of its printers print them. */
export const unrelatedQuotes: readonly string[] = [
  `${randomProse(24, 6100)}.`,
  `${randomProse(24, 6200)}.`,
];

const day = (offset: number): string =>
  new Date(Date.UTC(2026, 2, 2 + offset)).toISOString().slice(0, 10);

/**
 * A press release printed by `papers` papers, as archives hold one: each printing opens with the
 * paper's own words; papers trim 0–3 paragraphs from the end, every seventh drops the fifth
 * paragraph, each edits a word of one paragraph. Paper 0 prints it first, alone on its day;
 * the rest follow over five days. Some printers also print an unrelated quote — after the
 * release in every tenth printing, and in other articles of their own — which must not join it.
 */
export function releasePrintings(papers: number, paragraphs = 10): ReleaseArticle[] {
  const release = releaseParagraphs(paragraphs);
  const [quoteA = '', quoteB = ''] = unrelatedQuotes;
  const out: ReleaseArticle[] = [];
  for (let k = 0; k < papers; k++) {
    const kept = release
      .slice(0, paragraphs - (k % 4))
      .filter((_, i) => !(k % 7 === 3 && i === 4))
      .map((p, i) => (i === k % paragraphs ? editWord(p) : p));
    const tail = k % 10 === 0 ? [quoteA] : [];
    const head = k % 10 === 5 ? [quoteB] : [];
    out.push({
      id: `printing-${k}`,
      title: `Release as printed by paper ${k}`,
      source: `Paper ${k}`,
      date: day(k === 0 ? 0 : 1 + (k % 5)),
      text: [`${randomProse(26, 7000 + k)}.`, ...head, ...kept, ...tail].join('\n\n'),
      printing: true,
    });
  }
  // Other articles of the first papers, carrying the unrelated quotes with words of their own.
  for (let k = 0; k < Math.min(papers, 8); k++)
    out.push({
      id: `other-${k}`,
      title: `Another story of paper ${k}`,
      source: `Paper ${k}`,
      date: day(10 + k),
      text: [
        `${randomProse(40, 8000 + k)}.`,
        k % 2 ? quoteB : quoteA,
        `${randomProse(40, 9000 + k)}.`,
      ].join('\n\n'),
      printing: false,
    });
  return out;
}

// A subeditor's touch: one word of the paragraph replaced.
function editWord(paragraph: string): string {
  const words = paragraph.split(' ');
  words[5] = 'reportedly';
  return words.join(' ');
}
