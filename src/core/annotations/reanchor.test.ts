import { describe, expect, it } from 'vitest';
import { reanchor } from './reanchor';
import { anchorQuote, selectorFor } from './selectors';

const p = [
  'Ministers met on Monday to agree a new package of funding for the coastal towns hit by the storms.',
  'The package includes money for sea defences, for repairs to homes and for small businesses that lost stock.',
  'Local councils said the money would arrive too late for the families who had already left their homes.',
  'A review of the flood warnings that failed on the night of the storm will report in the spring.',
];
const v1 = p.join('\n\n');
const quote = 'the money would arrive too late for the families';
const at = v1.indexOf(quote);
const selector = selectorFor(v1, { start: at, end: at + quote.length });

describe('highlights across versions', () => {
  it('finds a highlight unchanged on a version that only edited other paragraphs and moved it', () => {
    const v2 = [p[3], p[1]?.replace('small businesses', 'shops'), p[2], p[0]].join('\n\n');
    const result = reanchor(v1, v2, selector);
    expect(result.state).toBe('unchanged');
    if (result.state !== 'unchanged') return;
    expect(v2.slice(result.span.start, result.span.end)).toBe(quote);
  });

  it('reports an edited highlight with its word diff', () => {
    const v3 = [p[0], p[1], p[2]?.replace('too late', 'far too late'), p[3]].join('\n\n');
    const result = reanchor(v1, v3, selector);
    expect(result.state).toBe('edited');
    if (result.state !== 'edited') return;
    expect(result.now).toBe('the money would arrive far too late for the families');
    const inserted = result.diff.segments.filter((s) => s.kind === 'inserted');
    expect(inserted.map((s) => result.now.slice(s.b.start, s.b.end))).toEqual(['far ']);
  });

  it('reports a highlight whose paragraph was deleted as gone', () => {
    const v4 = [p[0], p[1], p[3]].join('\n\n');
    expect(reanchor(v1, v4, selector)).toEqual({ state: 'gone' });
  });

  it('anchors a quote by its context when the text before it grew', () => {
    const text = `Breaking. ${v1}`;
    expect(anchorQuote(text, selector)).toEqual({ start: at + 10, end: at + 10 + quote.length });
    const twice = `${quote} — ${v1}`;
    expect(anchorQuote(twice, selector)?.start).toBe(twice.indexOf(quote, 5));
  });
});
