import { instantToIso, undated } from '../../core/extract/parse-instant';
import type { ArchiveDatabase } from '../database';
import type { AnnotationRecord, ArticleRecord } from '../records';

/** A file to hand to `host.saveFile`. */
export interface ExportedFile {
  readonly fileName: string;
  readonly contents: string;
}

/** Formats one article can be exported in. */
export type ExportFormat = 'markdown' | 'text' | 'html';

const extension: Record<ExportFormat, string> = { markdown: 'md', text: 'txt', html: 'html' };

function fileNameFor(article: ArticleRecord, format: ExportFormat): string {
  const base =
    article.title
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'article';
  return `${base}.${extension[format]}`;
}

function metadataLines(article: ArticleRecord): string[] {
  return [
    article.byline && `By ${article.byline}`,
    article.source,
    article.publishedAt !== undated ? `Published ${instantToIso(article.publishedAt)}` : '',
    article.url,
    article.tags.length ? `Tags: ${article.tags.join(', ')}` : '',
  ].filter(Boolean);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Markdown would read "1. " or "# " at a line start as structure; escape so the text stays text.
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&').replace(/^(\s*)([#>+-]|\d+\.)(\s)/gm, '$1\\$2$3');
}

/** The article's highlights as a Markdown section: each quote, then its comment. */
function highlightsMarkdown(annotations: readonly AnnotationRecord[]): string {
  if (annotations.length === 0) return '';
  const items = annotations.map((a) => {
    const quote = `> ${escapeMarkdown(a.target.selector[0].exact).replace(/\n+/g, '\n> ')}`;
    const comment = a.comment ? `\n\n${escapeMarkdown(a.comment)}` : '';
    return `${quote}${comment}`;
  });
  return `\n## Highlights\n\n${items.join('\n\n---\n\n')}\n`;
}

/** The article as Markdown, with its highlights and their comments at the end. */
export function articleToMarkdown(
  article: ArticleRecord,
  annotations: readonly AnnotationRecord[] = [],
): string {
  const meta = metadataLines(article).map((line) => `*${escapeMarkdown(line)}*  `);
  const note = article.note ? `\n\n> ${escapeMarkdown(article.note).replace(/\n/g, '\n> ')}` : '';
  return `# ${escapeMarkdown(article.title)}\n\n${meta.join('\n')}${note}\n\n${escapeMarkdown(article.text)}\n${highlightsMarkdown(annotations)}`;
}

/** The article as plain text. */
export function articleToText(article: ArticleRecord): string {
  const note = article.note ? `\nNote: ${article.note}\n` : '';
  return `${article.title}\n\n${metadataLines(article).join('\n')}\n${note}\n${article.text}\n`;
}

/** Makes article HTML safe to write out (the import layer's `sanitiseArticleHtml` fits). */
export type HtmlSanitiser = (html: string) => string;

/**
 * The article as a standalone HTML page: its HTML sanitised again at write time (stored HTML may
 * predate a sanitiser fix, or have come from an older backup), or its text in paragraphs.
 */
export function articleToHtml(article: ArticleRecord, sanitise: HtmlSanitiser): string {
  const body =
    (article.html && sanitise(article.html)) ||
    article.text
      .split(/\n\s*\n/)
      .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
      .join('\n');
  const meta = metadataLines(article)
    .map((line) => `<p class="meta">${escapeHtml(line)}</p>`)
    .join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>${escapeHtml(article.title)}</title></head>
<body><article><h1>${escapeHtml(article.title)}</h1>
${meta}
${body}
</article></body></html>
`;
}

/** One article as a Markdown, plain-text or HTML file; undefined when it is gone. */
export async function exportArticle(
  db: ArchiveDatabase,
  id: string,
  format: ExportFormat,
  sanitise: HtmlSanitiser,
): Promise<ExportedFile | undefined> {
  const article = await db.articles.get(id);
  if (!article) return undefined;
  if (format === 'markdown') {
    const annotations = await db.annotations.where('articleId').equals(id).sortBy('createdAt');
    return {
      fileName: fileNameFor(article, format),
      contents: articleToMarkdown(article, annotations),
    };
  }
  const contents = format === 'html' ? articleToHtml(article, sanitise) : articleToText(article);
  return { fileName: fileNameFor(article, format), contents };
}
