import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DocumentLike } from './dom-like';
import { extractHtmlArticle } from './html-article';
import { isFurnitureLine } from './furniture-marks';
import { keepMathJax } from './keep-mathjax';
import { chooseTitle } from './title-choice';

// Rules added for losses seen on the news dev set (tests/fixtures/news-pages); the snippets are
// from those pages.
const prose = [
  'The council voted on Tuesday to close the old harbour bridge to lorries from the first of May, after engineers found cracks in two of its supporting piers during a routine inspection.',
  'Residents on both banks said the closure would add up to forty minutes to deliveries, and several shopkeepers told the meeting they had not been consulted before the decision was taken.',
  'The bridge, opened in 1931, carries about nine thousand vehicles a day. Engineers expect the repairs to take eighteen months and to cost between four and six million pounds.',
].map((p) => `<p>${p}</p>`);

function extract(body: string, title = 'Harbour bridge to close - Gazette') {
  const doc = parseHTML(
    `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`,
  ).document as unknown as DocumentLike;
  const outcome = extractHtmlArticle(doc);
  if (outcome.kind !== 'ok') throw new Error(outcome.reason);
  return outcome.article;
}

describe('news page clean-up', () => {
  it('tells labelled date stamps, comment counters, lone letters and sign-offs from text', () => {
    for (const line of [
      'Publié le 29/10/2012',
      'Mis à jour le 29/10/2012 à 14h03',
      'Updated: August 13, 2010, 5:02 PM ET',
      '10 réactions',
      'Print',
      'Recommend',
      '[+] Enlarge',
      'S',
      '최윤호 기자 uknow@donga.com',
    ])
      expect(isFurnitureLine(line), line).toBe(true);
    for (const line of [
      'Updated guidance follows',
      '10 people were hurt',
      'I',
      'Write to us at letters@example.com with your views on the closure.',
    ])
      expect(isFurnitureLine(line), line).toBe(false);
  });

  it('drops a "Share:" heading and a "read also" link line, keeps a sentence that starts alike', () => {
    const text = extract(
      `<article><h1>Harbour bridge to close</h1>${prose[0]}<h3>Share:</h3>${prose[1]}` +
        `<p>A lire aussi : <a href="/x">Notre récit du discours de Martine Aubry</a></p>` +
        `<p>More: the council will meet again in June to hear from residents.</p>${prose[2]}</article>`,
    ).text;
    expect(text).not.toContain('Share:');
    expect(text).not.toContain('A lire aussi');
    expect(text).toContain('More: the council will meet again in June');
  });

  it('drops the headline when it opens the article, not when it is elsewhere', () => {
    const opening = extract(
      `<article><div class="headline">Harbour bridge to close</div>${prose.join('')}</article>`,
      'Harbour bridge to close',
    );
    expect(opening.text.startsWith('The council voted')).toBe(true);
    const later = extract(
      `<article>${prose[0]}<p>Harbour bridge to close</p>${prose[1]}${prose[2]}</article>`,
      'Harbour bridge to close',
    );
    expect(later.text).toContain('Harbour bridge to close');
  });

  it('takes the heading when the title adds a shorter site name after a separator', () => {
    expect(
      chooseTitle(
        "Tapie, Mougeotte et La Provence, un concentré d'histoire de France | Slate",
        ["Tapie, Mougeotte et La Provence, un concentré d'histoire de France"],
        [],
      ),
    ).toBe("Tapie, Mougeotte et La Provence, un concentré d'histoire de France");
    expect(
      chooseTitle(
        '港特首梁振英就住宅违建事件道歉 - BBC中文网 - 两岸三地',
        ['港特首梁振英就住宅违建事件道歉'],
        [],
      ),
    ).toBe('港特首梁振英就住宅违建事件道歉');
    // A heading that is the site's name, before a longer headline, is not the title.
    expect(
      chooseTitle(
        'Business Insider | Greece agrees another round of cuts',
        ['Business Insider'],
        [],
      ),
    ).toBe('Business Insider | Greece agrees another round of cuts');
  });

  it('keeps a MathJax formula Readability 0.6.0 would drop for its "CtxtMenu" class', () => {
    const formula =
      '<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"><mjx-math aria-hidden="true"><mjx-mi>a</mjx-mi></mjx-math>' +
      '<mjx-assistive-mml><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>';
    const text = extract(
      `<article>${prose[0]}<p>When ${formula}, there are two solutions.</p>${prose[1]}${prose[2]}</article>`,
    ).text;
    expect(text).toContain('When a≠0, there are two solutions.');
    const doc = parseHTML(`<p>${formula}</p>`).document as unknown as DocumentLike;
    expect(keepMathJax(doc)).toBe(1);
  });
});
