import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPlainText } from './text-article';
import { deriveTitle, shorten } from './derive-title';
import { extractMarkdown } from './markdown-article';

const sample = readFileSync(
  new URL('../../../seeds/000_7500752fa51d260b.txt', import.meta.url),
  'utf8',
);

describe('plain text', () => {
  it('turns the sample’s leading date into publishedAt and keeps it out of the text', () => {
    const outcome = extractPlainText(sample);
    if (outcome.kind !== 'ok') throw new Error(outcome.reason);
    expect(outcome.article.publishedAt).toBe('2026-02-23');
    expect(outcome.article.text.startsWith('DEFENCE Secretary John Healey')).toBe(true);
    expect(outcome.article.text).not.toMatch(/date 2026/);
    expect(outcome.article.titleDerived).toBe(true);
    expect(outcome.article.title).toMatch(/^DEFENCE Secretary John Healey said yesterday .*…$/);
    expect(outcome.article.title.length).toBeLessThanOrEqual(91);
  });

  it('takes source, address, title and date lines off the top of the text', () => {
    const raw =
      'Source: Daily Ledger\nURL: https://dailyledger.example/2026/barrier\ndate 2026-03-02\nTitle: Barrier backed\n\nA £200m flood barrier has won backing.\n';
    const outcome = extractPlainText(raw);
    if (outcome.kind !== 'ok') throw new Error(outcome.reason);
    expect(outcome.article).toMatchObject({
      siteName: 'Daily Ledger',
      url: 'https://dailyledger.example/2026/barrier',
      publishedAt: '2026-03-02',
      title: 'Barrier backed',
      titleDerived: false,
      text: 'A £200m flood barrier has won backing.',
    });
    // Markdown reads the same lines where it has no front matter; front matter wins where it has.
    const md = extractMarkdown(`Source: Daily Ledger\ndate 2026-03-02\n\n# Barrier\n\nText.`);
    expect(md).toMatchObject({
      article: {
        siteName: 'Daily Ledger',
        publishedAt: '2026-03-02',
        title: 'Barrier',
        text: 'Barrier\n\nText.',
      },
    });
    const fronted = extractMarkdown(
      `---\nsource: Morning Post\n---\nSource: Daily Ledger\nURL: https://dailyledger.example/a\n\nText.`,
    );
    expect(fronted).toMatchObject({
      article: { siteName: 'Morning Post', url: 'https://dailyledger.example/a', text: 'Text.' },
    });
  });

  it('fails on whitespace only, and keeps a given title', () => {
    expect(extractPlainText(' \n\t ')).toEqual({
      kind: 'failed',
      reason: 'There is no text in it.',
    });
    const given = extractPlainText('Some text.', { title: 'Mine' });
    expect(given).toMatchObject({ article: { title: 'Mine', titleDerived: false } });
  });

  it('refuses a text with no words (punctuation and symbols only), in plain text and Markdown', () => {
    const refusal = {
      kind: 'failed',
      reason: 'There are no words in it, only punctuation or symbols.',
    };
    for (const wordless of ['... --- !!! ???', '… — *** £ % §', '\u00a0“ ” ‘ ’ →'])
      for (const outcome of [extractPlainText(wordless), extractMarkdown(wordless)])
        expect(outcome).toEqual(refusal);
    // One letter or digit is a word: kept.
    for (const kept of ['... 1 ...', '— é —', '!!! 東 ???'])
      expect(extractPlainText(kept)).toMatchObject({ kind: 'ok', article: { text: kept } });
  });

  it('derives a title from a headline line or the first sentence', () => {
    expect(deriveTitle('Storm hits coast\n\nThe storm arrived at dawn.')).toBe('Storm hits coast');
    expect(deriveTitle('The storm arrived at dawn. Then it left.')).toBe(
      'The storm arrived at dawn.',
    );
    expect(shorten('word '.repeat(40).trim(), 20)).toBe('word word word word…');
  });
});

describe('shorten', () => {
  it('never cuts a title inside a surrogate pair', () => {
    const title = `${'a'.repeat(89)}😀 and more words after it`;
    const short = shorten(title);
    expect(short).toBe(`${'a'.repeat(89)}…`);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(short)).toBe(false);
  });
});
