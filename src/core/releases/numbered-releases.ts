import { groupReleases, type Release, type ReleaseCluster } from './group-releases';

/**
 * Each cluster's release number (index into groupReleases' result), with boilerplate (one
 * source's footer in its own articles) left out of every release: -1. The scan stores these, so
 * a list can group a hundred thousand articles' clusters without pairing them again.
 */
export function releaseNumbers(
  clusters: readonly (ReleaseCluster & { readonly boilerplate: boolean })[],
): Int32Array {
  const numbers = new Int32Array(clusters.length).fill(-1);
  const grouped = clusters.flatMap((cluster, index) => (cluster.boilerplate ? [] : [index]));
  groupReleases(grouped.map((index) => clusters[index] ?? { passages: [] })).forEach(
    (release, number) => {
      for (const member of release.clusters) numbers[grouped[member] ?? 0] = number;
    },
  );
  return numbers;
}

interface Gathered {
  readonly clusters: number[];
  readonly kept: Map<string, number>;
}

/**
 * Releases from the numbers a scan stored (releaseNumbers), a slice of clusters at a time so a
 * page can yield between slices: linear in the copies, no pairing. A cluster without a number
 * (-1, or boilerplate) is a release of its own.
 */
export class NumberedReleases {
  private readonly groups = new Map<number, Gathered>();
  private own = -1;

  constructor(private readonly clusters: readonly ReleaseCluster[]) {}

  /** Adds the clusters from `from` to `to` (exclusive), `numberOf` their stored numbers. */
  add(from: number, to: number, numberOf: (index: number) => number | undefined): void {
    for (let index = from; index < to && index < this.clusters.length; index++) {
      const stored = numberOf(index);
      // Own groups get keys below -1 so they never meet a stored number.
      const key = stored === undefined || stored < 0 ? --this.own : stored;
      let group = this.groups.get(key);
      if (!group) this.groups.set(key, (group = { clusters: [], kept: new Map() }));
      group.clusters.push(index);
      for (const doc of new Set((this.clusters[index]?.passages ?? []).map((p) => p.doc)))
        group.kept.set(doc, (group.kept.get(doc) ?? 0) + 1);
    }
  }

  /**
   * The releases gathered, in the order their first cluster was added, one at a time (each costs
   * its copies), so a page can pause between them.
   */
  *releases(): Generator<Release> {
    for (const group of this.groups.values()) {
      const printings = [...group.kept].map(([doc, kept]) => ({ doc, kept }));
      yield { clusters: this.textOrder(group.clusters, printings), printings };
    }
  }

  // The release's clusters as its fullest printing (the first that kept the most) has them.
  private textOrder(members: readonly number[], printings: Release['printings']): number[] {
    if (members.length < 2) return [...members];
    let fullest = printings[0];
    for (const p of printings) if (fullest && p.kept > fullest.kept) fullest = p;
    const place = new Map<number, number>();
    for (const index of members)
      for (const p of this.clusters[index]?.passages ?? [])
        if (p.doc === fullest?.doc && !(p.start >= (place.get(index) ?? Infinity)))
          place.set(index, p.start);
    return [...members].sort(
      (x, y) => (place.get(x) ?? Infinity) - (place.get(y) ?? Infinity) || x - y,
    );
  }
}
