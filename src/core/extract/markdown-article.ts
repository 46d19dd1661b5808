import { deriveTitle } from './derive-title';
import { takeLeadingDate, tidyText } from './text-article';
import { failed, type ExtractOutcome } from './types';

function frontMatter(text: string): {
  readonly fields: Map<string, string>;
  readonly rest: string;
} {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  const fields = new Map<string, string>();
  if (!match) return { fields, rest: text };
  for (const line of (match[1] ?? '').split('\n')) {
    const pair = /^(\w+)\s*:\s*(.*)$/.exec(line);
    if (pair?.[1] && pair[2] !== undefined)
      fields.set(pair[1].toLowerCase(), pair[2].replace(/^["']|["']$/g, '').trim());
  }
  return { fields, rest: text.slice(match[0].length) };
}

/** Markdown reduced to readable text: markup removed, link and image text kept, code kept. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^```.*$/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^[ \t]{0,3}#{1,6}\s+/gm, '')
    .replace(/^[ \t]{0,3}>\s?/gm, '')
    .replace(/^[ \t]{0,3}([-*+]|\d+\.)\s+/gm, '')
    .replace(/^[ \t]{0,3}([-*_]\s*){3,}$/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/<[^>\n]+>/g, '')
    .replace(/\\([\\`*_[\]{}()#+.!<>-])/g, '$1')
    .replace(/\n{3,}/g, '\n\n');
}

/** An article from Markdown: title from front matter or the first heading, date from front matter. */
export function extractMarkdown(raw: string): ExtractOutcome {
  const { fields, rest } = frontMatter(tidyText(raw));
  const { date, rest: body } = takeLeadingDate(rest);
  const heading = /^[ \t]{0,3}#\s+(.+?)\s*#*\s*$/m.exec(body)?.[1];
  const text = tidyText(markdownToText(body));
  if (!text) return failed('There is no text in it.');
  const title = fields.get('title') || (heading ? markdownToText(heading).trim() : '');
  const published = fields.get('date') ?? '';
  return {
    kind: 'ok',
    article: {
      format: 'md',
      title: title || deriveTitle(text),
      titleDerived: !title,
      byline: fields.get('author') ?? '',
      siteName: fields.get('source') ?? '',
      publishedAt: /^\d{4}-\d{2}-\d{2}/.test(published) ? published : date,
      url: fields.get('url') ?? '',
      text,
      html: '',
    },
  };
}
