import { clusterEchoes } from '../../src/core/diff/align-cluster';
import { findClusters } from '../../src/core/echoes/find-clusters';
import { findEchoes } from '../../src/core/echoes/find-echoes';
import type { CorpusArticle } from './corpus';
import { withoutNaturalEchoes } from './natural-echoes';
import { type Pair, type Plagdet, detects, plagdet } from './plagdet';
import { plantCopies } from './plant';

/** How many edited copies the evaluation plants. */
const CASES = 600;

const fmt = (x: number): string => x.toFixed(3);

/** Share of a case's characters (each side) covered by one detection. */
function coverage(r: Pair, s: Pair): number {
  const side = (x: Pair['a'], y: Pair['a']) =>
    x.doc === y.doc
      ? Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start)) / (y.end - y.start)
      : 0;
  const straight = Math.min(side(r.a, s.a), side(r.b, s.b));
  const crossed = Math.min(side(r.a, s.b), side(r.b, s.a));
  return Math.max(straight, crossed);
}

function evaluate(name: string, corpus: readonly CorpusArticle[]): Record<string, number> {
  const set = plantCopies(corpus, CASES, 20260225);
  const t0 = performance.now();
  const echoes = findEchoes(set.docs);
  const ms = performance.now() - t0;
  const rows = [
    ['all', set.cases, echoes],
    [
      'within',
      set.cases.filter((c) => c.kind === 'within'),
      echoes.filter((e) => e.kind === 'within'),
    ],
    [
      'across',
      set.cases.filter((c) => c.kind === 'across'),
      echoes.filter((e) => e.kind === 'across'),
    ],
  ] as const;
  const words = set.docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0);
  console.log(
    `\n  ${name}: ${set.cases.length} copies in ${set.docs.length} articles (${words} words), search ${ms.toFixed(0)} ms`,
  );
  console.log('    cases     precision  recall  granularity  plagdet  detected');
  let all: Plagdet | undefined;
  for (const [row, cases, found] of rows) {
    const m = plagdet(cases, found);
    all ??= m;
    console.log(
      `    ${row.padEnd(8)}  ${fmt(m.precision).padStart(9)}  ${fmt(m.recall).padStart(6)}  ${fmt(m.granularity).padStart(11)}  ${fmt(m.plagdet).padStart(7)}  ${m.detected}/${cases.length}`,
    );
  }
  // Clusters count as their passages: each copy paired with its cluster's representative.
  const fromClusters = findClusters(set.docs).flatMap(clusterEchoes);
  const c = plagdet(set.cases, fromClusters);
  console.log(
    `    ${'clusters'.padEnd(8)}  ${fmt(c.precision).padStart(9)}  ${fmt(c.recall).padStart(6)}  ${fmt(c.granularity).padStart(11)}  ${fmt(c.plagdet).padStart(7)}  ${c.detected}/${set.cases.length}  (findClusters: each copy with its representative)`,
  );
  const seedLike = set.cases.filter((c) => c.seedLike);
  const whole = seedLike.filter((s) => echoes.some((r) => detects(r, s) && coverage(r, s) >= 0.95));
  const unmatched = echoes.filter((r) => !set.cases.some((s) => detects(r, s))).length;
  console.log(
    `    seed-like cases found whole (one echo covering ≥95% of both sides): ${whole.length}/${seedLike.length}`,
  );
  console.log(`    echoes that match no planted copy: ${unmatched} of ${echoes.length}`);
  const m = all ?? plagdet([], []);
  return {
    precision: m.precision,
    recall: m.recall,
    granularity: m.granularity,
    plagdet: m.plagdet,
    whole: whole.length,
    seedLike: seedLike.length,
  };
}

/** Plant edited copies in the real corpus, find echoes, and print PAN plagdet figures. */
export function runQuality(corpus: readonly CorpusArticle[]): Record<string, number> {
  console.log(
    `\nQuality — PAN plagdet at character level; ${CASES} edited copies of 1–3 whole sentences (12–90 words, 0–20% of words substituted/deleted/inserted, plus £m/we’re/%/quote rewrites), half within an article, half across`,
  );
  console.log(
    '  seed-like = ≤10% of words edited and at least one normalisation rewrite, like the founding case',
  );
  const strict = evaluate('strict (every echo not planted counts as an error)', corpus);
  const { corpus: clean, removed } = withoutNaturalEchoes(corpus);
  const planted = evaluate(
    `planted only (${removed} paragraphs that already echoed each other set aside first)`,
    clean,
  );
  return {
    ...Object.fromEntries(Object.entries(strict).map(([k, v]) => [`strict ${k}`, v])),
    ...planted,
  };
}
