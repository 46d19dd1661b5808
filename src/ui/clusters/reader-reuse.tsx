import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { sourcesOf } from '../../db/article-sources';
import { readArticleReuse } from '../../db/cluster-store';
import { archive } from '../data/archive';
import { ScanProgressBar } from '../echoes/scan-progress';
import { useEchoSettings } from '../echoes/use-echo-settings';
import type { Route } from '../shell/route';
import { percentOf } from '../common/percent';
import {
  noReuseSentence,
  otherSettingsNote,
  ownSourceOnly,
  partnerNote,
  reuseBadge,
} from './reuse-line';
import { useClusterScan } from './use-cluster-scan';
import './clusters.css';

// How many of the articles sharing words the line names.
const listed = 5;
const zip = <T,>(ids: readonly string[], values: readonly T[]): [string, T][] =>
  ids.map((id, i) => [id, values[i] as T]);

/** At the top of the reader: how much of the article is printed elsewhere, and where. */
export function ReaderReuse({
  articleId,
  source,
  navigate,
  echoed,
}: {
  articleId: string;
  /** The article's source, to tell boilerplate (its own source's repeats) from other echoes. */
  source: string;
  navigate: (route: Route) => void;
  /** The other articles (not versions) the reader's echoes name; undefined until known. */
  echoed?: readonly string[] | undefined;
}) {
  const view = useLiveQuery(() => readArticleReuse(archive(), articleId), [articleId]);
  // The named articles' sources: a few small summary rows, read only when the line may need them.
  const partnerSources = useLiveQuery(() => sourcesOf(archive(), echoed ?? []), [echoed]);
  // The listed articles' papers: printings of one release often share its headline, and a list
  // of five identical titles could not say who printed it.
  const listedIds = (view?.reuse?.partners ?? []).slice(0, listed).map((p) => p.articleId);
  const listedKey = listedIds.join('\n');
  const listedSources = useLiveQuery(
    async () => new Map(zip(listedIds, await sourcesOf(archive(), listedIds))),
    [listedKey],
  );
  const [asked, setAsked] = useState(false);
  const [settings] = useEchoSettings();
  const scan = useClusterScan(settings, asked);
  if (!view) return null;
  const { reuse, titles } = view;
  const said = reuse && reuseBadge(reuse, percentOf(reuse.share));
  // A scan at other thresholds than the echoes beside (settings changed since) counted other
  // passages: said, and worked out again at these, like a scan of an older archive.
  const otherSettings = otherSettingsNote(view.scanKey, settings);
  const current = view.current && !otherSettings;
  const stale = otherSettings
    ? ` (${otherSettings})`
    : view.scanned && !view.current
      ? ' (at the last scan; the archive has changed)'
      : '';
  const workOut = !current && !asked && (
    <button type="button" className="link-button link" onClick={() => setAsked(true)}>
      {view.scanned ? 'Work it out again' : 'Work it out'}
    </button>
  );
  return (
    <section className="reader-reuse" aria-label="Reuse share">
      {reuse && said ? (
        <p>
          <strong className="reuse-badge">{said.badge}</strong> {reuse.reusedWords} of its{' '}
          {reuse.words} words appear in{' '}
          {reuse.partnerCount === 1 ? 'another article' : `${reuse.partnerCount} other articles`}
          {': '}
          {reuse.partners.slice(0, listed).map((p, i) => (
            <span key={p.articleId}>
              {i > 0 && ', '}
              <button
                type="button"
                className="link-button link"
                onClick={() => navigate({ kind: 'reader', articleId: p.articleId })}
              >
                {titles.get(p.articleId) || 'Untitled'}
              </button>{' '}
              <span className="muted">
                ({partnerNote(listedSources?.get(p.articleId), p.words)})
              </span>
            </span>
          ))}
          {reuse.partnerCount > listed && ` and ${reuse.partnerCount - listed} more`}
          {said.firstNote}
          {stale} {workOut}
        </p>
      ) : (
        <p className="muted">
          {noReuseSentence(
            view,
            echoed?.length,
            otherSettings,
            ownSourceOnly(source, partnerSources ?? []),
          )}{' '}
          {workOut}
        </p>
      )}
      {asked && <ScanProgressBar state={scan.state} onCancel={scan.cancel} onRerun={scan.rerun} />}
    </section>
  );
}
