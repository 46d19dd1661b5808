import type { CompareSide } from './compare-side';

const slug = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 40)
    .replace(/-$/, '') || 'untitled';

/** The report's file name: both articles and the day, e.g. `storm-funding-vs-storm-update-2026-11-30.html`. */
export function reportFileName(left: CompareSide, right: CompareSide, day: Date): string {
  const date = day.toISOString().slice(0, 10);
  const a = slug(left.title);
  const b = slug(right.title);
  return a === b ? `${a}-compared-${date}.html` : `${a}-vs-${b}-${date}.html`;
}
