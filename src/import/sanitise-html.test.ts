import { describe, expect, it } from 'vitest';
import { nodeDom } from '../../tests/support/node-dom';
import { sanitiseArticleHtml } from './sanitise-html';

const window = nodeDom.sanitiseWindow;
const dirty =
  '<p onmouseover="x()">Text <a href="javascript:alert(1)">bad</a> <a href="https://ok.example/" target="_blank">ok</a></p>' +
  '<img src="https://cdn.example/a.png" srcset="https://cdn.example/b.png 2x" alt="A">' +
  '<img src="data:image/png;base64,AAAA" alt="inline"><iframe src="https://x.example"></iframe>' +
  '<form action="/x"><input name="q"></form><style>p{}</style><svg><script>1</script></svg><video src="v.mp4"></video>';

describe('sanitiseArticleHtml', () => {
  it('removes active content and neutralises remote images by default', () => {
    const clean = sanitiseArticleHtml(dirty, { window });
    expect(clean).not.toMatch(
      /onmouseover|javascript:|<iframe|<form|<input|<style|<svg|<script|<video|srcset|target=/i,
    );
    expect(clean).toContain('<img alt="A" data-remote-src="https://cdn.example/a.png">');
    expect(clean).toContain('src="data:image/png;base64,AAAA"');
    expect(clean).toContain('<a href="https://ok.example/" rel="noopener noreferrer">ok</a>');
  });

  it('keeps remote image addresses when the user consents', () => {
    const clean = sanitiseArticleHtml(dirty, { window, allowRemoteImages: true });
    expect(clean).toContain('src="https://cdn.example/a.png"');
    expect(clean).not.toContain('data-remote-src');
  });
});
