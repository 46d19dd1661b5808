/**
 * Reader bench (issue 11 point 2, issue 13): the reader lays out articles as large as import
 * accepts (up to 10 MB) in chunks; this measures the longest main-thread task (Long Tasks API) and
 * the longest animation frame (LoAF, which adds style, layout and paint) while it does, against
 * the old reader in the same run (every paragraph rendered at once, timed with a forced layout).
 * Run: npm run bench -- reader.
 */
import { callInPage, runInBrowser } from './browser/run-in-browser';

interface ReaderRound {
  readonly chars: number;
  readonly blocks: number;
  readonly longestTaskMs: number;
  readonly longestFrameMs: number;
  readonly totalMs: number;
  readonly allAtOnceMs: number;
}

const cases: readonly (readonly [string, number, 'paragraphs' | 'one-block' | 'html'])[] = [
  ['5 MB plain text, ~600-character paragraphs', 5_000_000, 'paragraphs'],
  ['5 MB plain text, no paragraph breaks', 5_000_000, 'one-block'],
  ['10 MB plain text, ~600-character paragraphs', 10_000_000, 'paragraphs'],
  ['2 MB HTML article (headings, lists), text mapped', 2_000_000, 'html'],
  ['5 MB HTML article (headings, lists), text mapped', 5_000_000, 'html'],
];

const ms = (n: number): string => `${n.toFixed(0)} ms`;

/** Measures and prints the reader figures; returns them keyed by case. */
export async function runReaderBench(): Promise<Record<string, ReaderRound>> {
  return runInBrowser(['ui-reader'], async (session) => {
    const out: Record<string, ReaderRound> = {};
    console.log('Reader, huge articles (Chromium; target: no main-thread task over 200 ms)');
    for (const [label, chars, shape] of cases) {
      const page = await session.open('ui-reader');
      await page.setViewportSize({ width: 1280, height: 900 });
      // One warm-up round, then the measured one, each in the same page.
      await callInPage<ReaderRound>(page, 'runReaderBench', { chars: 200_000, shape });
      const round = await callInPage<ReaderRound>(page, 'runReaderBench', { chars, shape });
      await page.close();
      out[label] = round;
      console.log(
        `  ${label}: longest task ${ms(round.longestTaskMs)}, longest frame ${ms(round.longestFrameMs)}, all laid out after ${ms(round.totalMs)} (${round.blocks} blocks); old reader all at once ${ms(round.allAtOnceMs)} in one task (×${(round.allAtOnceMs / Math.max(1, round.longestTaskMs)).toFixed(1)} the longest task)`,
      );
    }
    return out;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await runReaderBench();
