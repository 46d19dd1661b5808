import { describe, expect, it } from 'vitest';
import { extractPlainText } from './text-article';
import { extractMarkdown } from './markdown-article';

const body =
  'The council met on Tuesday to vote on the budget for next year, which includes new spending.';
const bylineOf = (text: string): string => {
  const outcome = extractPlainText(text);
  return outcome.kind === 'ok' ? outcome.article.byline : 'failed';
};

describe('a "By …" line read as the byline', () => {
  it('reads one name, several, and a role or place after them', () => {
    expect(bylineOf(`Council votes on budget\nBy Jane Smith\n\n${body}`)).toBe('Jane Smith');
    expect(
      bylineOf(
        `Council votes on budget\n\nBy Jane Smith and John Doe, Political Correspondent\n\n${body}`,
      ),
    ).toBe('Jane Smith and John Doe, Political Correspondent');
    expect(
      bylineOf(`Budget passed\nBY J. R. Hartley & Ursula von der Leyen | Reuters\n${body}`),
    ).toBe('J. R. Hartley & Ursula von der Leyen | Reuters');
    expect(bylineOf(`date 2026-11-30\nBudget passed\nBy Mary-Jane O’Brien Jr.\n\n${body}`)).toBe(
      'Mary-Jane O’Brien Jr.',
    );
  });

  it('keeps the text as the file gave it, byline line and all', () => {
    const outcome = extractPlainText(`Council votes on budget\nBy Jane Smith\n\n${body}`);
    expect(outcome.kind === 'ok' && outcome.article.text).toBe(
      `Council votes on budget\nBy Jane Smith\n\n${body}`,
    );
  });

  it('never takes the article’s own words that start with "By"', () => {
    const starts = [
      'By the time the council met, the budget had already been agreed in private',
      'By Monday, councillors had agreed to the new spending',
      'By Tuesday the vote was lost',
      'By Christmas the roads will be mended.',
      'By Jane Smith’s own account, the vote was a formality and nobody expected a surprise.',
      'By and large the council agreed',
    ];
    for (const start of starts) expect(bylineOf(`Council votes\n${start}\n\n${body}`)).toBe('');
    expect(bylineOf(`${body}\n\nBy the way, nothing changed.`)).toBe('');
  });

  it('looks only near the top', () => {
    expect(bylineOf(`One\n\nTwo\n\nThree\n\nFour\n\nBy Jane Smith\n\n${body}`)).toBe('');
  });

  it('reads it from Markdown too, where no front matter names the author', () => {
    const md = extractMarkdown(`# Council votes on budget\n\n*By Jane Smith*\n\n${body}\n`);
    expect(md.kind === 'ok' && md.article.byline).toBe('Jane Smith');
    const given = extractMarkdown(`---\nauthor: Ann Lee\n---\n# Votes\n\nBy Jane Smith\n\n${body}`);
    expect(given.kind === 'ok' && given.article.byline).toBe('Ann Lee');
  });
});
