import { describe, expect, it } from 'vitest';
import { extractHtmlArticle } from './html-article';
import { parseHtmlWithLinkedom } from './linkedom-parser';

const para = (n: number): string =>
  `<p onclick="track(${n})" onMouseOver="hover()">The council met on Tuesday for the ${n}th time to decide the plan for the sea walls and the harbour, and the gallery was full.</p>`;

describe('dropEventHandlers (in extraction)', () => {
  it('leaves no event-handler attribute in the extracted HTML, and the rest as it was', () => {
    const page = `<!doctype html><html><head><title>Sea walls</title></head><body onload="go()">
<article><h1>Sea walls</h1>${para(1)}${para(2)}${para(3)}
<p><a href="https://example.org/plan" onclick="return false">the plan</a>
<img src="https://example.org/a.png" alt="the harbour" onerror="alert(1)"></p></article></body></html>`;
    const outcome = extractHtmlArticle(parseHtmlWithLinkedom(page, 'https://example.org/news'));
    if (outcome.kind !== 'ok') throw new Error(outcome.reason);
    const { html } = outcome.article;
    // The sanitiser parses this in the page, where each handler was a CSP violation.
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).toContain('<a href="https://example.org/plan">the plan</a>');
    expect(html).toContain('alt="the harbour"');
    expect(outcome.article.text).toContain('for the 2th time');
  });
});
