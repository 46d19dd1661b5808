import { parse } from 'yaml';

/** What Verso reads from a Markdown file's YAML front matter; '' and [] when absent. */
export interface FrontMatter {
  readonly title: string;
  readonly date: string;
  readonly author: string;
  readonly source: string;
  readonly url: string;
  readonly tags: readonly string[];
}

const empty: FrontMatter = { title: '', date: '', author: '', source: '', url: '', tags: [] };

const fence = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

function words(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  // YAML 1.1 timestamps (and some writers) give a Date.
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return '';
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(words).filter(Boolean);
  // `tags: a, b` and `tags: "a b"` are both common in the wild.
  return words(value)
    .split(/\s*[,;]\s*|\s+(?=#)/)
    .map((t) => t.replace(/^#/, '').trim())
    .filter(Boolean);
}

function pick(fields: Record<string, unknown>, names: readonly string[]): unknown {
  for (const name of names) {
    const value = fields[name];
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/**
 * Splits YAML front matter (between `---` lines at the very start) from the Markdown body and
 * reads title, date, author, source, url and tags, accepting the names static-site generators and
 * note apps use (`authors`, `published`, `site`, `link`, `keywords`…). Front matter that is not
 * valid YAML is read line by line as `key: value`.
 */
export function splitFrontMatter(text: string): {
  readonly fields: FrontMatter;
  readonly body: string;
} {
  const match = fence.exec(text);
  if (!match) return { fields: empty, body: text };
  let data: unknown;
  try {
    data = parse(match[1] ?? '', { maxAliasCount: 20, uniqueKeys: false });
  } catch {
    // Hand-written front matter is often not valid YAML ("title: Rail: the verdict"): read it
    // line by line as `key: value`, as note apps and the previous reader did.
    data = Object.fromEntries(
      (match[1] ?? '')
        .split('\n')
        .map((line) => /^([\w-]+)\s*:\s*(.*)$/.exec(line))
        .filter((m) => m !== null)
        .map((m) => [m[1], (m[2] ?? '').replace(/^["']|["']$/g, '').trim()]),
    );
  }
  const body = text.slice(match[0].length);
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { fields: empty, body };
  const fields = Object.fromEntries(
    Object.entries(data as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]),
  );
  const author = pick(fields, ['author', 'authors', 'byline', 'creator']);
  return {
    fields: {
      title: words(pick(fields, ['title', 'headline'])),
      date: words(
        pick(fields, [
          'date',
          'published',
          'pubdate',
          'date_published',
          'datepublished',
          'created',
        ]),
      ),
      author: Array.isArray(author) ? list(author).join(', ') : words(author),
      source: words(pick(fields, ['source', 'site', 'site_name', 'publisher', 'publication'])),
      url: words(pick(fields, ['url', 'link', 'canonical', 'canonical_url', 'source_url'])),
      tags: [...new Set(list(pick(fields, ['tags', 'tag', 'keywords', 'categories'])))],
    },
    body,
  };
}
