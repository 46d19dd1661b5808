import type { ArticleReuseView } from '../../db/cluster-store';
import type { ReuseRecord } from '../../db/cluster-records';
import type { EchoSettings } from '../../workers/echo-protocol';
import { scanKeyOf } from '../data/scan-key';
import { onePublisher } from '../../core/sources/publisher';

/** What the reader's reuse line needs to know of the stored scan. */
export type ReuseFreshness = Pick<ArticleReuseView, 'scanned' | 'current' | 'addedSince'>;

const articles = (n: number): string =>
  n === 1 ? 'another article' : `${n.toLocaleString('en')} other articles`;

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/**
 * What the reuse line says after a partner's title: its source and how many of this article's
 * words it shares ("Daily Ledger, 546 words shared"), the words alone while the source is read or
 * when there is none. "546 words" alone read as the partner's length (q24, session 24).
 */
export const partnerNote = (source: string | undefined, words: number): string => {
  const shared = `${words.toLocaleString('en')} ${words === 1 ? 'word' : 'words'} shared`;
  return source?.trim() ? `${source.trim()}, ${shared}` : shared;
};

/**
 * The badge and the words after it for an article's shared words: "printed first here" when it
 * printed every shared passage first (others took them, or printed them that day too: the one
 * rule, core/sources/first-printers.ts), "N% reused" and how much of that it printed first when
 * some, and "N% reused" alone when none or the scan predates the count (q24 item 4: the wire
 * story's first printer read "100% reused", which says it copied).
 */
export function reuseBadge(
  reuse: Pick<ReuseRecord, 'share' | 'reusedWords' | 'firstWords'>,
  percent: string,
): { badge: string; firstNote: string } {
  const first = reuse.firstWords ?? 0;
  if (first > 0 && first >= reuse.reusedWords)
    return { badge: 'printed first here', firstNote: '' };
  const note =
    first > 0 ? `; ${first.toLocaleString('en')} of those words were printed first here` : '';
  return { badge: `${percent} reused`, firstNote: note };
}

/**
 * Where the stored scan used other thresholds than the echoes beside it (settings changed since),
 * the words that say so, else undefined: its share counts other passages than the list shows.
 */
export function otherSettingsNote(
  scanKey: string | undefined,
  settings: EchoSettings,
): string | undefined {
  if (scanKey === undefined || scanKey === scanKeyOf(settings)) return undefined;
  const [words = '', similarity = ''] = scanKey.split(':');
  return `worked out with passages of at least ${words} words at ${percent(Number(similarity))} similarity; the echoes use ${settings.minWords} words at ${percent(settings.minSimilarity)}`;
}

/**
 * The reuse line's sentence for an article the stored scan found no reuse in. `echoed` is how
 * many other articles (not its versions) the reader's echoes name, once they are known: the line
 * and the echo list beside it must never say opposite things. A scan that is out of date said
 * "no passage appears in another article" while the list showed seven echoes with other
 * articles (q16, session 16); now, with echoes, it says the scan is out of date and why.
 */
export function noReuseSentence(
  view: ReuseFreshness,
  echoed: number | undefined,
  otherSettings?: string,
  ownSourceOnly?: boolean,
): string {
  if (view.addedSince)
    return 'Reuse share not worked out yet: this article was added after the last scan of the archive.';
  if (!view.scanned) return 'Reuse share not worked out yet: it needs a scan of the whole archive.';
  if (otherSettings)
    return `Reuse share not known at these settings: the last scan (${otherSettings}) found no passage of this article in another article.`;
  const shared = echoed ?? 0;
  if (shared > 0 && !view.current)
    return `Reuse share out of date: the last scan found no passage of this article in another article, but the archive has changed since, and its echoes now name ${articles(shared)}.`;
  // Current scan, no reuse, yet echoes with other articles: say so, not "nowhere". Boilerplate
  // (a source's own repeats, never reuse) is given as the reason only when every article the
  // echoes name is this one's own source's; otherwise the line does not guess why (r17).
  if (shared > 0 && ownSourceOnly)
    return `None of its words count as reuse (a passage repeated only by one source is boilerplate, never reuse), though its echoes name ${articles(shared)}.`;
  if (shared > 0)
    return `The last scan counted none of its words as reuse, though its echoes name ${articles(shared)}.`;
  if (!view.current)
    return 'At the last scan no passage of this article appeared in another article; the archive has changed since.';
  return 'No passage of this article appears in another article.';
}

/**
 * Whether every article the echoes name is from this article's own source, as the scan judges
 * boilerplate (a named source, the same on every copy): only then is boilerplate the reason the
 * scan counted none of them as reuse.
 */
export function ownSourceOnly(
  source: string,
  partnerSources: readonly (string | undefined)[],
): boolean {
  // One publisher however each copy names it ("Gazette", gazette.example), as the scan judges.
  return (
    !!source &&
    partnerSources.length > 0 &&
    onePublisher([source, ...partnerSources.map((s) => s ?? '')])
  );
}
