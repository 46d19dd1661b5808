import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { comparePassages, type PassimPassage } from '../interop/passim/passim-record';
import { readLines } from './read-lines';

/**
 * An external merge sort of passim passages by cluster, then date, document and offset: passim
 * writes one record per passage in no useful order, and a cluster may have 100,000 of them, so
 * they are sorted in runs of a bounded size, spilled to temporary files, and merged back as one
 * stream in which each cluster's passages come together. Memory is bounded by the run size (plus
 * one read buffer per run), not by the input or by any cluster's size.
 */

/** Cluster order, then passage order inside a cluster. */
export function byClusterThenPassage(a: PassimPassage, b: PassimPassage): number {
  if (a.cluster !== b.cluster) return a.cluster < b.cluster ? -1 : 1;
  return comparePassages(a, b);
}

type Row = [string, string, string, number, number, string, string];

const toRow = (p: PassimPassage): string =>
  JSON.stringify([p.cluster, p.date, p.id, p.begin, p.end, p.series, p.text] satisfies Row);

function fromRow(line: string): PassimPassage {
  const [cluster, date, id, begin, end, series, text] = JSON.parse(line) as Row;
  return { cluster, date, id, begin, end, series, text };
}

/** Collects passages and spills each full run, sorted, to a file under `dir`. */
export class RunWriter {
  private buffer: PassimPassage[] = [];
  readonly runs: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly runSize: number,
  ) {}

  /** Add one passage; a full buffer is sorted and written out first. */
  async add(passage: PassimPassage): Promise<void> {
    this.buffer.push(passage);
    if (this.buffer.length >= this.runSize) await this.spill();
  }

  /** The passages still in memory, sorted (the whole input when it never filled a run). */
  takeRest(): PassimPassage[] {
    const rest = this.buffer.sort(byClusterThenPassage);
    this.buffer = [];
    return rest;
  }

  /** Sort and write what is buffered as one more run file. */
  async spill(): Promise<void> {
    if (this.buffer.length === 0) return;
    const rows = this.takeRest();
    const path = `${this.dir}/run-${this.runs.length}.jsonl`;
    this.runs.push(path);
    const out = createWriteStream(path);
    let chunk: string[] = [];
    for (const row of rows) {
      chunk.push(toRow(row));
      if (chunk.length === 1000) {
        if (!out.write(`${chunk.join('\n')}\n`))
          await new Promise<void>((r) => out.once('drain', () => r()));
        chunk = [];
      }
    }
    out.end(chunk.length ? `${chunk.join('\n')}\n` : '');
    await finished(out);
  }
}

interface Head {
  passage: PassimPassage;
  rest: AsyncIterator<string>;
}

/** A min-heap of run heads by `byClusterThenPassage`. */
class HeadHeap {
  private readonly items: Head[] = [];
  get size(): number {
    return this.items.length;
  }
  push(head: Head): void {
    const items = this.items;
    items.push(head);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const [a, b] = [items[i], items[parent]];
      if (!a || !b || byClusterThenPassage(a.passage, b.passage) >= 0) break;
      [items[i], items[parent]] = [b, a];
      i = parent;
    }
  }
  pop(): Head | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || !last) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      const at = (k: number) => items[k]?.passage;
      const [li, ri, mi] = [at(l), at(r), at(min)];
      if (li && mi && byClusterThenPassage(li, mi) < 0) min = l;
      const m2 = at(min);
      if (ri && m2 && byClusterThenPassage(ri, m2) < 0) min = r;
      if (min === i) break;
      const [a, b] = [items[i], items[min]];
      if (!a || !b) break;
      [items[i], items[min]] = [b, a];
      i = min;
    }
    return top;
  }
}

/** Merge sorted run files into one sorted stream of passages. */
export async function* mergeRuns(runs: readonly string[]): AsyncGenerator<PassimPassage> {
  const heap = new HeadHeap();
  for (const run of runs) {
    const rest = readLines(run)[Symbol.asyncIterator]();
    const first = await rest.next();
    if (!first.done) heap.push({ passage: fromRow(first.value), rest });
  }
  while (heap.size > 0) {
    const head = heap.pop();
    if (!head) break;
    yield head.passage;
    const next = await head.rest.next();
    if (!next.done) heap.push({ passage: fromRow(next.value), rest: head.rest });
  }
}

/**
 * Runs merged `fanIn` at a time into new runs until one merge can read them all, so thousands
 * of runs never mean thousands of open files.
 */
export async function reduceRuns(
  runs: readonly string[],
  dir: string,
  fanIn = 64,
): Promise<readonly string[]> {
  let current = [...runs];
  let level = 0;
  while (current.length > fanIn) {
    const next: string[] = [];
    for (let i = 0; i < current.length; i += fanIn) {
      const path = `${dir}/merge-${level}-${next.length}.jsonl`;
      const out = createWriteStream(path);
      for await (const passage of mergeRuns(current.slice(i, i + fanIn)))
        if (!out.write(`${toRow(passage)}\n`))
          await new Promise<void>((r) => out.once('drain', () => r()));
      out.end();
      await finished(out);
      next.push(path);
    }
    current = next;
    level++;
  }
  return current;
}
