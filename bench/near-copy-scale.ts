/**
 * The import's near-copy check at archive scale, in Node (issue 15's near-copy bench): archives of
 * N synthetic articles (their fingerprints and MinHash sketches, as stored at import), then per new
 * article the check src/db/near-copies.ts makes — sketch lookups, the ≤ 5 candidates sharing most
 * sketch values, the echo engine aligning them (measureNearCopies) — with an in-memory multi-map
 * standing in for IndexedDB's multi-entry `*sketch` index. Not included: the IndexedDB reads.
 */
import { fingerprintText, type Fingerprints } from '../src/core/echoes/fingerprint';
import { isNearCopy, measureNearCopies } from '../src/core/near-copies/near-copy';
import { SKETCH_MATCHES_NEEDED, sketchMarks } from '../src/core/near-copies/sketch';
import { syntheticArticle } from './archive-synthetic';

const maxCandidates = 5; // as src/db/near-copies.ts
const queries = 20;

interface Archive {
  readonly size: number;
  readonly fingerprints: Fingerprints[];
  readonly sketches: number[][];
  readonly bySketch: Map<number, number[]>;
  readonly cpuSeconds: number;
}

function buildArchive(size: number): Archive {
  const cpu = process.cpuUsage();
  const fingerprints: Fingerprints[] = [];
  const sketches: number[][] = [];
  const bySketch = new Map<number, number[]>();
  for (let i = 0; i < size; i++) {
    const fp = fingerprintText(syntheticArticle(i).text);
    const sketch = sketchMarks(fp.marks);
    fingerprints.push(fp);
    sketches.push(sketch);
    for (const value of new Set(sketch)) {
      const ids = bySketch.get(value);
      if (ids) ids.push(i);
      else bySketch.set(value, [i]);
    }
  }
  const used = process.cpuUsage(cpu);
  return { size, fingerprints, sketches, bySketch, cpuSeconds: (used.user + used.system) / 1e6 };
}

// Archived article k with its third sentence rewritten and another footer: the example.
function nearCopyOf(k: number): string {
  const paragraphs = syntheticArticle(k).text.split('\n\n');
  const first = paragraphs[0] ?? '';
  const sentences = first.split('. ');
  sentences[2] = 'Officials declined to say when the review would be published';
  paragraphs[0] = sentences.join('. ');
  return `${paragraphs.join('\n\n')}\n\nThis story first ran in our morning newsletter. Sign up to get it.`;
}

/** The check for one new text: returns the archived index it nearly copies, if any. */
function check(archive: Archive, text: string): number | undefined {
  const fp = fingerprintText(text);
  const sketch = sketchMarks(fp.marks);
  const hits = new Map<number, number>();
  for (const value of new Set(sketch))
    for (const id of archive.bySketch.get(value) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
  const likely = [...hits]
    .filter(([, shared]) => shared >= SKETCH_MATCHES_NEEDED)
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, maxCandidates);
  if (likely.length === 0) return undefined;
  const candidates = likely.map(([id]) => ({
    id: String(id),
    fingerprints: archive.fingerprints[id] as Fingerprints,
  }));
  const best = measureNearCopies(text, candidates).find(isNearCopy);
  return best ? Number(best.id) : undefined;
}

// Baseline: the same sketch compared with every archived sketch (no index), no alignment.
function scanCount(archive: Archive, text: string): number {
  const sketch = new Set(sketchMarks(fingerprintText(text).marks));
  let over = 0;
  for (const other of archive.sketches) {
    let shared = 0;
    for (const v of other) if (sketch.has(v)) shared++;
    if (shared >= SKETCH_MATCHES_NEEDED) over++;
  }
  return over;
}

function timed<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const max = (xs: number[]): number => Math.max(...xs);

/** Per-check figures at one archive size. */
export function benchNearCopyAt(size: number): Record<string, number> {
  const archive = buildArchive(size);
  const copies = Array.from({ length: queries }, (_, q) =>
    nearCopyOf(Math.floor(((q + 0.5) * size) / queries)),
  );
  const fresh = Array.from({ length: queries }, (_, q) => syntheticArticle(size + q).text);
  for (const text of copies.slice(0, 3)) check(archive, text); // warm-up, untimed
  const onCopies = copies.map((text) => timed(() => check(archive, text)));
  const onFresh = fresh.map((text) => timed(() => check(archive, text)));
  const fingerprintOnly = fresh.map((text) =>
    timed(() => sketchMarks(fingerprintText(text).marks)),
  );
  const scans = fresh.slice(0, 5).map((text) => timed(() => scanCount(archive, text)));
  const all = [...onCopies, ...onFresh];
  return {
    size,
    buildCpuSeconds: archive.cpuSeconds,
    copiesFound: onCopies.filter((r, q) => r.value === Math.floor(((q + 0.5) * size) / queries))
      .length,
    falseCopies: onFresh.filter((r) => r.value !== undefined).length,
    queries,
    medianMs: median(all.map((r) => r.ms)),
    maxMs: max(all.map((r) => r.ms)),
    medianCpuMs: median(all.map((r) => r.cpuMs)),
    medianCopyMs: median(onCopies.map((r) => r.ms)),
    medianFreshMs: median(onFresh.map((r) => r.ms)),
    fingerprintMs: median(fingerprintOnly.map((r) => r.ms)),
    scanMs: median(scans.map((r) => r.ms)),
  };
}

/** Runs the near-copy check at each size (default 10,000 and 100,000), prints and returns the figures. */
export function printNearCopyScale(
  sizes = (process.env.NEAR_COPY_SIZES ?? '10000,100000').split(',').map(Number),
): Record<string, Record<string, number>> {
  const figures: Record<string, Record<string, number>> = {};
  console.log(
    `Archive: near-copy check per new article (Node, synthetic ~700-word articles; ${queries} near copies + ${queries} new articles per size)`,
  );
  for (const size of sizes) {
    const f = benchNearCopyAt(size);
    figures[`nearCopy${size}`] = f;
    const ms = (n: number | undefined) => `${(n ?? NaN).toFixed(1)} ms`;
    const ratio = (a: number | undefined, b: number | undefined) =>
      `×${((a ?? NaN) / (b ?? NaN)).toFixed(1)}`;
    console.log(
      `  ${String(size).padStart(7)} archived: near copy ${ms(f.medianCopyMs)}, new article ${ms(f.medianFreshMs)} (medians; slowest ${ms(f.maxMs)}); fingerprint + sketch alone ${ms(f.fingerprintMs)}; a sketch scan without the index ${ms(f.scanMs)} (${ratio(f.scanMs, f.medianFreshMs)} a new article's check); found ${f.copiesFound}/${f.queries} copies, ${f.falseCopies}/${f.queries} false; archive built in ${(f.buildCpuSeconds ?? NaN).toFixed(0)} CPU-s`,
    );
  }
  return figures;
}
