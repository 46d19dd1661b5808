import type { Echo, Passage } from '../../core/model';
import {
  firstPrinters,
  statesTimeOfDay,
  type FirstPrinters,
} from '../../core/sources/first-printers';
import { countPublishers } from '../../core/sources/publisher';
import { versionPlace, type VersionPlace } from '../../core/versions/version-order';
import type { EchoCluster } from '../clusters/article-clusters';
import type { ArticleRecord } from '../../db/records';

/** An echo with its place in the whole list (the reader's highlights use the same numbers). */
export interface ListedEcho {
  readonly echo: Echo;
  readonly index: number;
}

/**
 * One card of the echo list: an echo alone, or every echo of one cluster with other articles (a
 * wire story printed by 60 papers is one passage and one text: one card, not 60 alike).
 */
export type EchoCard =
  | { readonly kind: 'one'; readonly item: ListedEcho }
  | { readonly kind: 'printings'; readonly items: readonly ListedEcho[] };

/**
 * The cards for one kind's echoes, in the list's order (each card where its strongest echo is).
 * Echoes with other articles that the cluster engine puts in one cluster share a card; echoes
 * within the article or with its versions stay one a card, as they are few and each is a place.
 */
export function echoCards(
  group: readonly ListedEcho[],
  clusters: readonly (EchoCluster | undefined)[],
): EchoCard[] {
  const cards: EchoCard[] = [];
  const byCluster = new Map<number, ListedEcho[]>();
  for (const item of group) {
    const cluster = clusters[item.index];
    if (item.echo.kind !== 'across' || !cluster) {
      cards.push({ kind: 'one', item });
      continue;
    }
    const items = byCluster.get(cluster.number);
    if (items) items.push(item);
    else {
      const first = [item];
      byCluster.set(cluster.number, first);
      cards.push({ kind: 'printings', items: first });
    }
  }
  // A cluster met once is an ordinary echo.
  return cards.map((card) =>
    card.kind === 'printings' && card.items.length === 1
      ? { kind: 'one', item: card.items[0] as ListedEcho }
      : card,
  );
}

/** What a card needs to know of an article: its title, who printed it and when. */
export type ArticleAbout = Pick<
  ArticleRecord,
  'title' | 'source' | 'publishedAt' | 'importedAt' | 'modifiedAt'
>;

/** When an article printed it and which of its dates says so; NaN when the article is unknown. */
export interface PrintedAt {
  readonly date: number;
  readonly by: VersionPlace['by'];
}

/** One printing of a card's passage in another article: its echo and when and by whom. */
export interface Printing extends ListedEcho, PrintedAt {
  readonly passage: Passage;
  readonly about: ArticleAbout | undefined;
}

/** A printer that printed it first: one of the printings, or the open article itself. */
export type FirstPrinter = Printing | ({ readonly kind: 'here' } & PrintedAt);

/** A card's printings: earliest first, how many articles and publishers, and who was first. */
export interface Printings {
  readonly rows: readonly Printing[];
  readonly articles: number;
  readonly publishers: number;
  /**
   * Who printed it first (core/sources/first-printers.ts: every publisher of the earliest day,
   * the open article among them when it is); empty when nothing is dated.
   */
  readonly first: readonly FirstPrinter[];
  /** When the rule decided it: the earliest date, the stated time if any, who stated it. */
  readonly firstWhen: Pick<FirstPrinters<unknown>, 'at' | 'time' | 'timed'> | undefined;
}

/**
 * When an article printed it: its publication date (any moment, 1970 and before included), else
 * its page's last change, else its import date (versions/version-order.ts); NaN when unknown.
 */
export const dateOf = (about: ArticleAbout | undefined): PrintedAt => {
  if (!about) return { date: Number.NaN, by: 'imported' };
  const place = versionPlace(about);
  return { date: place.at, by: place.by };
};

const statedTime = (p: PrintedAt): boolean => statesTimeOfDay(p.date, p.by === 'imported');

/**
 * The printings of one card's echoes in articles other than `openId`, oldest first (undated
 * last), counted by article and by publisher (the one rule, core/sources/publisher.ts).
 */
export function printingsOf(
  items: readonly ListedEcho[],
  openId: string,
  about: ReadonlyMap<string, ArticleAbout>,
): Printings {
  const rows = items.map((item): Printing => {
    const passage = item.echo.a.doc === openId ? item.echo.b : item.echo.a;
    const facts = about.get(passage.doc);
    return { ...item, passage, about: facts, ...dateOf(facts) };
  });
  const when = (p: { date: number }): number => (Number.isNaN(p.date) ? Infinity : p.date);
  rows.sort((x, y) => when(x) - when(y) || x.index - y.index);
  const docs = new Map(rows.map((row) => [row.passage.doc, row.about?.source ?? '']));
  const self = about.get(openId);
  const here: FirstPrinter = { kind: 'here', ...dateOf(self) };
  const found = firstPrinters<FirstPrinter>([here, ...rows], (p) =>
    'kind' in p
      ? { at: p.date, source: self?.source ?? '', doc: openId, timed: statedTime(p) }
      : { at: p.date, source: p.about?.source ?? '', doc: p.passage.doc, timed: statedTime(p) },
  );
  return {
    rows,
    articles: docs.size,
    publishers: countPublishers([...docs.values()]),
    first: found?.first ?? [],
    firstWhen: found,
  };
}
