import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../extract/html-to-text';
import { htmlDoc } from './html-doc';
import { runsOf, type ReaderNode } from './reader-doc';

function layout(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const text = htmlToText(document.body);
  const doc = htmlDoc(document.body, text);
  return { text, doc };
}

/** What the reader would show of a node: runs are slices of the text. */
function shown(node: ReaderNode, text: string): string {
  if (node.kind === 'run') return text.slice(node.start, node.end);
  if (node.kind === 'loose') return node.text;
  return node.children.map((c) => shown(c, text)).join('');
}

describe('reader layout from HTML', () => {
  it('keeps headings, lists, quotes and links, with every word mapped onto the plain text', () => {
    const { text, doc } = layout(
      `<div><h2>Flood defences</h2><p>The council <a href="https://example.org/plan">published its plan</a> on <em>Monday</em>.</p>
       <ul><li>£200m for sea walls</li><li>repairs to homes</li></ul>
       <blockquote><p>“We are proud,” she said.</p></blockquote></div>`,
    );
    expect(doc).not.toBeNull();
    const tags = doc?.blocks.map((b) => (b.node.kind === 'element' ? b.node.tag : b.node.kind));
    expect(tags).toEqual(['h2', 'p', 'ul', 'blockquote']);
    const p = doc?.blocks[1]?.node;
    expect(p && shown(p, text)).toBe('The council published its plan on Monday.');
    // Runs are in order and never overlap, so offsets into the text map to one place on screen.
    const runs = doc?.blocks.flatMap((b) => runsOf(b.node)) ?? [];
    runs.forEach((run, i) => expect(run.start).toBeGreaterThanOrEqual(runs[i - 1]?.end ?? 0));
    const words = runs.map((r) => text.slice(r.start, r.end)).join('');
    expect(words.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });

  it('keeps a space between inline elements that the text has', () => {
    const { text, doc } = layout(
      '<p>Hello<em> world</em> and <strong>more</strong> words here</p>',
    );
    const p = doc?.blocks[0]?.node;
    expect(p && shown(p, text)).toBe('Hello world and more words here');
  });

  it('shows text the plain text lacks as loose text and picks up the mapping after it', () => {
    const { document } = parseHTML(
      '<html><body><p>Ministers met on Monday to agree funding.</p><p>INSERTED CAPTION</p><p>The package includes money for sea defences.</p></body></html>',
    );
    const text =
      'Ministers met on Monday to agree funding.\n\nThe package includes money for sea defences.';
    const doc = htmlDoc(document.body, text);
    expect(doc?.blocks).toHaveLength(3);
    const last = doc?.blocks[2]?.node;
    expect(last && runsOf(last)[0]).toEqual({
      kind: 'run',
      start: text.indexOf('The package'),
      end: text.length,
    });
    expect(doc?.blocks[1]?.node).toMatchObject({ children: [{ kind: 'loose' }] });
  });

  it('gives up (plain layout instead) when the HTML does not hold the text', () => {
    const { document } = parseHTML('<html><body><p>Something else entirely.</p></body></html>');
    expect(htmlDoc(document.body, 'A text about sea defences and the storm.')).toBeNull();
  });

  it('keeps remote image addresses for consent, and unsafe links are not links', () => {
    const { doc } = layout(
      '<figure><img data-remote-src="https://img.example/a.jpg" alt="Sea wall"><figcaption>The wall in March, after the storm had passed.</figcaption></figure>',
    );
    const figure = doc?.blocks[0]?.node;
    expect(figure).toMatchObject({
      tag: 'figure',
      children: [
        { tag: 'img', attrs: { 'data-remote-src': 'https://img.example/a.jpg', alt: 'Sea wall' } },
        { tag: 'figcaption' },
      ],
    });
  });

  it('cuts one huge paragraph into blocks that still tile its text', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `word${i}`).join(' ');
    const { text, doc } = layout(`<p>${words}</p>`);
    expect(doc?.blocks.length).toBeGreaterThan(5);
    const joined = (doc?.blocks ?? []).map((b) => shown(b.node, text)).join('');
    expect(joined).toBe(text);
  });
});
