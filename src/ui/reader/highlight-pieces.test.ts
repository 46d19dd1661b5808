import { describe, expect, it } from 'vitest';
import { echoMarks, highlightPieces } from './highlight-pieces';

describe('highlightPieces', () => {
  it('cuts a paragraph at overlapping echo passages', () => {
    const pieces = highlightPieces({ start: 10, end: 50 }, [
      { start: 0, end: 20, echo: 1 },
      { start: 15, end: 30, echo: 0 },
      { start: 60, end: 70, echo: 2 },
    ]);
    expect(pieces).toEqual([
      { start: 10, end: 15, echoes: [1] },
      { start: 15, end: 20, echoes: [0, 1] },
      { start: 20, end: 30, echoes: [0] },
      { start: 30, end: 50, echoes: [] },
    ]);
  });

  it('marks both sides of an echo within the article, and only its own side across articles', () => {
    const marks = echoMarks(
      [
        {
          kind: 'within',
          similarity: 0.9,
          a: { doc: 'x', start: 0, end: 5 },
          b: { doc: 'x', start: 9, end: 14 },
        },
        {
          kind: 'across',
          similarity: 0.8,
          a: { doc: 'y', start: 0, end: 5 },
          b: { doc: 'x', start: 20, end: 30 },
        },
      ],
      'x',
    );
    expect(marks).toEqual([
      { start: 0, end: 5, echo: 0 },
      { start: 9, end: 14, echo: 0 },
      { start: 20, end: 30, echo: 1 },
    ]);
  });
});
