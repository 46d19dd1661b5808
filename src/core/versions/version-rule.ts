import { samePublisher } from '../sources/publisher';
import { namesAnArticle } from './article-address';

/** What the version rule reads of an article: its address once normalised, publisher and title. */
export interface VersionFacts {
  /** The address once normalised (urlKeyOf); '' when it has none. */
  readonly urlKey: string;
  readonly source: string;
  readonly title: string;
  /** True when the title was made up from the first sentence (no headline was given). */
  readonly titleDerived: boolean;
}

/**
 * The title an article is matched to its story's other versions by: its headline, when it has a
 * publisher to go with it and the headline was given (a title made up from the first sentence
 * says nothing about which story this is); undefined when it is matched by address only.
 */
export function versionTitle(facts: VersionFacts): string | undefined {
  return facts.titleDerived || !facts.source || !facts.title ? undefined : facts.title;
}

/**
 * The one rule for "versions of one story", as an import applies it (db/store-plan.ts asks the
 * archive's indexes the same questions): an article is a version of an earlier one with the same
 * address once normalised (one that names an article, article-address.ts), else of one from the same publisher (under any of its spellings,
 * core's samePublisher) with the same given title. Kept in memory, for the CLI's files: each is
 * told the story of the earlier file it is a version of, in the order they are added.
 */
export class VersionIndex {
  private readonly byUrl = new Map<string, string>();
  // Per title, the story of the first article under each source name (a title's few spellings,
  // so a folder of 10,000 pages all titled "Home" costs no more than one of them).
  private readonly byTitle = new Map<string, Map<string, string>>();

  /** The story `facts` joins: an earlier article's it is a version of, else `own` (its own). */
  storyOf(facts: VersionFacts, own: string): string {
    const title = versionTitle(facts);
    const titled = title === undefined ? undefined : this.byTitle.get(title);
    // A front page or a consent / sign-in page is no article's address: it links nothing.
    const urlKey = namesAnArticle(facts.urlKey) ? facts.urlKey : '';
    const story =
      (urlKey ? this.byUrl.get(urlKey) : undefined) ?? this.sameTitle(titled, facts.source) ?? own;
    if (urlKey && !this.byUrl.has(urlKey)) this.byUrl.set(urlKey, story);
    if (title === undefined) return story;
    if (!titled) this.byTitle.set(title, new Map([[facts.source, story]]));
    else if (!titled.has(facts.source)) titled.set(facts.source, story);
    return story;
  }

  private sameTitle(titled: Map<string, string> | undefined, source: string): string | undefined {
    if (!titled) return undefined;
    const exact = titled.get(source);
    if (exact !== undefined) return exact;
    for (const [earlier, story] of titled) if (samePublisher(earlier, source)) return story;
    return undefined;
  }
}
