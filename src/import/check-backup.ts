import { contentHashOf } from '../core/extract/content-hash';
import { urlKeyOf } from '../core/extract/normalise-url';
import type { ArchiveBackup, CheckFrom } from '../db/backup/backup';
import type { ArticleOrigin, ArticleRecord, StoryRecord, TagRecord } from '../db/records';
import { countWords, sortKeyOf } from '../db/sort-keys';
import { normaliseTags } from '../db/tags';
import { sanitiseArticleHtml, type SanitiseOptions } from './sanitise-html';
import { checkWatchBackup } from './check-watch-backup';
import { fieldsOf, instant, isWebAddress, text, type Fields } from './backup-fields';

/** A backup made safe to restore, or why it cannot be, in words. */
export type CheckedBackup =
  | { readonly kind: 'ok'; readonly backup: ArchiveBackup }
  | { readonly kind: 'failed'; readonly reason: string };

// Instants are ms since 1970 UTC; 0 = undated.
const webAddressOrEmpty = (value: string): boolean => value === '' || isWebAddress(value);

const formats = new Set(['txt', 'md', 'html']);

function checkOrigin(value: unknown): ArticleOrigin | undefined {
  const o = fieldsOf(value);
  const format = text(o.format);
  if (!formats.has(format)) return undefined;
  if (o.kind === 'file')
    return {
      kind: 'file',
      format: format as 'txt' | 'md' | 'html',
      name: text(o.name),
      relativePath: text(o.relativePath),
    };
  if (format === 'md') return undefined;
  if (o.kind === 'paste') return { kind: 'paste', format: format as 'txt' | 'html' };
  const url = text(o.url);
  if (o.kind !== 'url' || !webAddressOrEmpty(url)) return undefined;
  const finalUrl = text(o.finalUrl);
  // Only a web address is kept: an older backup has none, a hostile one may say anything.
  const moved = finalUrl && isWebAddress(finalUrl) ? { finalUrl } : {};
  return { kind: 'url', format: format as 'txt' | 'html', url, ...moved };
}

/**
 * One backup article rebuilt field by field from what the file says: nothing is trusted. HTML is
 * sanitised exactly as on import, the content hash, word count and sort key are recomputed from
 * the text, ids must be present, URLs must be web addresses and dates must parse.
 */
function checkArticle(
  value: Fields,
  sanitise: SanitiseOptions,
  checkOnly: boolean,
): ArticleRecord | string {
  const id = text(value.id).trim();
  if (!id) return 'has no id';
  const body = text(value.text);
  if (!body.trim()) return 'has no text';
  const url = text(value.url).trim();
  if (!webAddressOrEmpty(url)) return 'has a URL that is not a web address (http or https)';
  const publishedAt = instant(value.publishedAt);
  const importedAt = instant(value.importedAt);
  if (publishedAt === undefined || !importedAt) return 'has a date that is not a date';
  const origin = checkOrigin(value.origin);
  if (!origin) return 'has an origin Verso does not know';
  // Optional (rows from before session 21 have none): a bad one is dropped, not a refusal.
  const modifiedAt = instant(value.modifiedAt);
  const title = text(value.title).trim();
  const html = text(value.html);
  // Only checking (a streamed restore's first reading): what is derived from the text or
  // sanitised never refuses, so it waits for the reading that writes (done once, not twice).
  const derive = !checkOnly;
  return {
    id,
    title,
    source: text(value.source).trim(),
    byline: text(value.byline).trim(),
    url,
    urlKey: derive ? urlKeyOf(url) : '',
    publishedAt,
    importedAt,
    ...(modifiedAt ? { modifiedAt } : {}),
    ...(modifiedAt && value.modifiedByFile === true ? { modifiedByFile: true as const } : {}),
    tags: normaliseTags(Array.isArray(value.tags) ? value.tags.map(text) : []),
    contentHash: derive ? contentHashOf(body) : '',
    storyId: text(value.storyId).trim() || id,
    note: text(value.note),
    text: body,
    // Remote images stay neutralised: restoring is not the user allowing them.
    html:
      html && derive ? sanitiseArticleHtml(html, { ...sanitise, allowRemoteImages: false }) : '',
    origin,
    sortTitle: derive ? sortKeyOf(title) : '',
    wordCount: derive ? countWords(body) : 0,
  };
}

function checkKeyed<T>(
  rows: readonly unknown[],
  what: string,
  key: string,
  build: (row: Fields, id: string) => T,
): T[] | string {
  const out: T[] = [];
  const seen = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const fields = fieldsOf(row);
    const id = text(fields[key]).trim();
    if (!id) return `${what} ${i + 1} in the backup has no ${key}; nothing was restored.`;
    // A repeat would make the whole write fail; the first one is kept.
    if (!seen.has(id)) out.push(build(fields, id));
    seen.add(id);
  }
  return out;
}

/**
 * Treats a parsed backup as hostile: rebuilds every article, story, tag and watched source from
 * checked fields (see `checkArticle`, `checkWatchBackup`), refusing the whole file, with its
 * reason, at the first bad record. A streamed restore checks its articles a batch at a time:
 * `from` numbers them from the batch's first and may skip sanitising (see CheckFrom).
 */
export function checkBackup(
  backup: ArchiveBackup,
  sanitise: SanitiseOptions = {},
  from: CheckFrom = {},
): CheckedBackup {
  const fail = (reason: string): CheckedBackup => ({ kind: 'failed', reason });
  const articles: ArticleRecord[] = [];
  const ids = new Set<string>();
  const first = from.firstArticle ?? 1;
  for (const [i, row] of backup.articles.entries()) {
    const checked = checkArticle(row as unknown as Fields, sanitise, from.checkOnly === true);
    if (typeof checked === 'string')
      return fail(`Article ${first + i} in the backup ${checked}; nothing was restored.`);
    if (ids.has(checked.id))
      return fail(
        `Article ${first + i} in the backup repeats the id of another; nothing was restored.`,
      );
    ids.add(checked.id);
    articles.push(checked);
  }
  const stories = checkKeyed<StoryRecord>(backup.stories, 'Story', 'id', (s, id) => ({
    id,
    title: text(s.title),
    createdAt: instant(s.createdAt) ?? 0,
  }));
  if (typeof stories === 'string') return fail(stories);
  const tags = checkKeyed<TagRecord>(backup.tags, 'Tag', 'name', (t, name) => ({
    name,
    createdAt: text(t.createdAt),
  }));
  if (typeof tags === 'string') return fail(tags);
  const watch = checkWatchBackup(backup.subscriptions ?? [], backup.watchedPages ?? [], Date.now());
  if (typeof watch === 'string') return fail(watch);
  return { kind: 'ok', backup: { ...backup, articles, stories, tags, ...watch } };
}
