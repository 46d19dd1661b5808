import { describe, expect, it } from 'vitest';
import { extractText } from '../core/extract/extract-bytes';
import { parseHtmlWithLinkedom } from '../core/extract/linkedom-parser';
import { extractorFor } from './lazy-extract';

const inputs = {
  txt: 'Harbour inquiry\n\nThe harbour master told the inquiry that the warning came late.',
  md: '# Harbour inquiry\n\nThe harbour master told the inquiry that the **warning** came late.',
  html: '<html><head><title>Harbour inquiry</title></head><body><article><h1>Harbour inquiry</h1><p>The harbour master told the inquiry that the warning came late, and that the ferry company had not passed it on to its crews before the storm.</p></article></body></html>',
} as const;

describe('extractorFor', () => {
  it.each(Object.entries(inputs))('reads %s as the full extractor does', async (format, text) => {
    const f = format as keyof typeof inputs;
    const extract = await extractorFor(f);
    const url = 'https://example.org/harbour';
    const read = extract(text, f, parseHtmlWithLinkedom, url);
    expect(read.kind === 'ok' && read.article.text).toContain('the warning came late');
    expect(read).toEqual(extractText(text, f, parseHtmlWithLinkedom, url));
  });

  it('reads plain text with no library, and nothing else with that reader', async () => {
    const plain = await extractorFor('txt');
    expect(plain).not.toBe(extractText);
    expect(await extractorFor('md')).toBe(extractText);
    expect(await extractorFor('html')).toBe(extractText);
  });
});
