import MarkdownIt, { type Token } from 'markdown-it';

// Raw HTML stays on: the HTML kept for the reader is sanitised by the caller like any page's.
const parser = MarkdownIt({ html: true, linkify: false, typographer: false });

// A superset of what the browser could read as an event-handler attribute or a <base>: an "on"
// after whitespace, a slash or a quote (where an attribute name may start), or "<base".
const handlerLike = /[\s/"']on[a-z]|<base/i;

/**
 * Markdown rendered to HTML (CommonMark + tables and strikethrough), NOT sanitised. `activeHtml`
 * says whether the Markdown's own raw HTML may hold an event handler or a `<base>` (markdown-it
 * writes no attribute but href, src, alt and title itself, so only raw HTML can).
 */
export function markdownToHtml(markdown: string): {
  readonly html: string;
  readonly activeHtml: boolean;
} {
  const env = {};
  const tokens = parser.parse(markdown, env);
  const raw = (t: Token): boolean =>
    (t.type === 'html_block' || t.type === 'html_inline') && handlerLike.test(t.content);
  const activeHtml = tokens.some((t) => raw(t) || (t.children ?? []).some(raw));
  return { html: parser.renderer.render(tokens, parser.options, env), activeHtml };
}

const blockOpen =
  /^(paragraph|heading|blockquote|bullet_list|ordered_list|list_item|table|tr|th|td)_(open|close)$/;

function inlineText(tokens: readonly Token[]): string {
  let out = '';
  // Text between raw <script>/<style> tags is code, not words (the sanitiser drops it from the HTML).
  let inert = false;
  for (const t of tokens) {
    if (t.type === 'html_inline') {
      if (/^<(script|style)\b/i.test(t.content)) inert = true;
      else if (/^<\/(script|style)\b/i.test(t.content)) inert = false;
    } else if (inert) continue;
    else if (t.type === 'text' || t.type === 'code_inline') out += t.content;
    else if (t.type === 'softbreak') out += ' ';
    else if (t.type === 'hardbreak') out += '\n';
    else if (t.type === 'image') out += inlineText(t.children ?? []);
  }
  return out;
}

/**
 * Markdown reduced to readable text the way the reader shows it: each paragraph, heading, list
 * item, quote line and table cell its own paragraph, markup gone, link and image text kept, code
 * kept verbatim. Raw HTML tags are dropped (their text stays).
 */
export function markdownToText(markdown: string): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = current
      .replace(/[ \t]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    if (line) paragraphs.push(line);
    current = '';
  };
  for (const token of parser.parse(markdown, {})) {
    if (blockOpen.test(token.type)) flush();
    else if (token.type === 'inline') current += inlineText(token.children ?? []);
    else if (token.type === 'fence' || token.type === 'code_block') {
      flush();
      paragraphs.push(token.content.replace(/\n+$/, ''));
    } else if (token.type === 'html_block') {
      flush();
      current += token.content
        .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
        .replace(/<[^>]*>/g, ' ');
      flush();
    }
  }
  flush();
  return paragraphs.join('\n\n');
}

/** The text of the first level-1 heading ('' when there is none); code blocks never count. */
export function firstHeading(markdown: string): string {
  const tokens = parser.parse(markdown, {});
  const open = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  const inline = open >= 0 ? tokens[open + 1] : undefined;
  return inline ? inlineText(inline.children ?? []).trim() : '';
}
