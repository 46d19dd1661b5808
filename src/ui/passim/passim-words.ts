import type { ClusterImportRecord } from '../../db/imported-clusters';

const count = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The file name an export for passim is offered under: `verso-passim-2026-11-30.jsonl`. */
export function passimFileName(now: Date): string {
  return `verso-passim-${now.toISOString().slice(0, 10)}.jsonl`;
}

/** passim's parameters in one line ("n 5 · maxDF 100 · min_match 5"), paths left out. */
export function describePassimParams(params: ClusterImportRecord['params']): string {
  if (!params) return 'no parameters recorded (no conf in the folder)';
  return Object.entries(params)
    .filter(([key]) => !/path/i.test(key))
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(' · ');
}

/**
 * What an import did, in sentences: the clusters stored, then each kind of problem with its
 * first examples (ids not in the archive, records refused and why, clusters left too small).
 */
export function describePassimImport(summary: ClusterImportRecord): string[] {
  const lines = [
    `Imported ${count(summary.clusters, 'cluster')} (${count(summary.passages, 'passage')}) from ${count(summary.files, 'passim part file')}; they replace the previous passim import.`,
  ];
  if (summary.unmatchedCount > 0)
    lines.push(
      `${count(summary.unmatchedCount, 'id')} in passim's output ${summary.unmatchedCount === 1 ? 'is' : 'are'} not in this archive: ${summary.unmatched.join(', ')}${summary.unmatchedCount > summary.unmatched.length ? ', …' : ''}`,
    );
  if (summary.rejectedCount > 0)
    lines.push(
      `${count(summary.rejectedCount, 'record')} refused: ${summary.rejected.join('; ')}${summary.rejectedCount > summary.rejected.length ? '; …' : ''}`,
    );
  if (summary.droppedClusters > 0)
    lines.push(
      `${count(summary.droppedClusters, 'cluster')} left with fewer than two passages in this archive, so not stored.`,
    );
  return lines;
}
