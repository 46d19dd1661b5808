/**
 * How the one-article scan and the compare alignment grow with the article's length (issue 11
 * point 2: near-linear), in Node: the echo worker's scan (within the article, and against an
 * index holding its edited copy) and the compare screen's alignment, at 1, 2.5, 5 and 10 MB.
 * Part of `npm run bench -- big-article`; each time is also given per megabyte, against 1 MB's.
 */
import { articleEchoes } from '../src/workers/article-echoes';
import { EchoIndex } from '../src/core/echoes/echo-index';
import { fingerprintText } from '../src/core/echoes/fingerprint';
import { findEchoesWithin } from '../src/core/echoes/find-echoes-within';
import { alignPassages } from '../src/core/diff/align-texts';
import { bigTexts } from './big-texts';

const sizes = (process.env.BIG_GROWTH_MB ?? '1,2.5,5,10').split(',').filter(Boolean).map(Number);

function timed<T>(work: () => T): { ms: number; result: T } {
  const started = performance.now();
  const result = work();
  return { ms: performance.now() - started, result };
}

/** Scans and aligns each size once; prints time, time per MB and its ratio to the smallest. */
export function runBigArticleGrowth(): Record<string, number> {
  const figures: Record<string, number> = {};
  let base: { scan: number; align: number } | null = null;
  console.log(
    "  growth in Node (one run per size): scan = within + against an index with its edited copy; align = the compare screen's alignment of the two",
  );
  for (const mb of sizes) {
    const texts = bigTexts(mb);
    (globalThis as { gc?: () => void }).gc?.();
    const scan = timed(() => {
      const index = new EchoIndex();
      index.add('second', fingerprintText(texts.second));
      return articleEchoes({ id: 'first', text: texts.first }, ['second'], {
        within: (doc) => findEchoesWithin(doc),
        across: (doc) => index.query(doc, undefined, { within: false }),
      });
    });
    const align = timed(() =>
      alignPassages(
        { doc: 'first', start: 0, end: texts.first.length },
        texts.first,
        { doc: 'second', start: 0, end: texts.second.length },
        texts.second,
      ),
    );
    const changed = align.result.segments.filter((s) => s.kind === 'changed').length;
    const perMb = { scan: scan.ms / mb, align: align.ms / mb };
    base ??= perMb;
    console.log(
      `    ${String(mb).padStart(4)} MB: scan ${scan.ms.toFixed(0)} ms (${perMb.scan.toFixed(0)} ms/MB, ×${(perMb.scan / base.scan).toFixed(2)} of ${sizes[0]} MB's; ${scan.result.length} echoes); align ${align.ms.toFixed(0)} ms (${perMb.align.toFixed(0)} ms/MB, ×${(perMb.align / base.align).toFixed(2)}; ${changed} changed)`,
    );
    figures[`scanMs${mb}`] = scan.ms;
    figures[`alignMs${mb}`] = align.ms;
  }
  return figures;
}
