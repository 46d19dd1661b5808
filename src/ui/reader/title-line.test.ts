import { describe, expect, it } from 'vitest';
import { extractPlainText } from '../../core/extract/text-article';
import { plainTextDoc, runsOf } from '../../core/layout/reader-doc';
import { noDecorations } from './overlays';
import { hidesTitleLine, withoutTitleLine } from './title-line';

/** A .txt file as import reads it: the title from its first line, the text keeping that line. */
function imported(raw: string): { title: string; text: string } {
  const outcome = extractPlainText(raw);
  if (outcome.kind !== 'ok') throw new Error('not imported');
  return outcome.article;
}

const raw =
  'Storm funding agreed\n\nMinisters met on Monday to agree a new package of funding.\n\nThe package includes money for sea defences.';
const firstWords = (doc: ReturnType<typeof plainTextDoc>, text: string): string => {
  const run = runsOf(doc.blocks[0]?.node ?? { kind: 'loose', text: '' })[0];
  return run ? text.slice(run.start, run.end) : '';
};

describe('a .txt article in the reader', () => {
  const { title, text } = imported(raw);

  it('does not show its title line again as the first paragraph', () => {
    expect(title).toBe('Storm funding agreed');
    // The stored text keeps the line (offsets and the content hash refer to it).
    expect(text.startsWith('Storm funding agreed\n\n')).toBe(true);
    const doc = plainTextDoc(text);
    expect(firstWords(doc, text)).toBe('Storm funding agreed');
    const shown = withoutTitleLine(doc, text, title, [], noDecorations);
    expect(firstWords(shown, text)).toMatch(/^Ministers met on Monday/);
    expect(shown.blocks).toHaveLength(doc.blocks.length - 1);
    // One object for one layout, so the reader does not lay the article out again.
    expect(withoutTitleLine(doc, text, title, [], noDecorations)).toBe(shown);
  });

  it('shows the line when something is marked in it, or when it is not the title', () => {
    const doc = plainTextDoc(text);
    const echoInTitle = [{ start: 6, end: 13, echo: 0 }];
    expect(withoutTitleLine(doc, text, title, echoInTitle, noDecorations)).toBe(doc);
    const highlight = { overlays: [{ start: 0, end: 5, className: 'note' }], widgets: [] };
    expect(withoutTitleLine(doc, text, title, [], highlight)).toBe(doc);
    expect(withoutTitleLine(doc, text, 'Edited title', [], noDecorations)).toBe(doc);
    expect(
      withoutTitleLine({ ...doc, fromHtml: true }, text, title, [], noDecorations).blocks,
    ).toBe(doc.blocks);
  });
});

describe('hidesTitleLine (how the echo list counts another article’s paragraphs)', () => {
  it('is true for a .txt article whose first line is its title, and only for it', () => {
    const { title, text } = imported(raw);
    expect(hidesTitleLine({ text, title, html: '' })).toBe(true);
    // Laid out from its HTML, the reader keeps the first block.
    expect(hidesTitleLine({ text, title, html: '<p>Storm funding agreed</p>' })).toBe(false);
    expect(hidesTitleLine({ text, title: 'Edited title', html: '' })).toBe(false);
  });
});
