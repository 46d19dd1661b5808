import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { DocumentLike } from './dom-like';
import { extractHtmlArticle } from './html-article';
import { dedupeSourceName } from './furniture';
import { bylineBesides, chooseTitle } from './title-choice';
import { isFurnitureLine } from './furniture-marks';

const parse = (html: string): DocumentLike => parseHTML(html).document;

// Prose long enough for Readability to take the block as the article.
const prose = [
  'The council voted on Tuesday to close the old harbour bridge to lorries from the first of May, after engineers found cracks in two of its supporting piers during a routine inspection.',
  'Residents on both banks said the closure would add up to forty minutes to deliveries, and several shopkeepers told the meeting they had not been consulted before the decision was taken.',
  'The bridge, opened in 1931, carries about nine thousand vehicles a day. Engineers expect the repairs to take eighteen months and to cost between four and six million pounds.',
  'A temporary crossing for pedestrians and cyclists will stay open throughout the works, the council said, and buses will be diverted along the ring road while the piers are rebuilt.',
];

/** A page whose article is the prose above with `inside` after its second paragraph. */
function page(inside: string, head = ''): DocumentLike {
  const [a, b, c, d] = prose.map((p) => `<p>${p}</p>`);
  return parse(
    `<!doctype html><html><head><title>Harbour bridge to close</title>${head}</head><body><article>${a}${b}${inside}${c}${d}</article></body></html>`,
  );
}

function textOf(doc: DocumentLike): string {
  const outcome = extractHtmlArticle(doc);
  if (outcome.kind !== 'ok') throw new Error(outcome.reason);
  return outcome.article.text;
}

function htmlOf(doc: DocumentLike): string {
  const outcome = extractHtmlArticle(doc);
  if (outcome.kind !== 'ok') throw new Error(outcome.reason);
  return outcome.article.html;
}

describe('furniture removal after Readability', () => {
  it('removes a lone price and a score (markup from an Engadget review page)', () => {
    const text = textOf(
      page(
        '<div><div><p><span>from</span>&nbsp;<span>$610.00</span></p></div><div><p> 87 </p></div></div>',
      ),
    );
    expect(text).not.toContain('$610.00');
    expect(text).not.toMatch(/^87$/m);
    for (const p of prose) expect(text).toContain(p);
  });

  it('removes a photo credit from a caption and keeps the caption (CityLab markup)', () => {
    const text = textOf(
      page(
        '<figure class="c-lead-image"><img src="https://example.org/300.jpg"><figcaption class="c-lead-image__credit"><span class="c-lead-image__caption">The Moulin Rouge cabaret in Paris</span> <span class="c-lead-image__attribution">Benoit Tessier/Reuters</span></figcaption></figure>',
      ),
    );
    expect(text).toContain('The Moulin Rouge cabaret in Paris');
    expect(text).not.toContain('Benoit Tessier');
  });

  it('removes a marked credit span and a credit line (New York Times, Medium markup)', () => {
    const text = textOf(
      page(
        '<figure><img src="https://example.org/a.jpg"><figcaption class="caption"><span class="credit"><span class="visually-hidden">Credit</span> Harry Campbell </span></figcaption></figure><figure><img src="https://example.org/b.jpg"><figcaption>Photo: Joseph Cox</figcaption></figure>',
      ),
    );
    expect(text).not.toContain('Harry Campbell');
    expect(text).not.toContain('Joseph Cox');
  });

  it('removes share bars and newsletter boxes marked by class, and navigation', () => {
    const text = textOf(
      page(
        '<div class="share-bar"><a href="https://twitter.com/share">Twitter</a> <a href="https://facebook.com/share">Facebook</a></div><section class="c-newsletter c-newsletter--promo c-newsletter--cta"><h2 class="c-newsletter__title">Cities are changing fast. Keep up with the <b>CityLab Daily</b> newsletter.</h2><label for="promo-email-input-email" class="c-newsletter__cta c-newsletter__cta--promo">The best way to follow issues you care about.</label></section><nav><a href="/">Lo más reciente</a> <a href="/search">Buscar</a></nav>',
      ),
    );
    for (const gone of [
      'Twitter',
      'Facebook',
      'CityLab Daily',
      'follow issues',
      'Lo más reciente',
      'Buscar',
    ])
      expect(text).not.toContain(gone);
  });

  it('removes a "related" list that is mostly links', () => {
    const links = Array.from(
      { length: 8 },
      (_, i) =>
        `<li><a href="/story/${i}">Another story about the harbour, part ${i + 1}, and what the council said about it</a></li>`,
    ).join('');
    const text = textOf(
      page(`<aside class="related-stories"><h3>Related</h3><ul>${links}</ul></aside>`),
    );
    expect(text).not.toContain('Another story about the harbour');
  });

  it('keeps a documentation section whose id is a slug with a furniture word (Mercurial guide)', () => {
    const section = `<div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2><p>${prose[0]} ${prose[1]}</p></div>`;
    const text = textOf(page(section));
    expect(text).toContain('Sharing with a single developer');
    expect(text).toContain(`${prose[0]} ${prose[1]}`);
  });

  it('keeps prose in a block whose class says "newsletter" when it is not mostly links', () => {
    const text = textOf(
      page(`<div class="newsletter-story"><p>${prose[3]} ${prose[0]}</p><p>${prose[2]}</p></div>`),
    );
    expect(text).toContain(`${prose[3]} ${prose[0]}`);
  });

  it('keeps numbers inside sentences, citations and code, and a year as a caption', () => {
    const text = textOf(
      page(
        '<p>Quaternary International. <b>59</b>: 5–16.</p><pre><code>} else if (res.status == <span>401</span>) {</code></pre><figure><img src="https://example.org/c.png"><figcaption>2012</figcaption></figure>',
      ),
    );
    expect(text).toContain('Quaternary International. 59: 5–16.');
    expect(text).toContain('res.status == 401');
    expect(text).toMatch(/^2012$/m);
  });

  it('keeps headings and lists as their own paragraphs in the text and as such in the HTML', () => {
    const inside =
      '<h2>What happens next</h2><ul><li>Lorries use the ring road.</li><li>Buses are diverted.</li></ul>';
    const text = textOf(page(inside));
    expect(text).toContain(
      '\n\nWhat happens next\n\nLorries use the ring road.\n\nBuses are diverted.\n\n',
    );
    const html = htmlOf(page(inside));
    expect(html).toMatch(/<h2>What happens next<\/h2>/);
    expect(html).toMatch(/<li>Lorries use the ring road.<\/li>/);
  });

  it('leaves no class attribute in the HTML kept for the reader', () => {
    const html = htmlOf(page('<p class="story-body-text">A paragraph with a class.</p>'));
    expect(html).toContain('A paragraph with a class.');
    expect(html).not.toMatch(/class="(?!page")/);
  });
});

