import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { Echo, Passage } from '../../core/model';
import { getArticles } from '../../db/articles';
import { getSummaries } from '../../db/list-source';
import { archive } from '../data/archive';
import { EchoSettingsForm } from '../echoes/echo-settings-form';
import { EchoesPanel } from '../echoes/echoes-panel';
import type { ArticleAbout } from '../echoes/echo-cards';
import { ScanProgressBar } from '../echoes/scan-progress';
import type { ArticleEchoScan } from './use-article-echoes';
import type { EchoCluster } from '../clusters/article-clusters';
import { hidesTitleLine } from './title-line';
import { useEchoKeyNote } from './echo-key-note';

/** The reader's echoes section: settings, scan progress, and the echoes found. */
export function ArticleEchoes({
  scan,
  text,
  articleId,
  onCompare,
  onShow,
  clusters,
  titleLineHidden = false,
  self,
}: {
  /** The open article's title, source and dates (who printed a passage first). */
  self?: ArticleAbout;
  /** True when the reader leaves this article's title line out (withoutTitleLine). */
  titleLineHidden?: boolean;
  /** Shows one copy of an echo where it is. */
  onShow?: (passage: Passage) => void;
  /** The cluster of each echo (by index), as the highlights are numbered. */
  clusters?: readonly (EchoCluster | undefined)[];
  scan: ArticleEchoScan;
  text: string;
  articleId: string;
  onCompare: (echo: Echo) => void;
}) {
  const keyNote = useEchoKeyNote(scan, articleId);
  const otherIds = [...new Set(scan.echoes.flatMap((e) => [e.a.doc, e.b.doc]))].filter(
    (id) => id !== articleId,
  );
  // Every article the echoes name is named by its summary (title, source, dates); only those the
  // listed cards quote are read whole, for their excerpts and paragraphs. A wire story printed
  // 1,000 times is one card: reading all 1,000 texts (KB to MB each) onto the page only named them.
  const summaries = useLiveQuery(() => getSummaries(archive(), otherIds), [otherIds.join('\n')]);
  const [shownIds, setShownIds] = useState<readonly string[]>([]);
  const quotedIds = shownIds.filter((id) => id !== articleId);
  const quoted = useLiveQuery(() => getArticles(archive(), quotedIds), [quotedIds.join('\n')]);
  const others = useMemo(() => (summaries ?? []).flatMap((a) => (a ? [a] : [])), [summaries]);
  const whole = useMemo(() => (quoted ?? []).flatMap((a) => (a ? [a] : [])), [quoted]);
  const titles = new Map(others.map((a) => [a.id, a.title] as const));
  const texts = new Map(whole.map((a) => [a.id, a.text] as const));
  texts.set(articleId, text);
  const about = useMemo(
    () =>
      new Map<string, ArticleAbout>([
        ...others.map((a) => [a.id, a] as const),
        ...(self ? [[articleId, self] as const] : []),
      ]),
    [others, self, articleId],
  );
  // The open article's own passage is named as such, not as "another article".
  titles.set(articleId, 'this article');
  // Paragraphs are numbered as the reader shows them: after a title line it leaves out (this
  // article's as laid out now; another's as its reader will lay it out).
  const hidden = useMemo(
    () =>
      new Set([
        ...(titleLineHidden ? [articleId] : []),
        ...whole.flatMap((a) => (hidesTitleLine(a) ? [a.id] : [])),
      ]),
    [titleLineHidden, articleId, whole],
  );
  return (
    <section className="article-echoes" aria-labelledby="echoes-title">
      <h3 id="echoes-title">
        Echoes{' '}
        {scan.state.kind === 'done' && (
          <span className="muted">
            ({(scan.echoes.length + scan.omitted).toLocaleString('en')})
          </span>
        )}
      </h3>
      <EchoSettingsForm settings={scan.settings} onChange={scan.setSettings} />
      <ScanProgressBar state={scan.state} onCancel={scan.cancel} onRerun={scan.rerun} />
      {keyNote && (
        <p className="echo-key-note" role="status">
          {keyNote}
        </p>
      )}
      {scan.state.kind === 'done' && scan.omitted > 0 && (
        <p className="muted echoes-cut">
          The strongest {scan.echoes.length.toLocaleString('en')} are shown and highlighted; the
          other {scan.omitted.toLocaleString('en')}, weaker, are counted only.
        </p>
      )}
      {scan.state.kind === 'done' && (
        <EchoesPanel
          echoes={scan.echoes}
          texts={texts}
          titles={titles}
          onCompare={onCompare}
          onShow={onShow}
          titleLineHidden={hidden}
          openId={articleId}
          about={about}
          onShownDocs={setShownIds}
          {...(clusters ? { clusters } : {})}
        />
      )}
    </section>
  );
}
