import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEchoes } from './echoes-command';
import { tempDir } from '../../tests/support/temp-dir';
import { runCommand } from '../../tests/support/run-command';

const run = async (...args: string[]) => {
  const { code, out, err } = await runCommand(runEchoes, args);
  return { code, out: out.join('\n'), err: err.join('\n') };
};

const story =
  'A £200m flood barrier across the Saltmarsh estuary has won government backing after a decade of campaigning by residents whose homes were flooded three times since 2014.';

interface Parsed {
  documents: { id: string; path: string; text: string; date?: string }[];
  clusters: {
    origin: number;
    passages: { doc: string; start: number; end: number; text: string }[];
  }[];
}

// The wire's own text file, dated by its first line as the app's import reads it, and a paper's
// page printing the story a day later.
function wireAndPaper(wireBytes: (text: string) => Uint8Array): { wire: string; paper: string } {
  const dir = tempDir('verso-echoes-text-dates-');
  const wire = join(dir, 'wire.txt');
  writeFileSync(wire, wireBytes(`date 2026-03-02\nFlood barrier backed\n\n${story}\n`));
  const paper = join(dir, 'paper.html');
  writeFileSync(
    paper,
    `<!doctype html><html><head><title>Barrier</title><meta property="og:site_name" content="Metro Herald"><meta property="article:published_time" content="2026-03-03T08:00:00Z"></head><body><article><h1>Barrier</h1><p>${story}</p><p>Councillors said the money was welcome but late for the families who had already left.</p></article></body></html>`,
  );
  return { wire, paper };
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
// UTF-16 with a byte-order mark and Windows line ends, as Notepad saves it: decoded, not read raw.
const utf16 = (text: string): Uint8Array =>
  Uint8Array.from(Buffer.from(`\uFEFF${text.replace(/\n/g, '\r\n')}`, 'utf16le'));

describe("echoes: a text file's leading date line, as the app reads it", () => {
  for (const [name, encode] of [
    ['plain UTF-8', utf8],
    ['UTF-16', utf16],
  ] as const) {
    it(`dates a ${name} .txt by its "date" line, so the wire printed a day earlier is the origin`, async () => {
      const { wire, paper } = wireAndPaper(encode);
      const { code, out } = await run('--json', paper, wire);
      expect(code).toBe(0);
      const parsed = JSON.parse(out) as Parsed;
      const wireDoc = parsed.documents.find((d) => d.path === wire);
      expect(wireDoc?.date).toBe('2026-03-02');
      expect(wireDoc?.text.startsWith('Flood barrier backed')).toBe(true);
      const cluster = parsed.clusters[0];
      expect(cluster?.passages[cluster.origin]?.doc).toBe(wireDoc?.id);
      // Offsets still index the document's text as printed.
      for (const p of cluster?.passages ?? []) {
        const doc = parsed.documents.find((d) => d.id === p.doc);
        expect(doc?.text.slice(p.start, p.end)).toBe(p.text);
      }
      // --jsonl keeps no text file's text: the passages are cut from a second reading of it.
      const lines = await run('--jsonl', paper, wire);
      expect(lines.err).toBe('');
      const cut = lines.out
        .split('\n')
        .filter(Boolean)
        .map(
          (line) =>
            JSON.parse(line) as { type: string; passages?: { doc: string; text: string }[] },
        )
        .filter((line) => line.type === 'cluster')
        .flatMap((line) => line.passages ?? []);
      expect(cut.find((p) => p.doc === wireDoc?.id)?.text).toBe(story);
      const report = await run(paper, wire);
      expect(report.out).toContain(`  first: ${wire} · 2026-03-02 (the earliest of 2 dated files)`);
    });
  }
});

interface SourcedParsed {
  documents: { id: string; path: string; title: string; text: string; source?: string }[];
  clusters: {
    origin: number;
    boilerplate: boolean;
    passages: { doc: string; start: number; end: number; text: string }[];
  }[];
}

const footer =
  'The Metro Herald is printed in Saltmarsh and delivered across the county every morning except Sunday; letters to the editor go to the office on Quay Street.';

describe("echoes: a text file's Source, Title and Date lines, as the app reads them", () => {
  for (const [name, encode] of [
    ['plain UTF-8', utf8],
    ['UTF-16', utf16],
  ] as const) {
    it(`names a ${name} .txt's paper, so one paper's footer is boilerplate and the wire is first`, async () => {
      const dir = tempDir('verso-echoes-text-sources-');
      const files = {
        wire: `Source: Press Wire\ndate 2026-03-02\nTitle: Flood barrier backed\n\n${story}\n`,
        herald: `Source: Metro Herald\nDate: 2026-03-03\n\n${story}\n\n${footer}\n`,
        later: `Publisher: Metro Herald\nDate: 2026-03-04\n\nCouncillors met again on Friday to argue over the bypass, the ring road and the price of parking in the old town.\n\n${footer}\n`,
      };
      const paths = Object.entries(files).map(([file, text]) => {
        const path = join(dir, `${file}.txt`);
        writeFileSync(path, encode(text));
        return path;
      });
      const { code, out } = await run('--json', ...paths);
      expect(code).toBe(0);
      const parsed = JSON.parse(out) as SourcedParsed;
      const [wire, herald, later] = paths.map((p) => parsed.documents.find((d) => d.path === p));
      expect([wire?.source, herald?.source, later?.source]).toEqual([
        'Press Wire',
        'Metro Herald',
        'Metro Herald',
      ]);
      expect(wire?.title).toBe('Flood barrier backed');
      expect(wire?.text.startsWith(story)).toBe(true);
      const storyCluster = parsed.clusters.find((c) => c.passages.some((p) => p.doc === wire?.id));
      expect(storyCluster?.boilerplate).toBe(false);
      expect(storyCluster?.passages[storyCluster.origin]?.doc).toBe(wire?.id);
      const footerCluster = parsed.clusters.find((c) =>
        c.passages.some((p) => p.doc === later?.id),
      );
      expect(footerCluster?.boilerplate).toBe(true);
      for (const cluster of parsed.clusters)
        for (const p of cluster.passages) {
          const doc = parsed.documents.find((d) => d.id === p.doc);
          expect(doc?.text.slice(p.start, p.end)).toBe(p.text);
        }
      // --jsonl cuts the passages from a second reading of each file, without its header.
      const lines = await run('--jsonl', ...paths);
      const passages = lines.out
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { passages?: { doc: string; text: string }[] })
        .flatMap((line) => line.passages ?? []);
      expect(passages.find((p) => p.doc === wire?.id)?.text).toBe(story);
    });
  }
});
