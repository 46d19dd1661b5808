import { describe, expect, it } from 'vitest';
import { rowRange } from './fixed-rows';

describe('rowRange', () => {
  it('shows the rows the box covers, with the overscan either side', () => {
    // Rows of 50 px in a box of 400 px scrolled to 1,020 px: rows 20 (partly) to 28 (partly).
    expect(rowRange(1_020, 400, 50, 100_000, 8)).toEqual({ first: 20, start: 12, end: 37 });
  });

  it('stops at the top and at the last row', () => {
    expect(rowRange(0, 400, 50, 100_000, 8)).toEqual({ first: 0, start: 0, end: 16 });
    expect(rowRange(4_800, 400, 50, 100, 8)).toEqual({ first: 96, start: 88, end: 100 });
    // Scrolled past the end (the list shrank under it): the last rows, not an empty slice.
    expect(rowRange(90_000, 400, 50, 100, 8)).toEqual({ first: 99, start: 91, end: 100 });
  });

  it('puts nothing in the page for an empty list', () => {
    expect(rowRange(0, 400, 50, 0, 8)).toEqual({ first: 0, start: 0, end: 0 });
  });
});
