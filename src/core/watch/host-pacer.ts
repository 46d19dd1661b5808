/**
 * Politeness: requests to one host are spaced by at least a delay, whatever subscription makes
 * them. The pacer only decides how long to wait; the caller sleeps.
 */
export class HostPacer {
  private readonly nextFree = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  /** Books the next slot for `url`'s host at or after `now`; returns how long to wait for it. */
  reserve(url: string, now: number): number {
    const host = hostKey(url);
    const slot = Math.max(now, this.nextFree.get(host) ?? now);
    this.nextFree.set(host, slot + this.delayMs);
    return slot - now;
  }
}

/** The host part that politeness counts per (host and port; an unreadable URL is its own). */
export function hostKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}
