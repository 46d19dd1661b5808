import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../core/diff/align-texts';
import { summariseAlignment } from '../../core/diff/summarise-alignment';
import { buildCompareReport } from './compare-report';
import { reportFileName } from './report-name';
import { describeCounts } from './word-summary';
import { differenceCount, sideFragments } from './fragments';

const a = 'Among the latest supportive measures is £200m of funding for <the> forces.';
const b = 'Among the latest measures is £200 million of funding for the forces.';

describe('sideFragments', () => {
  it('rebuilds each side exactly and marks the same differences on both', () => {
    const alignment = alignTexts(a, b);
    const left = sideFragments(alignment, a, 'a', false);
    const right = sideFragments(alignment, b, 'b', false);
    expect(left.map((f) => f.text).join('')).toBe(a);
    expect(right.map((f) => f.text).join('')).toBe(b);
    expect(differenceCount(left)).toBe(differenceCount(right));
    expect(left.find((f) => f.text.includes('supportive'))?.kind).toBe('deleted');
    expect(left.find((f) => f.text.includes('£200m'))?.kind).toBe('equivalent');
  });

  it('leaves equivalent differences unmarked when they are hidden', () => {
    const alignment = alignTexts(a, b);
    const shown = sideFragments(alignment, a, 'a', false);
    const hidden = sideFragments(alignment, a, 'a', true);
    expect(hidden.some((f) => f.kind === 'equivalent')).toBe(false);
    expect(differenceCount(hidden)).toBeLessThan(differenceCount(shown));
  });
});

describe('buildCompareReport', () => {
  it('escapes the passages and carries sources, dates and the summary', () => {
    const alignment = alignTexts(a, b);
    const html = buildCompareReport({
      left: {
        title: 'Paper <A>',
        source: 'Morning Star',
        date: 'Feb 23, 2026',
        text: a,
        span: { start: 0, end: a.length },
      },
      right: { title: 'Paper B', text: b, span: { start: 0, end: b.length } },
      leftFragments: sideFragments(alignment, a, 'a', false),
      rightFragments: sideFragments(alignment, b, 'b', false),
      summary: '10 words the same',
      createdAt: new Date('2026-11-25T10:00:00Z'),
      hideEquivalent: false,
    });
    expect(html).toContain('Paper &#60;A&#62;');
    expect(html).toContain('&#60;');
    expect(html).not.toContain('<the>');
    expect(html).toContain('Morning Star · Feb 23, 2026');
    expect(html).toMatch(/<del class="deleted"[^>]*>supportive ?<\/del>/);
    expect(html).toContain('10 words the same');
    expect(html).toContain('25 November 2026');
    expect(html).toContain('The whole text.');
    expect(html).not.toContain('Characters');
  });

  it('mirrors the screen with equivalents hidden: none marked, none counted, none in the key', () => {
    const alignment = alignTexts(a, b);
    const counts = summariseAlignment(alignment);
    expect(counts.equivalent).toBeGreaterThan(0);
    const summary = describeCounts(counts, true);
    expect(summary).not.toMatch(/\d+ equivalent/);
    expect(summary).toContain('(equivalent differences hidden)');
    const html = buildCompareReport({
      left: { title: 'Paper A', where: 'paragraph 3', text: a, span: { start: 0, end: a.length } },
      right: {
        title: 'Paper B',
        url: 'https://b.example/x',
        text: b,
        span: { start: 0, end: b.length },
      },
      leftFragments: sideFragments(alignment, a, 'a', true),
      rightFragments: sideFragments(alignment, b, 'b', true),
      summary,
      createdAt: new Date('2026-11-25T10:00:00Z'),
      hideEquivalent: true,
    });
    expect(html).not.toContain('class="equivalent"');
    expect(html).toContain('From paragraph 3 of the article.');
    expect(html).toContain('<a href="https://b.example/x">');
    const name = reportFileName(
      { title: 'Storm funding agreed', text: a, span: { start: 0, end: 1 } },
      { title: 'Storm: funding “agreed”, update', text: b, span: { start: 0, end: 1 } },
      new Date('2026-11-25T10:00:00Z'),
    );
    expect(name).toBe('storm-funding-agreed-vs-storm-funding-agreed-update-2026-11-25.html');
  });
});
