import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Passage, Span } from '../../core/model';
import { addAnnotation } from '../../db/annotations';
import type { HighlightColour } from '../../db/records';
import type { Echo } from '../../core/model';
import { getArticle } from '../../db/articles';
import { listVersions } from '../../db/versions';
import { useWrite } from '../common/use-write';
import { archive } from '../data/archive';
import type { Route } from '../shell/route';
import { ArticleEchoes } from './article-echoes';
import { ArticleNote } from './article-note';
import { ArticleTags } from './article-tags';
import { ExportArticleForm } from './export-article-form';
import { ReaderMeta } from './reader-meta';
import { ReaderReuse } from '../clusters/reader-reuse';
import { useArticleClusters } from '../clusters/use-article-clusters';
import { ReaderText } from './reader-text';
import { useArticleEchoes } from './use-article-echoes';
import { useReaderSize } from './use-reader-size';
import './reader.css';
import './reader-highlights.css';
import { useDocumentTitle } from '../shell/use-document-title';
import { goBack } from '../shell/use-route';
import { useHost } from '../host-context';
import { HighlightList } from './highlight-list';
import { useReaderMarks } from './use-reader-marks';
import { ChangesBar } from './changes-bar';
import { HighlightToolbar } from './highlight-toolbar';
import { useHighlights } from './use-highlights';
import { useReaderDoc } from './use-reader-doc';
import { withoutTitleLine } from './title-line';
import { countRemoteImages } from '../../core/layout/reader-doc';
import { useShowPassage, withPassage } from './show-passage';
import { PassageCopies } from './passage-copies';

