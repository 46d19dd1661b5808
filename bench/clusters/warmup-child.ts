// Run by `npm run bench -- cli-warmup` in a fresh Node, bundled as the CLI is (warmup.ts).
// The CLI's V8 settings first, as its entry loads them before anything else.
import '../../src/cli/v8-tuning';
import { readFileSync } from 'node:fs';
import { ArchiveClusters } from '../../src/core/echoes/clusters/archive-clusters';
import { tokeniseUtf8 } from '../../src/core/text/tokenise-utf8';

const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/**
 * The CLI's two CPU-heavy phases (fingerprinting from the files' bytes, then the cluster search)
 * over the same texts, `passes` times in one process; prints each pass's CPU milliseconds as a
 * JSON line. The first pass pays V8's warm-up (code run unoptimised, and the optimising compiler's
 * own threads), the later ones do not.
 */
function main(list: string, passes: number): void {
  const paths = readFileSync(list, 'utf8').trim().split('\n');
  const files = paths.map((p) => new Uint8Array(readFileSync(p)));
  const decoder = new TextDecoder();
  const textOf = (id: string) => decoder.decode(files[Number(id.slice(3))]);
  const rows: { fingerprint: number; cluster: number; clusters: number }[] = [];
  for (let pass = 0; pass < passes; pass++) {
    const t0 = cpuMs();
    const archive = new ArchiveClusters();
    files.forEach((bytes, i) => {
      const read = tokeniseUtf8(bytes);
      archive.addTokens(`doc${i}`, read.tokens, read.length);
    });
    const t1 = cpuMs();
    const clusters = archive.clusters(textOf).length;
    rows.push({ fingerprint: t1 - t0, cluster: cpuMs() - t1, clusters });
  }
  console.log(JSON.stringify(rows));
}

main(process.argv[2] ?? '', Number(process.argv[3] ?? 3));
