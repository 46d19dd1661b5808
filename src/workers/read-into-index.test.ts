import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EchoIndex } from '../core/echoes/echo-index';
import { indexOrSkip, type WorkerHoldings } from './index-or-skip';
import { READ_BATCH, readIntoIndex } from './read-into-index';

const holdings = (): WorkerHoldings => ({
  index: new EchoIndex(),
  held: new Map(),
  skipped: new Map(),
});

// The founding case's article (seeds/), cut into paragraphs: real prose, passages repeated.
const paragraphs = readFileSync(
  new URL('../../seeds/000_7500752fa51d260b.txt', import.meta.url),
  'utf8',
)
  .split(/\n\s*\n/)
  .filter((p) => p.trim().length > 0);
// More articles than two batches, each two paragraphs, so neighbours share a passage.
const texts = new Map(
  Array.from({ length: READ_BATCH * 2 + 17 }, (_, i) => [
    `a${i}`,
    `${paragraphs[i % paragraphs.length]}\n\n${paragraphs[(i + 1) % paragraphs.length]}`,
  ]),
);
const ids = [...texts.keys()];

/** A reader over `texts` that records each batch it was asked for. */
function recordingReader(asked: (readonly string[])[]) {
  return (batch: readonly string[]) => {
    asked.push(batch);
    return Promise.resolve(
      new Map(batch.flatMap((id) => (texts.has(id) ? [[id, texts.get(id) ?? '']] : []))),
    );
  };
}

describe('readIntoIndex', () => {
  it('holds what indexing each text in turn holds, read a batch at a time', async () => {
    const read = holdings();
    const asked: (readonly string[])[] = [];
    const done: number[] = [];
    const signal = new AbortController().signal;
    await readIntoIndex(read, ids, recordingReader(asked), (n) => done.push(n), signal);
    const direct = holdings();
    for (const [id, text] of texts) indexOrSkip(direct, { id, text });
    expect(asked.map((batch) => batch.length)).toEqual([READ_BATCH, READ_BATCH, 17]);
    expect(done).toEqual([READ_BATCH, READ_BATCH * 2, ids.length]);
    expect([...read.held.keys()]).toEqual([...direct.held.keys()]);
    expect([...read.held.values()]).toEqual([...direct.held.values()]);
    const scan = (h: WorkerHoldings) =>
      h.index.scanClustersSync().map((c) => c.passages.map((p) => [p.doc, p.start, p.end]));
    expect(scan(read).length).toBeGreaterThan(0);
    expect(scan(read)).toEqual(scan(direct));
  });

  it('leaves out an article deleted since its id was sent', async () => {
    const read = holdings();
    const signal = new AbortController().signal;
    await readIntoIndex(read, ['a1', 'gone', 'a2'], recordingReader([]), () => {}, signal);
    expect([...read.held.keys()]).toEqual(['a1', 'a2']);
    expect(read.skipped.size).toBe(0);
  });

  it('stops between batches when cancelled, indexing no further batch', async () => {
    const read = holdings();
    const stop = new AbortController();
    const run = readIntoIndex(read, ids, recordingReader([]), () => stop.abort(), stop.signal);
    await expect(run).rejects.toThrow();
    expect(read.held.size).toBe(READ_BATCH);
  });
});
