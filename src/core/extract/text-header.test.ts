import { describe, expect, it } from 'vitest';
import { noHeader, opensTextHeader, takeTextHeader } from './text-header';

describe('takeTextHeader: the leading lines that name a text file', () => {
  it('reads source, publisher, address, title, author and date lines, in any order', () => {
    const text =
      'Source: The Guardian\nURL: https://www.theguardian.com/uk/2026/mar/02/barrier\nTitle: Flood barrier backed\nAuthor: Jane Smith\nDate: 2026-03-02\n\nA £200m flood barrier has won backing.\n';
    const { header, rest } = takeTextHeader(text);
    expect(header).toEqual({
      source: 'The Guardian',
      url: 'https://www.theguardian.com/uk/2026/mar/02/barrier',
      title: 'Flood barrier backed',
      author: 'Jane Smith',
      date: '2026-03-02',
    });
    // The text after the header is a suffix of the file: offsets into it stay offsets into it.
    expect(text.endsWith(rest)).toBe(true);
    expect(rest).toBe('\n\nA £200m flood barrier has won backing.\n');
    expect(
      takeTextHeader('publisher:Daily Ledger\r\ndate 2026-03-01\r\n\r\nText.').header,
    ).toMatchObject({ source: 'Daily Ledger', date: '2026-03-01' });
  });

  it("keeps the sample's `date YYYY-MM-DD` line, and words after it on its line", () => {
    expect(takeTextHeader('date 2024-01-31\nText here.')).toEqual({
      header: { ...noHeader, date: '2024-01-31' },
      rest: '\nText here.',
    });
    expect(takeTextHeader('date 2024-01-31 Text here.').rest).toBe(' Text here.');
    expect(takeTextHeader('date 2024-02-30 Text').header).toBe(noHeader);
    expect(takeTextHeader('dated 2024-01-31 Text').header).toBe(noHeader);
  });

  it('reads a US-style date line, and the header lines after it', () => {
    for (const date of ['March 6, 2026', 'Mar. 6, 2026', 'Friday, March 6, 2026'])
      expect(takeTextHeader(`Title: Fed holds\nDate: ${date}\nSource: Gazette\n\nBody.`)).toEqual({
        header: { ...noHeader, title: 'Fed holds', date, source: 'Gazette' },
        rest: '\n\nBody.',
      });
  });

  it('keeps reading the header past a date in a form it does not read, leaving the date unset', () => {
    // Day or month first? Not guessed; the line is still the header's, not the article's.
    for (const date of ['06/03/2026', '6.3.26', 'Friday 6th of March, 2026'])
      expect(
        takeTextHeader(`Title: Fed holds\nDate: ${date}\nURL: https://g.example/fed\n\nBody.`),
      ).toEqual({
        header: { ...noHeader, title: 'Fed holds', url: 'https://g.example/fed' },
        rest: '\n\nBody.',
      });
    expect(takeTextHeader('Date: 06/03/2026\n\nBody.').rest).toBe('\n\nBody.');
  });

  it('stops at the first line that is not a header line, keeping it and what follows', () => {
    const byLine = 'Source: Reuters\nBy Jane Smith\nSource: Other\n\nText.';
    expect(takeTextHeader(byLine)).toEqual({
      header: { ...noHeader, source: 'Reuters' },
      rest: '\nBy Jane Smith\nSource: Other\n\nText.',
    });
    // A blank line ends it too: a "Source:" further down is the article's.
    expect(takeTextHeader('Title: A\n\nSource: ONS\n').header).toEqual({ ...noHeader, title: 'A' });
  });

  it('leaves an article that opens with such words as it is', () => {
    const cases = [
      // A sentence, not a paper's name.
      `Source: figures from the Office for National Statistics published on Tuesday show that unemployment rose again in the quarter to March.\n\nMore.`,
      'URL: not an address\n\nText.',
      'URL: ftp://example.com/file\n\nText.',
      'Date: last Tuesday\n\nText.',
      'Date: 3 people died in the floods.\n\nText.',
      'Update: the minister resigned.\n\nText.',
      'Source: ...\n\nText.',
      'The minister said: "no".',
    ];
    for (const text of cases)
      expect(takeTextHeader(text)).toEqual({ header: noHeader, rest: text });
  });

  it('says which openings could be a header without reading further', () => {
    expect(opensTextHeader('Source: The Guardian\n')).toBe(true);
    expect(opensTextHeader('\n  date 2026-03-02\n')).toBe(true);
    expect(opensTextHeader('URL : https://')).toBe(true);
    expect(opensTextHeader('The minister said: no')).toBe(false);
    expect(opensTextHeader('Update: the minister')).toBe(false);
  });
});
