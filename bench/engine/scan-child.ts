/**
 * One archive size in its own process, so its peak memory (maxRSS) is its own:
 * `node --expose-gc --import tsx bench/engine/scan-child.ts N` prints one JSON line.
 */
import { EchoIndex } from '../../src/core/echoes/echo-index';
import { type Fingerprints, fingerprintText } from '../../src/core/echoes/fingerprint';
import { loadCorpus } from './corpus';
import { naiveProbe } from './naive';
import { median, seeded } from './random';
import { learnProse, syntheticArchive, writeProse } from './synthetic';
import { editCopy } from './edits';

const size = Number(process.argv[2]);
const corpus = loadCorpus();
if (typeof corpus === 'string' || !Number.isInteger(size))
  throw new Error('usage: scan-child.ts N (needs the corpus)');
const model = learnProse(corpus);
const texts = syntheticArchive(model, size).map((p) => p.join('\n\n'));

const t0 = performance.now();
const fps: Fingerprints[] = texts.map(fingerprintText);
const fingerprintMs = performance.now() - t0;

const scans: number[] = [];
let echoes = 0;
let index = new EchoIndex();
// Two warm-up scans first: at 1,000 articles a scan is short enough for JIT tiering to dominate.
for (let run = 0; run < 7; run++) {
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  index = new EchoIndex();
  fps.forEach((fp, i) => index.add(String(i), fp));
  echoes = (await index.scanAll()).length;
  if (run >= 2) scans.push(performance.now() - start);
}

const rand = seeded(7);
const probes = Array.from({ length: 21 }, () => {
  const own = writeProse(model, 600, rand);
  const source = texts[Math.floor(rand() * texts.length)] ?? '';
  const paragraph = source.split('\n\n')[1] ?? '';
  own.splice(2, 0, editCopy(paragraph, 0.1, model.vocabulary, rand).text);
  return own.join('\n\n');
});
const queries = probes.map((text, i) => {
  const start = performance.now();
  index.query({ id: `new${i}`, text });
  return performance.now() - start;
});
let naiveQueryMs = Number.NaN;
if (process.argv.includes('--naive-query')) {
  const start = performance.now();
  naiveProbe(probes[0] ?? '', texts);
  naiveQueryMs = performance.now() - start;
}

console.log(
  JSON.stringify({
    size,
    words: Math.round(texts.reduce((n, t) => n + t.split(/\s+/).length, 0) / size),
    fingerprintMs,
    scanMs: median(scans),
    echoes,
    queryMs: median(queries.slice(1)),
    naiveQueryMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