describe('lone furniture lines', () => {
  it('tells counters, prices, credits and labels from text', () => {
    for (const line of [
      '14',
      'from $610.00',
      '19,99 €',
      'Foto: LA NACION',
      'Ezra Acayan / Getty Images',
      'Advertisement',
      'Anzeige:',
      'Bild 1 von 9',
      'Image 3 of 12',
      "© Bild: REUTERS / CAITLIN O'HARA",
      '05/08/2019',
      'Dienstag, 13. Mai 2014',
      'June 4, 2019 at 3:53 pm',
      '05:28 Uhr',
    ])
      expect(isFurnitureLine(line), line).toBe(true);
    for (const line of [
      '2012',
      'The Moulin Rouge cabaret in Paris',
      'Photographers gathered at noon.',
      'In 2019 we went back.',
      'Copyright holders agree',
      '',
    ])
      expect(isFurnitureLine(line), line).toBe(false);
  });
});

describe('source name', () => {
  it('names a repeated source once', () => {
    expect(dedupeSourceName('BBC News · BBC News')).toBe('BBC News');
    expect(dedupeSourceName('BBC News | bbc news')).toBe('BBC News');
    expect(dedupeSourceName('Der Spiegel')).toBe('Der Spiegel');
    expect(dedupeSourceName('BBC News · Sport')).toBe('BBC News · Sport');
  });

  it('drops a byline that only names the site again', () => {
    expect(bylineBesides('BBC News', ['BBC News'])).toBe('');
    expect(bylineBesides('By BBC News', ['BBC News'])).toBe('');
    expect(bylineBesides('By Laura Kuenssberg', ['BBC News'])).toBe('By Laura Kuenssberg');
    expect(bylineBesides('BBC News', [''])).toBe('BBC News');
  });

  it('gives a page whose author is its site a source and no byline', () => {
    const outcome = extractHtmlArticle(
      page(
        '',
        '<meta property="og:site_name" content="BBC News"><meta name="author" content="BBC News">',
      ),
    );
    if (outcome.kind !== 'ok') throw new Error(outcome.reason);
    expect(outcome.article.siteName).toBe('BBC News');
    expect(outcome.article.byline).toBe('');
  });
});

describe('title choice', () => {
  it('takes the page heading when the title is the heading plus a suffix (og:title on DW)', () => {
    expect(
      chooseTitle(
        "Uncork the mystery of Germany's Frühburgunder | DW | 10.06.2013",
        ["Uncork the mystery of Germany's Frühburgunder"],
        ['DW.COM'],
      ),
    ).toBe("Uncork the mystery of Germany's Frühburgunder");
  });

  it('takes the one heading when the title only names the site (a Dublin Core title)', () => {
    const heading = 'Nicaragua cerró 2021 con deuda externa de 14.372,4 millones de dólares';
    expect(chooseTitle('100% Noticias', [heading], ['100noticias.com.ni', '100% Noticias'])).toBe(
      heading,
    );
    expect(chooseTitle('100% Noticias', [heading, 'Otra noticia aquí'], ['100% Noticias'])).toBe(
      '100% Noticias',
    );
  });

  it('keeps a title that is neither', () => {
    expect(chooseTitle('Harbour bridge to close', ['Harbour'], ['Gazette'])).toBe(
      'Harbour bridge to close',
    );
  });
});
