import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { reanchor, type Reanchored } from '../../core/annotations/reanchor';
import { anchorQuote } from '../../core/annotations/selectors';
import { alignParagraphs } from '../../core/versions/align-paragraphs';
import { listAnnotations } from '../../db/annotations';
import type { AnnotationRecord, ArticleRecord } from '../../db/records';
import { archive } from '../data/archive';

/** A highlight as the open version shows it: where it is here and what became of it. */
export interface PlacedHighlight {
  readonly annotation: AnnotationRecord;
  readonly result: Reanchored;
  /** True when it was made on this very version. */
  readonly own: boolean;
  /** The number (1 = oldest) of the version it was made on, when the story has several. */
  readonly madeOn: number;
}

/**
 * The highlights made on any version of the open article's story, each found on this version:
 * its own at their place, the others re-anchored through the versions' alignment.
 */
export function useHighlights(
  article: ArticleRecord | null,
  versions: readonly ArticleRecord[],
): readonly PlacedHighlight[] {
  const ids = useMemo(
    () => (article ? [...new Set([article.id, ...versions.map((v) => v.id)])] : []),
    [article, versions],
  );
  const annotations = useLiveQuery(() => listAnnotations(archive(), ids), [ids.join('\n')]);
  return useMemo(() => {
    if (!article || !annotations) return [];
    const alignments = new Map<string, ReturnType<typeof alignParagraphs>>();
    return annotations.flatMap((annotation): PlacedHighlight[] => {
      const madeOn = versions.findIndex((v) => v.id === annotation.articleId) + 1;
      if (annotation.articleId === article.id) {
        const span = anchorQuote(article.text, annotation.target.selector);
        return [
          {
            annotation,
            own: true,
            madeOn,
            result: span ? { state: 'unchanged', span } : { state: 'gone' },
          },
        ];
      }
      const source = versions.find((v) => v.id === annotation.articleId);
      if (!source) return [];
      let paragraphs = alignments.get(source.id);
      if (!paragraphs) {
        paragraphs = alignParagraphs(source.text, article.text);
        alignments.set(source.id, paragraphs);
      }
      const result = reanchor(source.text, article.text, annotation.target.selector, paragraphs);
      return [{ annotation, own: false, madeOn, result }];
    });
  }, [article, versions, annotations]);
}
