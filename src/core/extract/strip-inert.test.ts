import { describe, expect, it } from 'vitest';
import { stripInertMarkup } from './strip-inert';

describe('stripInertMarkup', () => {
  it('drops scripts, styles, SVG and comments but keeps JSON-LD and the text around them', () => {
    const html =
      '<p>A</p><script>var s = "<p>x</p>";</script><style>p{}</style><!-- c --><svg><path d="M0"/></svg>' +
      '<script type="application/ld+json">{"datePublished":"2024-01-02"}</script><p>B</p>';
    expect(stripInertMarkup(html)).toBe(
      '<p>A</p><script type="application/ld+json">{"datePublished":"2024-01-02"}</script><p>B</p>',
    );
  });

  it('ends a script at its first closing tag, as a parser does', () => {
    expect(stripInertMarkup('<script>a</script><p>kept</p><script>b</script>')).toBe('<p>kept</p>');
  });
});
