import { describe, expect, it } from 'vitest';
import { findClusters } from '../find-clusters';
import { SENTENCES, randomProse } from '../test-texts';
import { ArchiveClusters } from './archive-clusters';

// Prose with planted repeats: across documents (exact and edited), within one, and 60 copies.
const docs = Array.from({ length: 120 }, (_, i) => {
  const planted =
    i % 2 === 0
      ? SENTENCES.slice(0, 3).join(' ')
      : SENTENCES.slice(0, 3).join(' ').replace('on Tuesday', 'on Wednesday');
  const own = SENTENCES.slice(5, 8).join(' ');
  const parts = [randomProse(200, i + 1), i < 60 ? planted : '', randomProse(150, i + 500)];
  if (i % 17 === 0) parts.push(own, randomProse(40, i + 900), own);
  return { id: `d${i}`, text: parts.join('\n\n') };
});

describe('ArchiveClusters', () => {
  it('finds the same clusters as findClusters while keeping neither texts nor spans', () => {
    const archive = new ArchiveClusters();
    for (const d of docs) archive.add(d.id, d.text);
    const asked = new Set<string>();
    const texts = new Map(docs.map((d) => [d.id, d.text]));
    const found = archive.clusters((id) => (asked.add(id), texts.get(id)));
    const expected = findClusters(docs.map(({ id, text }) => ({ id, text })));
    expect(found).toEqual(expected);
    expect(found.map((c) => c.size)).toContain(60);
    // Only documents a cluster reaches are read again.
    const reached = new Set(found.flatMap((c) => c.passages.map((p) => p.doc)));
    expect(asked).toEqual(reached);
    expect(reached.size).toBeLessThan(docs.length);
  });

  it('says which document no longer gives the same tokens', () => {
    const archive = new ArchiveClusters();
    for (const d of docs.slice(0, 4)) archive.add(d.id, d.text);
    const changed: string[] = [];
    const found = archive.clusters(
      (id) => (id === 'd2' ? 'rewritten' : docs[Number(id.slice(1))]?.text),
      {
        changed: (id) => void changed.push(id),
      },
    );
    expect(changed).toEqual(['d2']);
    const inD2 = found.flatMap((c) => c.passages).filter((p) => p.doc === 'd2');
    expect(inD2.length).toBeGreaterThan(0);
    expect(inD2.every((p) => p.start === 0 && p.end === 0)).toBe(true);
    expect(() => archive.add('d9', 'too late')).toThrow(/already been built/);
  });
});
