import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../tests/support/test-articles';
import { memorySearchStore } from '../../tests/support/memory-search-store';
import { searchDocumentOf } from './search-engine';
import { searchIndexInProcess } from './search-in-process';
import { containsPhrase, queryPhrases } from './phrases';

/** An article whose title and text are given (the other fields from makeArticle). */
const article = (id: string, title: string, text: string) =>
  searchDocumentOf(makeArticle(0, { id, title, text, byline: '', source: 'Wire' }));

const archive = [
  article('side-by-side', 'Cabinet news', 'The minister will step down next week.'),
  article('apart', 'Prices', 'Prices went down again; the next step is unclear.'),
  article('reversed', 'Rates', 'A down step in rates was announced.'),
  article('line-break', 'Hall', 'They had to step\ndown from the board.'),
  article('in-title', 'Chair to step down', 'The chair said little.'),
  article('title-into-text', 'The first step', 'Down the line, more will follow.'),
  article('contracted', 'Plans', 'We’re going to win, she said.'),
  article('contracted-apart', 'Plans', 'Going home, we’re told, is best.'),
  article('expanded', 'Plans', 'We are going to win, he said.'),
  article('amount', 'Budget', 'A £200 million budget was set.'),
  article('amount-short', 'Budget', 'The £200m budget was set.'),
  article('amount-apart', 'Budget', 'It cost £200, and a million more was the budget.'),
  article('inside-words', 'Misstep', 'A misstep downward: one step, then down.'),
  article('accented', 'Café Society', 'The society met at the café.'),
  article('dollars', 'Deal', 'A $5bn deal was signed.'),
];

async function ids(query: string): Promise<string[]> {
  const index = searchIndexInProcess(memorySearchStore(archive));
  return (await index.query(query, {}, 100)).map((m) => m.id).sort();
}

describe('a quoted phrase', () => {
  it('asks for its words side by side and in order, not merely all present', async () => {
    expect(await ids('"step down"')).toEqual(['in-title', 'line-break', 'side-by-side']);
    expect(await ids('"down step"')).toEqual(['reversed']);
    // Unquoted, the words may be anywhere, as before.
    expect(await ids('step down')).toHaveLength(7);
  });

  it('runs over line breaks and punctuation, as the index splits words, but not across fields', async () => {
    expect(await ids('"step down from"')).toEqual(['line-break']);
    // "first step" ends the title and "Down" starts the text: not side by side.
    expect(await ids('"step down"')).not.toContain('title-into-text');
    expect(await ids('"first step"')).toEqual(['title-into-text']);
  });

  it('may be quoted with curly quotes, and folds apostrophes and case as the index does', async () => {
    expect(await ids('“step down”')).toEqual(['in-title', 'line-break', 'side-by-side']);
    // "we're" is "we are", as the echo engine reads it (contraction-forms.ts); "we're told,
    // going" is not side by side.
    expect(await ids('"we\'re going"')).toEqual(['contracted', 'expanded']);
    expect(await ids('«WE’RE GOING»')).toEqual(['contracted', 'expanded']);
    expect(await ids('"we are going"')).toEqual(['contracted', 'expanded']);
  });

  it('matches a number however it was printed, its words side by side', async () => {
    expect(await ids('"£200m budget"')).toEqual(['amount', 'amount-short']);
    expect(await ids('"£200 million budget"')).toEqual(['amount', 'amount-short']);
    // One quoted amount is a phrase of two once written out: "£200" and "million" apart is not it.
    expect(await ids('"£200m"')).toEqual(['amount', 'amount-short']);
  });

  it('is found as whole words only, folded as the index folds them', async () => {
    // "misstep downward" holds "step down" as letters, not as words.
    expect(await ids('"step down"')).not.toContain('inside-words');
    expect(await ids('"cafe society"')).toEqual(['accented']);
    expect(await ids('"CAFÉ SOCIETY"')).toEqual(['accented']);
    expect(await ids('"$5 billion deal"')).toEqual(['dollars']);
  });

  it('combines with unquoted words, which may be anywhere', async () => {
    expect(await ids('"step down" minister')).toEqual(['side-by-side']);
    expect(await ids('board "step down"')).toEqual(['line-break']);
  });
});

describe('phrase parsing and matching', () => {
  it('takes each quoted part of two or more words, an unclosed quote running to the end', () => {
    expect(queryPhrases('"step down" now "Healey" “we’re here')).toEqual([
      ['step', 'down'],
      ['we', 're', 'here'],
    ]);
  });

  it('finds a run of consecutive terms, however often its first word comes before', () => {
    expect(containsPhrase(['a', 'a', 'b'], ['a', 'b'])).toBe(true);
    expect(containsPhrase(['a', 'c', 'b'], ['a', 'b'])).toBe(false);
    expect(containsPhrase(['a'], ['a', 'b'])).toBe(false);
  });
});
