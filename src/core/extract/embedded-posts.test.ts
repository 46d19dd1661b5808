import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DocumentLike } from './dom-like';
import { extractHtmlArticle } from './html-article';

const parse = (html: string): DocumentLike => parseHTML(html).document;

const before =
  'West Ham went top of the table for a few hours on Sunday after a win at Villa Park that their manager called the best away performance of his time at the club.';
const after =
  'The result leaves Aston Villa fifteenth, two points above the relegation places, and their manager said afterwards that the team had not played with enough belief in the second half.';
const filler =
  'Both sides had chances in a lively opening half hour, and the home crowd grew restless as their side fell further behind after the break, with several fans leaving well before the final whistle.';

// The markup of an embedded tweet as the aktualne.cz page in Readability's test pages carries it:
// the embed code's blockquote inside the site's own wrapper, with the script that would replace it.
const tweet = `<div id="twttr_c90e" class="codefragment codefragment--twitter"><blockquote class="twitter-tweet"><p lang="en" dir="ltr">⭐️⭐️⭐️⭐️<br><br>Highlights from our 4-1 win at Villa Park ⬇️ <a href="https://t.co/BUPgYtgHaY">pic.twitter.com/BUPgYtgHaY</a></p>— West Ham United (@WestHam) <a href="https://twitter.com/WestHam/status/1454931184966770696?ref_src=twsrc%5Etfw">October 31, 2021</a></blockquote></div><script async src="https://platform.twitter.com/widgets.js"></script>`;

function extract(body: string) {
  const outcome = extractHtmlArticle(
    parse(
      `<!doctype html><html><head><title>West Ham win at Villa Park</title></head><body><article>${body}</article></body></html>`,
    ),
  );
  if (outcome.kind !== 'ok') throw new Error(outcome.reason);
  return outcome.article;
}

describe('embedded posts', () => {
  it('keeps the text of an embedded tweet, as a quote, where it stood', () => {
    const article = extract(
      `<p>${filler}</p><p>${before}</p>${tweet}<p>${after}</p><p>${filler}</p>`,
    );
    expect(article.text).toContain('Highlights from our 4-1 win at Villa Park');
    expect(article.text).toContain('West Ham United (@WestHam)');
    const at = article.text.indexOf('Highlights from our 4-1 win');
    expect(article.text.indexOf(before)).toBeLessThan(at);
    expect(article.text.indexOf(after)).toBeGreaterThan(at);
    expect(article.html).toMatch(
      /<blockquote[^>]*>[\s\S]*Highlights from our 4-1 win[\s\S]*<\/blockquote>/,
    );
  });

  it('keeps an Instagram post caption and two posts in a row, once each', () => {
    const insta = `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/"><div><p>Training this morning in the sun. Big game on Sunday!</p></div></blockquote>`;
    const article = extract(`<p>${filler}</p><p>${before}</p>${tweet}${insta}<p>${after}</p>`);
    expect(article.text).toContain('Training this morning in the sun.');
    expect(article.text.split('Highlights from our 4-1 win').length).toBe(2);
    expect(article.text.indexOf('Highlights from our 4-1 win')).toBeLessThan(
      article.text.indexOf('Training this morning'),
    );
  });

  it('puts a post that opens the article first', () => {
    const article = extract(`${tweet}<p>${filler}</p><p>${before}</p><p>${after}</p>`);
    expect(article.text.indexOf('Highlights from our 4-1 win')).toBeLessThan(
      article.text.indexOf(filler),
    );
    expect(article.text).toContain(after);
  });

  it('leaves out a post whose place is not in the article rather than guess', () => {
    const article = extract(
      `<p>${filler}</p><p>${before}</p><p>${after}</p></article><aside><p>Sidebar words.</p>${tweet}</aside><article>`,
    );
    expect(article.text).not.toContain('Highlights from our 4-1 win');
    expect(article.text).toContain(after);
  });
});
