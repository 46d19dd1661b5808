import { describe, expect, it } from 'vitest';
import type { Cluster, ClusterDoc } from '../model';
import { findClusters } from './find-clusters';
import { SENTENCES, randomProse } from './test-texts';

const [s0, s1, s2, s3, s4, s5, s6] = SENTENCES as [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

// A cluster's sources are its publishers: one paper named by its site name and by its address
// (a page that named no site) is one source, in the count and in the boilerplate flag.
describe('findClusters: sources are publishers', () => {
  it('counts a paper named two ways once, and a copy of unknown source as its own', () => {
    const wire = `${s0} ${s1} ${s2}`;
    const docs: ClusterDoc[] = [
      { id: 'a', text: `${randomProse(50, 1)}. ${wire}`, source: 'Daily Ledger' },
      { id: 'b', text: `${randomProse(50, 2)}. ${wire}`, source: 'dailyledger.example' },
      { id: 'c', text: `${randomProse(50, 3)}. ${wire}`, source: 'Morning Post' },
      { id: 'd', text: `${randomProse(50, 4)}. ${wire}`, source: '' },
    ];
    const [c] = findClusters(docs) as [Cluster];
    expect(c.size).toBe(4);
    expect(c.sources).toBe(3);
    expect(c.boilerplate).toBe(false);
  });

  it('calls a footer boilerplate when one site prints it under its name and its address', () => {
    const footer = `${s3} ${s4} ${s5} ${s6}`;
    const docs: ClusterDoc[] = [
      { id: 'a', text: `${randomProse(50, 7)}. ${footer}`, source: 'Harbour Gazette' },
      { id: 'b', text: `${randomProse(50, 8)}. ${footer}`, source: 'www.harbourgazette.example' },
      { id: 'c', text: `${randomProse(50, 9)}. ${footer}`, source: 'HARBOUR GAZETTE' },
    ];
    const [c] = findClusters(docs) as [Cluster];
    expect(c.size).toBe(3);
    expect(c.sources).toBe(1);
    expect(c.boilerplate).toBe(true);
  });
});
