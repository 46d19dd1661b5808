import type { CompareSide } from './compare-side';
import { tagFor, type Fragment } from './fragments';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function fragmentsHtml(fragments: readonly Fragment[]): string {
  return fragments
    .map((f) => {
      if (f.link) return '<span class="move">⇄ moved</span>';
      if (f.kind === 'same') return escapeHtml(f.text);
      const tag = tagFor[f.kind];
      return `<${tag} class="${f.kind}" title="${f.kind}">${escapeHtml(f.text)}</${tag}>`;
    })
    .join('');
}

function sideHtml(side: CompareSide, fragments: readonly Fragment[]): string {
  const facts = [side.source, side.date].filter(Boolean).map((f) => escapeHtml(f ?? ''));
  const link = side.url
    ? `<p class="facts"><a href="${escapeHtml(side.url)}">${escapeHtml(side.url)}</a></p>`
    : '';
  const where = side.where ? `From ${side.where} of the article.` : 'The whole text.';
  return `<section><h2>${escapeHtml(side.title)}</h2><p class="facts">${facts.join(' · ')}</p>${link}
<p class="range">${escapeHtml(where)}</p>
<div class="text">${fragmentsHtml(fragments)}</div></section>`;
}

const dateInWords = (date: Date): string =>
  date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

const style = `body{font:16px/1.6 Georgia,serif;margin:2rem;color:#1d1b18;background:#fff}
h1{font-weight:normal}.grid{display:grid;grid-template-columns:1fr 1fr;gap:2rem}
.text{white-space:pre-wrap}.facts,.range,.summary{color:#6b655c;font:14px system-ui,sans-serif}
del{background:#f8d4d0;text-decoration:line-through}ins{background:#d5f0d8;text-decoration:none}
mark.changed{background:#fbe3b8}mark.equivalent{background:#e3e7f3}
mark.moved{background:#e6dcf5}.move{color:#5b3f8c;font:12px system-ui,sans-serif}
del:empty::after,ins:empty::after{content:"\\2038"}`;

/** A self-contained HTML report of one comparison: both passages, differences, sources and dates. */
export function buildCompareReport(input: {
  readonly left: CompareSide;
  readonly right: CompareSide;
  readonly leftFragments: readonly Fragment[];
  readonly rightFragments: readonly Fragment[];
  readonly summary: string;
  readonly createdAt: Date;
  /** As on screen: equivalent differences shown unmarked and left out of the key. */
  readonly hideEquivalent: boolean;
}): string {
  const title = `Comparison: ${input.left.title} / ${input.right.title}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title><style>${style}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<p class="summary">${escapeHtml(input.summary)}. Made with Verso on ${escapeHtml(dateInWords(input.createdAt))}.</p>
<p class="summary">Key: <del>deleted</del> <ins>inserted</ins> <mark class="changed">changed</mark> <mark class="moved">moved</mark>${input.hideEquivalent ? '' : ' <mark class="equivalent">equivalent</mark>'}</p>
<div class="grid">${sideHtml(input.left, input.leftFragments)}${sideHtml(input.right, input.rightFragments)}</div>
</body></html>
`;
}
