import { describe, expect, it } from 'vitest';
import type { Cluster, ClusterDoc } from '../../model';
import { findClusters } from '../find-clusters';
import { SENTENCES, randomProse, seededRandom } from '../test-texts';
import { ArchiveClusters } from './archive-clusters';

// A wire story as papers reprint it: a shared lead, paragraphs each paper keeps or drops, a
// quote some papers print back to back with a follow-on paragraph, a local line repeated with a
// different town in many papers, and each paper's own closing lines.
const lead = `${SENTENCES[0]} ${SENTENCES[1]} ${SENTENCES[2]}`;
const body = [
  `${SENTENCES[3]} ${SENTENCES[4]}`,
  `${SENTENCES[5]} ${SENTENCES[6]} ${SENTENCES[7]}`,
  `"${SENTENCES[8]}" said the library's chief officer, speaking at a briefing in the town hall.`,
  `${SENTENCES[9]} The petition will be presented to the full council at its next meeting.`,
];
const local = (n: number) =>
  `Our reporter in town number ${n} spoke to residents who said they remained anxious about the coming winter and the promised reopening.`;

/** 36 wire-like articles, reproducible from `seed`. */
function wireStories(seed: number): ClusterDoc[] {
  const next = seededRandom(seed);
  return Array.from({ length: 36 }, (_, i) => {
    const parts = [lead];
    for (const p of body) if (next() < 0.6) parts.push(p);
    if (i % 3 === 0) parts.push(`${body[2]} ${body[3]}`);
    if (i % 5 !== 4) parts.push(local(i));
    parts.push(randomProse(30, seed * 100 + i));
    return { id: `doc${i + 1}`, text: parts.join('\n\n') };
  });
}

/** The documents in an order given by a seeded shuffle (Fisher–Yates). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const next = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The clusters as order-free text: each one's passages and representative, all sorted. */
function canonical(clusters: readonly Cluster[]): string[] {
  return clusters
    .map((c) => {
      const at = (p: Cluster['passages'][number]) => `${p.doc}:${p.start}-${p.end}`;
      const rep = c.passages[c.representative];
      const passages = c.passages.map(at).sort();
      return `${rep ? at(rep) : '?'} | ${passages.join(' ')}`;
    })
    .sort();
}

describe('clusters and document order', () => {
  const docs = wireStories(7);

  it('gives the same clusters for 24 orders of the same wire stories (findClusters)', () => {
    const clusters = findClusters(docs);
    const expected = canonical(clusters);
    expect(expected.length).toBeGreaterThan(2);
    // The local line (a different town in each) is one cluster of its own, every copy in it.
    const text = new Map(docs.map((d) => [d.id, d.text]));
    const local = clusters.filter((c) =>
      c.passages.every((p) => text.get(p.doc)?.slice(p.start, p.end).startsWith('Our reporter')),
    );
    expect(local.map((c) => c.size)).toEqual([
      docs.filter((d) => d.text.includes('Our reporter')).length,
    ]);
    for (let k = 1; k <= 24; k++)
      expect(canonical(findClusters(shuffled(docs, k)))).toEqual(expected);
  });

  it('gives the same clusters through the CLI archive, in any order, as findClusters', () => {
    const expected = canonical(findClusters(docs));
    for (let k = 1; k <= 4; k++) {
      const given = shuffled(docs, 100 + k);
      const archive = new ArchiveClusters();
      for (const d of given) archive.add(d.id, d.text);
      const text = new Map(given.map((d) => [d.id, d.text]));
      expect(canonical(archive.clusters((id) => text.get(id)))).toEqual(expected);
    }
  });

  it('keeps the dated origin whatever the order, and the first given among undated copies', () => {
    const day = 86_400_000;
    const dated = docs.map((d, i) => ({ ...d, publishedAt: (40 - i) * day }));
    const origins = (given: readonly ClusterDoc[]) =>
      findClusters(given)
        .map((c) => `${c.passages[c.origin]?.doc ?? '?'} ${canonical([c]).join('')}`)
        .sort();
    const expected = origins(dated);
    for (let k = 1; k <= 4; k++) expect(origins(shuffled(dated, 200 + k))).toEqual(expected);
    // Undated: the origin is the copy whose document came first (the CLI's first file named).
    const reversed = [...docs].reverse();
    const place = new Map(reversed.map((d, i) => [d.id, i]));
    for (const c of findClusters(reversed)) {
      const first = Math.min(...c.passages.map((p) => place.get(p.doc) ?? Infinity));
      expect(place.get(c.passages[c.origin]?.doc ?? '')).toBe(first);
    }
  });
});
