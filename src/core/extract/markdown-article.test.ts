import { describe, expect, it } from 'vitest';
import { extractMarkdown } from './markdown-article';
import { splitFrontMatter } from './front-matter';

describe('markdown articles', () => {
  it('reads title, date, author, source, url and tags from YAML front matter', () => {
    const md = [
      '---',
      'title: "Flood defences: what changed"',
      'date: 2026-03-14T09:30:00+01:00',
      'authors: [Ann Example, Bo Writer]',
      'source: The Harbour Gazette',
      'url: https://gazette.example/flood',
      'tags:',
      '  - floods',
      '  - council',
      '---',
      '# Not the title',
      '',
      'Body text.',
    ].join('\n');
    const outcome = extractMarkdown(md);
    expect(outcome).toMatchObject({
      kind: 'ok',
      article: {
        title: 'Flood defences: what changed',
        titleDerived: false,
        publishedAt: '2026-03-14T09:30:00+01:00',
        byline: 'Ann Example, Bo Writer',
        siteName: 'The Harbour Gazette',
        url: 'https://gazette.example/flood',
        tags: ['floods', 'council'],
      },
    });
  });

  it('accepts comma-separated tags and other field names; refuses a url that is not a web address', () => {
    const { fields } = splitFrontMatter(
      '---\nheadline: A\nkeywords: rail, fares; budget\nlink: javascript:alert(1)\n---\nx',
    );
    expect(fields).toMatchObject({ title: 'A', tags: ['rail', 'fares', 'budget'] });
    const outcome = extractMarkdown('---\nlink: javascript:alert(1)\n---\nSome text here.');
    expect(outcome.kind === 'ok' && outcome.article.url).toBe('');
  });

  it('keeps the structure: headings, lists, quotes and code as HTML, each a paragraph of text', () => {
    const md =
      '# Heading\n\nSome **bold** and [a link](http://x.example) and `code`.\n\n## Sub\n\n- item one\n- item *two*\n\n1. first\n\n> quoted\n> line\n\n```\nconst a = 1;\n# not a heading\n```\n';
    const outcome = extractMarkdown(md);
    if (outcome.kind !== 'ok') throw new Error(outcome.reason);
    expect(outcome.article.text).toBe(
      'Heading\n\nSome bold and a link and code.\n\nSub\n\nitem one\n\nitem two\n\nfirst\n\nquoted line\n\nconst a = 1;\n# not a heading',
    );
    expect(outcome.article.html).toContain('<h2>Sub</h2>');
    expect(outcome.article.html).toContain('<li>item <em>two</em></li>');
    expect(outcome.article.html).toContain('<blockquote>');
    expect(outcome.article.title).toBe('Heading');
  });

  it('takes the first level-1 heading as title, never a line inside code', () => {
    expect(extractMarkdown('```\n# comment\n```\n\n# The *real* title\n\nBody.')).toMatchObject({
      article: { title: 'The real title' },
    });
  });

  it('reads front matter that is not valid YAML line by line; a file of only front matter fails', () => {
    const loose = extractMarkdown('---\ntitle: Rail: the verdict\nsource: Ledger\n---\nBody text.');
    expect(loose).toMatchObject({
      kind: 'ok',
      article: { title: 'Rail: the verdict', siteName: 'Ledger', text: 'Body text.' },
    });
    expect(extractMarkdown('---\ntitle: Only\n---\n')).toEqual({
      kind: 'failed',
      reason: 'There is no text in it.',
    });
  });
});
