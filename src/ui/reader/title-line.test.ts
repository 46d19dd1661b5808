import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractMarkdown } from '../../core/extract/markdown-article';
import { extractPlainText } from '../../core/extract/text-article';
import { htmlDoc } from '../../core/layout/html-doc';
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

describe('a Markdown article in the reader', () => {
  // q15: "# Notes…" became the title and was shown again as the body's first heading.
  const outcome = extractMarkdown(
    '# Notes on the Healey statement\n\nHealey said: "I am proud that the UK is united for Ukraine."\n\n- a list item\n',
  );
  if (outcome.kind !== 'ok') throw new Error('not imported');
  const { title, text, html } = outcome.article;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const doc = htmlDoc(document.body, text);

  it('does not show its heading again when it only repeats the title', () => {
    expect(title).toBe('Notes on the Healey statement');
    expect(doc?.fromHtml).toBe(true);
    if (!doc) return;
    expect(firstWords(doc, text)).toBe(title);
    const shown = withoutTitleLine(doc, text, title, [], noDecorations);
    expect(firstWords(shown, text)).toMatch(/^Healey said/);
    expect(hidesTitleLine({ text, title, html })).toBe(true);
  });

  it('keeps a first heading that is not the title, and a first paragraph from HTML', () => {
    if (!doc) return;
    expect(withoutTitleLine(doc, text, 'Another title', [], noDecorations)).toBe(doc);
    expect(hidesTitleLine({ text, title: 'Another title', html })).toBe(false);
    expect(hidesTitleLine({ text, title, html: `<p>${title}</p>` })).toBe(false);
  });
});