/** Reading one article: its text with echoes highlighted, its echoes, tags, note and versions. */
export function ReaderView({
  articleId,
  at,
  navigate,
  onSearchArchive,
}: {
  articleId: string;
  /** A passage to scroll to and mark (a copy opened from its cluster). */
  at?: Span | undefined;
  navigate: (route: Route) => void;
  /** Searches the whole archive for these words (a selected passage), in the library. */
  onSearchArchive?: (words: string) => void;
}) {
  const article = useLiveQuery(
    async () => (await getArticle(archive(), articleId)) ?? null,
    [articleId],
  );
  const versions = useLiveQuery(
    async () => (article ? await listVersions(archive(), article.storyId) : []),
    [article?.storyId],
  );
  const versionIds = useMemo(
    () => (versions ?? []).map((v) => v.id).filter((id) => id !== articleId),
    [versions, articleId],
  );
  const scan = useArticleEchoes(article ?? null, versionIds);
  const echoes = scan.echoes;
  const compare = useCallback(
    (echo: Echo) => navigate({ kind: 'compare-passages', a: echo.a, b: echo.b }),
    [navigate],
  );
  // A copy named in the echo list, shown where it is: this article scrolled to it, or the other.
  const show = useCallback(
    (p: Passage) =>
      navigate({ kind: 'reader', articleId: p.doc, at: { start: p.start, end: p.end } }),
    [navigate],
  );
  const clusters = useArticleClusters(echoes, articleId, scan.settings);
  // The other articles the echoes name, for the reuse line (which must not say "none" beside them).
  const echoed = useMemo(
    () =>
      scan.state.kind === 'done'
        ? [
            ...new Set(
              echoes.flatMap((e) =>
                e.kind === 'across' ? [e.a.doc, e.b.doc].filter((id) => id !== articleId) : [],
              ),
            ),
          ].sort()
        : undefined,
    [scan.state.kind, echoes, articleId],
  );
  const openEcho = useCallback(
    (index: number) => {
      const cluster = clusters[index];
      const echo = echoes[index];
      if (cluster) navigate({ kind: 'cluster', at: cluster.at });
      else if (echo) compare(echo);
    },
    [clusters, echoes, compare, navigate],
  );
  const size = useReaderSize();
  const host = useHost();
  const openLink = useCallback((url: string) => void host.openExternal(url), [host]);
  const [imagesAllowed, setImagesAllowed] = useState(false);
  const doc = useReaderDoc(article?.text ?? '', article?.html ?? '');
  const remoteImages = useMemo(() => countRemoteImages(doc), [doc]);
  const highlights = useHighlights(article ?? null, versions ?? []);
  const shown = useReaderMarks(article ?? null, versions ?? [], echoes, highlights);
  const decorations = useMemo(() => withPassage(shown.decorations, at), [shown.decorations, at]);
  const body = useMemo(
    () =>
      withoutTitleLine(doc, article?.text ?? '', article?.title ?? '', shown.marks, decorations),
    [doc, article?.text, article?.title, shown.marks, decorations],
  );
  useShowPassage(at, Boolean(article));
  const textRef = useRef<HTMLDivElement>(null);
  // The passage whose copies are asked for ("Find copies" over a selection), while shown.
  const [copiesOf, setCopiesOf] = useState<Span | null>(null);
  const write = useWrite();
  const highlight = useCallback(
    (span: Span, colour: HighlightColour) =>
      void write('adding the highlight', () => addAnnotation(archive(), articleId, span, colour)),
    [articleId, write],
  );
  useDocumentTitle(article ? article.title || 'Untitled' : undefined);
  if (article === undefined) return null;
  if (article === null)
    return (
      <p role="alert">
        This article is no longer in the archive.{' '}
        <button type="button" onClick={() => navigate({ kind: 'library' })}>
          Back to the library
        </button>
      </p>
    );
  return (
    <div className="reader-layout">
      <article className="reader" aria-label={article.title} style={{ fontSize: size.size }}>
        <p className="back-row">
          <button type="button" onClick={goBack}>
            ← Back
          </button>
        </p>
        <ReaderMeta article={article} />
        <ReaderReuse
          articleId={article.id}
          source={article.source}
          navigate={navigate}
          echoed={echoed}
        />
        {remoteImages > 0 && !imagesAllowed && (
          <p className="remote-images muted">
            {remoteImages === 1 ? 'One image' : `${remoteImages} images`} of this article would load
            from the web.{' '}
            <button type="button" onClick={() => setImagesAllowed(true)}>
              Show images from the web
            </button>
          </p>
        )}
        {shown.previous && (
          <ChangesBar
            mode={shown.mode}
            onMode={shown.setMode}
            previous={shown.previous}
            versionNumber={shown.versionNumber}
            changeCount={shown.changeCount}
            equivalentCount={shown.equivalentCount}
          />
        )}
        <div className="reader-text-frame" ref={textRef}>
          <HighlightToolbar
            textRef={textRef}
            text={article.text}
            onHighlight={highlight}
            onSearch={
              onSearchArchive &&
              ((span) => onSearchArchive(article.text.slice(span.start, span.end)))
            }
            onFindCopies={setCopiesOf}
          />
          <ReaderText
            text={article.text}
            doc={body}
            marks={shown.marks}
            clusters={clusters}
            decorations={decorations}
            onOpenEcho={openEcho}
            openLink={openLink}
            remoteImagesAllowed={imagesAllowed}
          />
        </div>
      </article>
      <aside className="reader-side" aria-label="About this article">
        <div className="reader-tools" role="group" aria-label="Reading size">
          <button type="button" onClick={size.smaller} aria-label="Smaller text">
            A−
          </button>
          <button type="button" onClick={size.larger} aria-label="Larger text">
            A+
          </button>
          {versionIds.length > 0 && (
            <button type="button" onClick={() => navigate({ kind: 'versions', articleId })}>
              {versionIds.length + 1} versions
            </button>
          )}
        </div>
        {copiesOf && (
          <PassageCopies
            passage={{
              doc: article.id,
              ...copiesOf,
              text: article.text.slice(copiesOf.start, copiesOf.end),
            }}
            versionIds={versionIds}
            settings={scan.settings}
            revision={article.contentHash}
            self={article}
            text={article.text}
            titleLineHidden={body !== doc}
            onCompare={compare}
            onShow={show}
            onClose={() => setCopiesOf(null)}
          />
        )}
        <ExportArticleForm id={article.id} />
        <ArticleEchoes
          clusters={clusters}
          scan={scan}
          text={article.text}
          articleId={articleId}
          onCompare={compare}
          onShow={show}
          titleLineHidden={body !== doc}
          self={article}
        />
        <HighlightList highlights={highlights} />
        <ArticleTags id={article.id} tags={article.tags} />
        <ArticleNote key={article.id} id={article.id} note={article.note} />
      </aside>
    </div>
  );
}
