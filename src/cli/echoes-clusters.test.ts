import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SENTENCES } from '../core/echoes/test-texts';
import { parseEchoesArgs } from './echoes-args';
import { runEchoes } from './echoes-command';
import { streamWriter } from './stream-writer';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';

const sample = new URL('../../seeds/000_7500752fa51d260b.txt', import.meta.url).pathname;
const paragraph = SENTENCES.slice(0, 4).join(' ');

const run = async (...args: string[]) => {
  const { code, out, err } = await runCommand(runEchoes, args);
  return { code, out, err: err.join('\n') };
};

/** Three articles carrying one paragraph, one of them twice, and their list file. */
const corpus = () => {
  const dir = tempDir('verso-clusters-');
  const files = ['a', 'b', 'c'].map((name, i) => {
    const path = join(dir, `${name}.txt`);
    const body = `${SENTENCES[4 + i]}\n\n${paragraph}\n\n${SENTENCES[7 + i]}`;
    writeFileSync(path, i === 2 ? `${body}\n\n${paragraph}\n` : body);
    return path;
  });
  const list = join(dir, 'list.txt');
  writeFileSync(list, `${files.join('\n')}\n`);
  return { dir, files, list };
};

interface ClusterLine {
  type: string;
  kind: string;
  size: number;
  origin: number;
  representative: number;
  boilerplate: boolean;
  passages: { doc: string; start: number; end: number; text: string; similarity: number }[];
}

describe('echoes --files-from, --jsonl and --json clusters', () => {
  it('reads paths from a list file and streams --jsonl in the issue’s shape', async () => {
    const { list } = corpus();
    const { code, out } = await run('--jsonl', '--files-from', list);
    expect(code).toBe(0);
    const lines = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    const docs = lines.filter((l) => l.type === 'document');
    expect(docs.map((d) => Object.keys(d))).toEqual(
      Array(3).fill(['type', 'id', 'path', 'title', 'text']),
    );
    const clusters = lines.filter((l) => l.type === 'cluster') as unknown as ClusterLine[];
    const big = clusters.find((c) => c.size === 4);
    expect(big).toBeDefined();
    expect(Object.keys(big ?? {})).toEqual([
      'type',
      'id',
      'kind',
      'size',
      'similarity',
      'origin',
      'representative',
      'boilerplate',
      'passages',
    ]);
    expect(big?.kind).toBe('across');
    // Each passage's similarity is to the representative, itself whole.
    expect(big?.passages[big.representative]?.similarity).toBe(1);
    for (const p of big?.passages ?? []) {
      expect(Object.keys(p)).toEqual(['doc', 'start', 'end', 'text', 'similarity']);
      expect(p.text).toBe(paragraph);
    }
  });

  it('takes the list from standard input with "-"', () => {
    const parsed = parseEchoesArgs(['--files-from', '-', 'extra.txt'], (from) =>
      from === '-' ? 'one.txt\r\ntwo.md\n\n' : '',
    );
    expect(typeof parsed === 'object' && parsed.paths).toEqual(['extra.txt', 'one.txt', 'two.md']);
  });

  it('keeps --json’s shape, adds clusters, and lists size − 1 echoes per cluster', async () => {
    const { files } = corpus();
    const { out } = await run('--json', ...files);
    const json = JSON.parse(out.join('\n')) as {
      documents: unknown[];
      echoes: { a: { text: string }; b: { text: string } }[];
      clusters: ClusterLine[];
    };
    expect(Object.keys(json)).toEqual(['documents', 'echoes', 'clusters']);
    const pairs = json.clusters.reduce((sum, c) => sum + c.size - 1, 0);
    expect(json.echoes).toHaveLength(pairs);
    expect(json.clusters.map((c) => c.size)).toContain(4);
  });

  it('says why a list or a file is unusable, and carries on with the rest', async () => {
    const { dir, files } = corpus();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const dots = join(dir, 'dots.txt');
    writeFileSync(dots, '… — !!\n');
    const missing = await run('--files-from', join(dir, 'nope.txt'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read the list (no such file)');
    const { code, out, err } = await run('--jsonl', empty, dots, ...files);
    expect(code).toBe(1);
    expect(err).toContain('empty.txt: The file is empty.');
    expect(err).toContain('dots.txt: no words in it');
    expect(out.some((l) => l.includes('"type":"cluster"'))).toBe(true);
  });

  it('makes one paragraph repeated 1,000 times in a file one cluster', async () => {
    const dir = tempDir('verso-repeat-');
    const path = join(dir, 'repeat.txt');
    writeFileSync(path, `${paragraph}\n\n`.repeat(1000));
    const { code, out } = await run('--jsonl', path);
    expect(code).toBe(0);
    const clusters = out.filter((l) => l.includes('"type":"cluster"'));
    expect(clusters).toHaveLength(1);
    expect((JSON.parse(clusters[0] ?? '{}') as ClusterLine).size).toBe(1000);
  });

  it('prints the founding case as two clusters with differences marked', async () => {
    const { code, out } = await run(sample);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^1 document, 2 clusters/);
    expect(out.join('\n')).toContain('[~£200m~]');
  });
});

describe('streamWriter', () => {
  it('batches lines and waits for drain when the stream is full', async () => {
    const chunks: (string | Uint8Array)[] = [];
    let drain: (() => void) | undefined;
    const writer = streamWriter({
      write: (chunk) => {
        chunks.push(chunk);
        return false;
      },
      once: (_event, listener) => {
        drain = () => listener();
      },
    });
    const big = 'x'.repeat(70_000);
    const waiting = writer.line(big);
    expect(waiting).toBeInstanceOf(Promise);
    let done = false;
    void (waiting as Promise<void>).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    drain?.();
    await waiting;
    expect(chunks).toEqual([`${big}\n`]);
    expect(writer.line('small')).toBeUndefined();
  });

  it('says chunks are released only when the stream holds nothing written', () => {
    let held = 0;
    const stream = {
      write: (chunk: string | Uint8Array) => {
        held += chunk.length;
        return true;
      },
      once: () => undefined,
      get writableLength() {
        return held;
      },
    };
    const writer = streamWriter(stream);
    void writer.bytes(new Uint8Array([104, 105, 10]));
    expect(writer.released()).toBe(false);
    held = 0;
    expect(writer.released()).toBe(true);
    // A stream that does not say what it holds is taken to hold it.
    expect(streamWriter({ write: () => true, once: () => undefined }).released()).toBe(false);
  });
});
