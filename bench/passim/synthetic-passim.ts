import { createWriteStream, mkdirSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

/** A seeded generator (mulberry32), so every run writes the same files. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (
  'the council said on tuesday that money would be spent over five years to rebuild the coastal ' +
  'railway line which was closed after storms washed away a section of track near harbour last ' +
  'winter engineers expect first trains run again by autumn next year temporary bus service will ' +
  'continue until then minister told reporters valleys cut off'
).split(' ');

/** A passage of about `n` words, and an edited copy of it (1 word in 12 changed). */
function passage(random: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(words[Math.floor(random() * words.length)] ?? 'the');
  return `${out.join(' ')}.`;
}
function edited(random: () => number, text: string): string {
  return text
    .split(' ')
    .map((w) => (random() < 1 / 12 ? (words[Math.floor(random() * words.length)] ?? w) : w))
    .join(' ');
}

/**
 * A synthetic passim output folder (`out.json/part-*`, records in passim's shape) of `records`
 * passages: one cluster of `bigCluster` passages, the rest in clusters of 2–20, 40-word
 * passages, each copy lightly edited; records shuffled across 8 parts, as Spark leaves them.
 */
export async function writeSyntheticPassim(
  dir: string,
  records: number,
  bigCluster: number,
): Promise<void> {
  const random = seeded(16);
  mkdirSync(join(dir, 'out.json'), { recursive: true });
  const parts = Array.from({ length: 8 }, (_, i) =>
    createWriteStream(join(dir, 'out.json', `part-${String(i).padStart(5, '0')}.json`)),
  );
  let written = 0;
  let cluster = 0;
  while (written < records) {
    const size =
      cluster === 0
        ? Math.min(bigCluster, records)
        : Math.min(2 + Math.floor(random() * 19), records - written);
    const base = passage(random, 40);
    for (let i = 0; i < size; i++) {
      const text = i === 0 ? base : edited(random, base);
      const doc = `doc-${Math.floor(random() * records)}`;
      const begin = Math.floor(random() * 5000);
      const day = 1 + Math.floor(random() * 28);
      const line = `${JSON.stringify({ id: doc, series: `paper-${Math.floor(random() * 400)}`, date: `18${40 + Math.floor(random() * 60)}-01-${String(day).padStart(2, '0')}`, cluster: cluster * 4294967296, size, begin, end: begin + text.length, uid: written, text })}\n`;
      const part = parts[Math.floor(random() * parts.length)];
      if (part && !part.write(line)) await once(part, 'drain');
      written++;
    }
    cluster++;
  }
  await Promise.all(parts.map((p) => new Promise((resolve) => p.end(resolve))));
}
