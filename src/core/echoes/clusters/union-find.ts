/**
 * Disjoint sets over 0..n−1 in one typed array. `find` halves paths iteratively (no recursion,
 * so a chain of a million unions cannot overflow the stack); union by size keeps trees shallow.
 */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly weight: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.weight = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  /** The representative element of x's set. */
  find(x: number): number {
    let at = x;
    for (;;) {
      const up = this.parent[at] ?? at;
      if (up === at) return at;
      const grand = this.parent[up] ?? up;
      this.parent[at] = grand;
      at = grand;
    }
  }

  /** Merge the sets of x and y. */
  union(x: number, y: number): void {
    let rx = this.find(x);
    let ry = this.find(y);
    if (rx === ry) return;
    if ((this.weight[rx] ?? 0) < (this.weight[ry] ?? 0)) [rx, ry] = [ry, rx];
    this.parent[ry] = rx;
    this.weight[rx] = (this.weight[rx] ?? 0) + (this.weight[ry] ?? 0);
  }
}
