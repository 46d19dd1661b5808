import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cluster, ClusterDoc } from '../../model';
import { findClusters } from '../find-clusters';
import { SENTENCES, randomProse } from '../test-texts';
import { ArchiveClusters } from './archive-clusters';

const read = (path: string): string =>
  readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8');

// The founding case, and two papers that reprint its paragraphs as syndicated copy does: the
// Ledger prints the Healey quote and the £200m paragraph back to back, the Post the £200m
// paragraph alone (edited).
const sample: ClusterDoc = { id: 'sample', text: read('seeds/000_7500752fa51d260b.txt') };
const ledger: ClusterDoc = { id: 'ledger', text: read('tests/fixtures/reprints/ledger.txt') };
const post: ClusterDoc = { id: 'post', text: read('tests/fixtures/reprints/post.txt') };
const docs = [sample, ledger, post];

const textOf = (p: { doc: string; start: number; end: number }): string =>
  (docs.find((d) => d.id === p.doc)?.text ?? '').slice(p.start, p.end);
const copies = (c: Cluster): string[] => c.passages.map(textOf);
const quote = (c: Cluster): boolean => copies(c).some((t) => t.includes('I am proud'));

describe('clusters of a text whose paragraphs another paper reprints back to back', () => {
  it('keeps the quote and the £200m paragraph two clusters, each with every copy whole', () => {
    const clusters = findClusters(docs);
    expect(clusters).toHaveLength(2);
    const proud = clusters.find(quote);
    const money = clusters.find((c) => !quote(c));
    if (!proud || !money) throw new Error('expected a quote cluster and a £200m cluster');

    // The quote: the sample's two copies (the second one too) and the Ledger's.
    expect(proud.passages.map((p) => p.doc).sort()).toEqual(['ledger', 'sample', 'sample']);
    for (const t of copies(proud)) {
      expect(t).toMatch(/I am proud that the UK is united for Ukraine\./);
      expect(t).toMatch(/providing this year\.’$/);
      expect(t).not.toContain('Among the latest');
    }
    // The £200m paragraph: the sample's two copies, the Ledger's and the Post's.
    expect(money.passages.map((p) => p.doc).sort()).toEqual(['ledger', 'post', 'sample', 'sample']);
    for (const t of copies(money)) {
      expect(t).toMatch(/^Among the latest/);
      expect(t).toMatch(/force’? for (the )?Ukraine\.$/);
      expect(t).not.toContain('proud');
    }
  });

  it('finds the same through the archive-scale scan (the CLI, the app’s cluster list)', () => {
    const archive = new ArchiveClusters();
    for (const d of docs) archive.add(d.id, d.text);
    const byId = new Map(docs.map((d) => [d.id, d.text]));
    expect(archive.clusters((id) => byId.get(id))).toEqual(findClusters(docs));
  });

  it('ends every quote copy at the quote when two more papers print both paragraphs together', () => {
    // Paper X prints the quote and the £200m paragraph as two paragraphs, paper J runs them into
    // one. X and J align over the words either side of the join; that stretch was adopted by the
    // quote's cluster, whose copies in X and J then ran 10 words into the £200m paragraph.
    const x: ClusterDoc = { id: 'x', text: read('tests/fixtures/reprints/paper-x.txt') };
    const j: ClusterDoc = { id: 'j', text: read('tests/fixtures/reprints/paper-join.txt') };
    const texts = new Map([sample, x, j].map((d) => [d.id, d.text]));
    const clusters = findClusters([sample, x, j]);
    expect(clusters).toHaveLength(2);
    for (const c of clusters) {
      const words = c.passages.map((p) => (texts.get(p.doc) ?? '').slice(p.start, p.end));
      expect(words).toHaveLength(4);
      const proud = words.some((t) => t.includes('I am proud'));
      for (const t of words)
        if (proud) expect(t).toMatch(/^(He continued: ‘)?I am proud.*providing this year\.’$/s);
        else expect(t).toMatch(/^Among the latest.*for (the )?Ukraine\.$/s);
    }
  });

  it('still finds the founding case alone as two clusters of two', () => {
    const clusters = findClusters([sample]);
    expect(clusters.map((c) => c.size)).toEqual([2, 2]);
  });

  it('does not cut a paragraph that one copy prints with a long insertion inside it', () => {
    const [s0, s1, s2, s3] = SENTENCES as [string, string, string, string];
    const paragraph = `${s0} ${s1} ${s2} ${s3}`;
    const inserted = `${s0} ${s1} ${randomProse(27, 5)} ${s2} ${s3}`;
    const reprints: ClusterDoc[] = [paragraph, paragraph, paragraph, inserted].map((p, i) => ({
      id: `d${i}`,
      text: `${randomProse(40, 10 + i)}.\n\n${p}\n\n${randomProse(40, 20 + i)}.`,
    }));
    // One cluster with every paper's copy (the fourth in two pieces, either side of the
    // insertion), not one for the paragraph's start and another for its end.
    const clusters = findClusters(reprints);
    expect(clusters).toHaveLength(1);
    expect(new Set(clusters[0]?.passages.map((p) => p.doc))).toEqual(
      new Set(['d0', 'd1', 'd2', 'd3']),
    );
  });
});
