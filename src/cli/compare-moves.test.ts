import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../core/versions/paragraphs';
import { runCompare } from './compare-command';

/** The built-in sample (seeds/) as paragraphs. */
const sample = readFileSync(
  new URL('../../seeds/000_7500752fa51d260b.txt', import.meta.url),
  'utf8',
);
const list = splitParagraphs(sample).map((p) => sample.slice(p.start, p.end));

const dir = mkdtempSync(join(tmpdir(), 'verso-compare-moves-'));
const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
// B: A's third paragraph put second from last, one word of it edited on the way.
const moved = list[2] ?? '';
const reordered = list.filter((_, i) => i !== 2);
reordered.splice(reordered.length - 1, 0, moved.replace(/\bthe\b/, 'this'));
writeFileSync(a, list.join('\n\n'));
writeFileSync(b, reordered.join('\n\n'));

async function compare(...args: string[]): Promise<string> {
  const out: string[] = [];
  const code = await runCompare([...args, a, b], {
    stdout: (line) => void out.push(line),
    stderr: (line) => void out.push(`stderr: ${line}`),
  } as Parameters<typeof runCompare>[1]);
  expect(code).toBe(0);
  return out.join('\n');
}

describe('verso compare: paragraphs that changed place', () => {
  it('marks a moved paragraph as moved in both places, its edit inside, and counts it apart', async () => {
    const text = await compare();
    const [, , summary = ''] = text.split('\n');
    const words = moved.split(/\s+/).length;
    expect(summary).toMatch(
      new RegExp(`^\\d+ words: \\d+ the same, ${words - 1} moved, 1 changed$`),
    );
    expect(text).toContain('[>moved 1>]');
    expect(text).toContain(`{>moved 1: ${moved.replace(/\bthe /, '[-the-] {+this+} ')}<}`);
    // Nothing of it is said deleted or inserted: its text appears once, in the move.
    expect(text).not.toContain(`[-${moved.slice(0, 20)}`);
    expect(text).not.toContain(`{+${moved.slice(0, 20)}`);
    expect(text.split(moved.slice(0, 30))).toHaveLength(2);
  });

  it('gives the moves in --json, with segments that still tile both texts', async () => {
    const json = JSON.parse(await compare('--json')) as {
      a: { text: string };
      b: { text: string };
      summary: Record<string, number>;
      segments: {
        kind: string;
        a: { start: number; end: number };
        b: { start: number; end: number };
      }[];
      moves: {
        a: { start: number; end: number };
        b: { start: number; end: number };
        segments: unknown[];
      }[];
    };
    expect(json.moves).toHaveLength(1);
    const [move] = json.moves;
    expect(json.a.text.slice(move?.a.start, move?.a.end)).toBe(moved);
    expect(json.b.text.slice(move?.b.start, move?.b.end)).toBe(moved.replace(/\bthe\b/, 'this'));
    expect(json.summary.moved).toBe(moved.split(/\s+/).length - 1);
    expect(json.summary.deleted).toBe(0);
    expect(json.summary.inserted).toBe(0);
    expect(json.segments.map((s) => json.a.text.slice(s.a.start, s.a.end)).join('')).toBe(
      json.a.text,
    );
    expect(json.segments.map((s) => json.b.text.slice(s.b.start, s.b.end)).join('')).toBe(
      json.b.text,
    );
  });

  it('streams a move line in --jsonl, before the summary', async () => {
    const types = (await compare('--jsonl'))
      .split('\n')
      .map((l) => (JSON.parse(l) as { type: string }).type);
    expect(types.filter((t) => t === 'move')).toHaveLength(1);
    expect(types.at(-1)).toBe('summary');
  });
});
