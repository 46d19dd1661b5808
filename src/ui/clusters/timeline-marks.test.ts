import { describe, expect, it } from 'vitest';
import type { ClusterPassageRecord } from '../../db/cluster-records';
import { timelineMarks, timelineRows } from './timeline-marks';

const day = 86_400_000;
const jan1 = Date.UTC(2025, 0, 1);
const copy = (i: number, date: number, source: string): ClusterPassageRecord => ({
  doc: `a${i}`,
  start: 0,
  end: 10,
  similarity: 1,
  source,
  date,
  imported: false,
});

describe('timelineMarks: the cluster timeline drawn per stretch of time, not per copy', () => {
  it('gives a few copies far apart a mark each, named as before', () => {
    const copies = ['Daily Ledger', 'Morning Post', 'Evening Courier'].map((s, i) =>
      copy(i, jan1 + i * 10 * day, s),
    );
    const marks = timelineMarks(copies, 0);
    expect(marks.map((m) => m.copies)).toEqual([1, 1, 1]);
    expect(marks.map((m) => m.x)).toEqual([0, 0.5, 1]);
    expect(marks[0]?.label).toBe('1 Jan 2025 — Daily Ledger (origin)');
    expect(marks[0]?.originDot).toBe(0);
    expect(marks[1]?.label).toBe('11 Jan 2025 — Morning Post');
    expect(marks[1]?.originDot).toBeUndefined();
  });

  it('folds a wire story of 5,000 copies into at most 51 marks that still count every copy', () => {
    const copies = Array.from({ length: 5_000 }, (_, i) =>
      copy(i, jan1 + Math.floor(i / 50) * 3_600_000, `Source ${i % 40}`),
    );
    const marks = timelineMarks(copies, 2_345);
    expect(marks.length).toBeLessThanOrEqual(51);
    expect(marks.reduce((sum, m) => sum + m.copies, 0)).toBe(5_000);
    const withOrigin = marks.filter((m) => m.originDot !== undefined);
    expect(withOrigin).toHaveLength(1);
    // The origin's dot stays drawn however tall its stack: the top dot at most.
    expect(withOrigin[0]?.originDot).toBe(timelineRows - 1);
    expect(withOrigin[0]?.label).toMatch(/^\d+ copies, .* — 40 sources, the origin among them$/);
  });

  it('names one source and one day once when a stack shares them', () => {
    const copies = [0, 1, 2].map((i) => copy(i, jan1 + i * 60_000, 'Daily Ledger'));
    expect(timelineMarks([...copies, copy(3, jan1 + 30 * day, 'Post')], 3)[0]?.label).toBe(
      '3 copies, 1 Jan 2025 — Daily Ledger',
    );
  });

  it('names only the known dates of a stretch that also holds undated copies', () => {
    const copies = [copy(0, jan1, 'A'), copy(1, jan1 + 60_000, 'B'), copy(2, Number.NaN, 'C')];
    const marks = timelineMarks([...copies, copy(3, jan1 + 30 * day, 'D')], 0);
    expect(marks[0]?.label).toBe(
      '3 copies, 1 Jan 2025 (1 with no date) — 3 sources, the origin among them',
    );
  });

  it('puts every copy at the start when the dates are unknown or all the same', () => {
    const copies = [0, 1].map((i) => copy(i, Number.NaN, ''));
    const marks = timelineMarks(copies, 0);
    expect(marks).toHaveLength(1);
    expect(marks[0]?.label).toBe(
      '2 copies, an unknown date — unknown source, the origin among them',
    );
  });
});
