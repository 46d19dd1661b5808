import { useEffect, useMemo, useState } from 'react';
import type { ReaderBlock } from '../../core/layout/reader-doc';

/** Characters per chunk: a chunk is rendered in one go, well under a frame's worth of work. */
const chunkChars = 15_000;

/** Groups blocks into chunks of about `chunkChars` characters (at least one block each). */
export function chunkBlocks(blocks: readonly ReaderBlock[], limit = chunkChars): number[] {
  const ends: number[] = [];
  let chars = 0;
  blocks.forEach((block, i) => {
    chars += block.chars;
    if (chars >= limit) {
      ends.push(i + 1);
      chars = 0;
    }
  });
  if (ends.at(-1) !== blocks.length && blocks.length > 0) ends.push(blocks.length);
  return ends;
}

/**
 * How many chunks to show: the first at once, then one more per task, each after the browser has
 * painted, so a 10 MB article never holds the main thread for long. `done` once all are shown.
 */
export function useChunks(blocks: readonly ReaderBlock[]): { ends: number[]; shown: number } {
  const ends = useMemo(() => chunkBlocks(blocks), [blocks]);
  const [state, setState] = useState({ ends, shown: 1 });
  const shown = state.ends === ends ? state.shown : 1;
  useEffect(() => {
    if (shown >= ends.length) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setState({ ends, shown: shown + 1 }), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ends, shown]);
  return { ends, shown };
}
