import { describe, expect, it } from 'vitest';
import { chainSeeds } from '../chain';
import { type Fingerprints, fingerprintText } from '../fingerprint';
import { groupSeeds } from '../group-seeds';
import { resolveEchoOptions } from '../options';
import { passingRegions } from '../pair-echoes';
import { LONE_SEED_MAX_DF, worthExtending } from '../scan-steps';
import { sortMarks } from '../sorted-marks';
import { SENTENCES, randomProse } from '../test-texts';
import { flatHashes } from './flat-hashes';
import { REACH, dropHopelessLoneSeeds, pairsWorthExtending } from './lone-seeds';
import { collectStarSeeds } from './star-seeds';

/** Every passing region of every document pair, as cluster-steps aligns them. */
function regions(fps: Fingerprints[], minWords: number, filtered: boolean) {
  const options = resolveEchoOptions({ minWords });
  const seeds = collectStarSeeds(sortMarks(fps), true);
  const before = seeds.count;
  if (filtered) dropHopelessLoneSeeds(seeds, flatHashes(fps), LONE_SEED_MAX_DF, minWords);
  const groups = groupSeeds(seeds, LONE_SEED_MAX_DF);
  const total = groups.bounds.length - 1;
  const worth = filtered ? pairsWorthExtending(groups, flatHashes(fps), minWords) : undefined;
  const found: string[] = [];
  let lonePassing = 0;
  for (let g = 0; g < total; g++) {
    const from = groups.bounds[g] ?? 0;
    const to = groups.bounds[g + 1] ?? 0;
    const da = groups.docA[from] ?? 0;
    const db = groups.docB[from] ?? 0;
    const [fa, fb] = [fps[da], fps[db]] as [Fingerprints, Fingerprints];
    const extend = worth ? worth[g] === 1 : worthExtending(groups, from, to, fa, fb);
    if (!extend) continue;
    const chains = chainSeeds(groups.posA, groups.posB, from, to);
    const passing = passingRegions(fa, fb, da === db, chains, options, REACH);
    if (to - from === 1 && passing.length > 0) lonePassing++;
    for (const { region: r } of passing) found.push(`${da}:${r.a0}-${r.a1} ${db}:${r.b0}-${r.b1}`);
  }
  return { found, lonePassing, dropped: before - seeds.count };
}

// Prose from a ten-sentence vocabulary (chance k-gram matches everywhere), with short pieces of
// the sentences planted, one word changed: most give one seed, and pass or fail by a word or two.
function archive(docs: number, minWords: number): Fingerprints[] {
  return Array.from({ length: docs }, (_, d) => {
    const words = (SENTENCES[d % SENTENCES.length] ?? '').split(' ');
    const length = minWords - 1 + (d % 4);
    const piece = words.slice(0, length).map((w, i) => (i === d % length ? 'zorp' : w));
    return fingerprintText(
      `${randomProse(200, d + 1)}. ${piece.join(' ')}. ${randomProse(100, d + 500)}`,
    );
  });
}

describe('dropHopelessLoneSeeds and pairsWorthExtending', () => {
  it.each([8, 5, 12])(
    'leave every passing region of the unfiltered scan, minWords %i',
    (minWords) => {
      const fps = archive(60, minWords);
      const plain = regions(fps, minWords, false);
      const filtered = regions(fps, minWords, true);
      expect(filtered.found).toEqual(plain.found);
      // Not vacuous: most seeds were dropped, and lone seeds that pass were among those checked.
      expect(filtered.dropped).toBeGreaterThan(0);
      expect(plain.lonePassing).toBeGreaterThan(0);
    },
  );
});
