import type { ClusterRecord } from '../../../db/cluster-records';
import type { PrintingRow } from './printing-rows';
import { percentOf } from '../../common/percent';

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and quoted attributes. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

/** A URL as a link's address only when it is http(s); anything else (javascript:, data:) is none. */
function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The report's opening: a standalone page (no scripts, nothing fetched: its policy forbids
 * both, so it reads the same offline and a hostile article's text cannot act in it).
 */
export function htmlHead(title: string, made: Date): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: Georgia, serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1, h2, table { font-family: system-ui, sans-serif; }
h2 { font-size: 1.1rem; margin-top: 2.5rem; border-top: 1px solid #ccc; padding-top: 1rem; }
.facts, .made { color: #666; font-family: system-ui, sans-serif; font-size: 0.9rem; }
blockquote { margin: 0.3rem 0 1rem; padding-left: 0.8rem; border-left: 3px solid #8a3b12; white-space: pre-wrap; }
.printing { margin: 1rem 0; }
.where { font-family: system-ui, sans-serif; font-size: 0.9rem; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="made">Made by Verso on ${escapeHtml(made.toISOString())}.</p>
`;
}

/** A cluster's heading, before its printings. */
export function htmlClusterHead(number: number, cluster: ClusterRecord, headline: string): string {
  const facts = `${cluster.kind} · ${cluster.words} words · ${percentOf(cluster.similarity)} similar on average${cluster.boilerplate ? ' · boilerplate' : ''}`;
  return `<section>
<h2 id="cluster-${number}">Cluster ${number}: ${escapeHtml(headline)}</h2>
<p class="facts">${escapeHtml(facts)}</p>
`;
}

/** One printing: where and when, its article (linked when its URL is http(s)), its words. */
export function htmlPrinting(row: PrintingRow): string {
  const text = row.text
    ? `<blockquote>${escapeHtml(row.text)}</blockquote>`
    : '<p class="facts">This article is no longer in the archive.</p>';
  return `<div class="printing">
<p class="where">${htmlWhere(row)} · ${percentOf(row.similarity)} similar</p>
${text}
</div>
`;
}

/** "Source, date (dated by) — title", the title linked when its URL is http(s); escaped. */
export function htmlWhere(
  row: Pick<PrintingRow, 'source' | 'date' | 'datedBy' | 'title' | 'url'>,
): string {
  const href = safeHref(row.url);
  const title = escapeHtml(row.title || 'Untitled');
  const link = href ? `<a href="${escapeHtml(href)}">${title}</a>` : title;
  const when = row.date ? row.date.slice(0, 10) : 'an unknown date';
  const dated = row.datedBy === 'published' ? '' : ` (${row.datedBy})`;
  return `${escapeHtml(row.source || 'Unknown source')}, ${escapeHtml(when)}${escapeHtml(dated)} — ${link}`;
}

/** A cluster's closing. */
export const htmlClusterEnd = (): string => '</section>\n';

/** The report's closing. */
export const htmlEnd = (): string => '</body>\n</html>\n';
