import type { RestoreResult } from '../../db/backup/backup';

/** The backup's suggested file name for a day (local date), e.g. `verso-archive-2026-11-25.json`. */
export function backupFileName(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `verso-archive-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

const units = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** A byte count in words a person reads at a glance: "512 bytes", "1.5 MB", "12 GB". */
export function formatBytes(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** What a restore did, as one sentence for the panel. */
export function describeRestore(result: RestoreResult): string {
  // A restore that stopped part way says itself what it wrote; nothing else was written.
  // A refusal that says so itself ("Article 3 … has no text; nothing was restored.") is not
  // told twice.
  if (result.kind === 'failed')
    return result.partial || /nothing was restored/i.test(result.reason)
      ? result.reason
      : `Nothing was restored: ${result.reason}`;
  const parts = [
    `${count(result.added, 'article', 'articles')} added`,
    `${result.skipped} already archived`,
  ];
  return `Restored: ${parts.join(', ')}.`;
}
