import { alignTexts } from '../diff/align-texts';
import type { Alignment, Span } from '../model';
import { alignParagraphs, type ParagraphAlignment } from '../versions/align-paragraphs';
import { anchorQuote, type PassageSelector } from './selectors';

/** Where a highlight made on one version stands on another. */
export type Reanchored =
  | { readonly state: 'unchanged'; readonly span: Span }
  /** `diff` aligns the original quote (a) with the passage now there (b). */
  | {
      readonly state: 'edited';
      readonly span: Span;
      readonly diff: Alignment;
      readonly now: string;
    }
  | { readonly state: 'gone' };

/** The paragraph of `paragraphs` holding offset `at` (the next one when `at` falls between). */
function paragraphAt(paragraphs: readonly Span[], at: number, isEnd: boolean): number {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p && (isEnd ? at <= p.end : at < p.end)) return i;
  }
  return paragraphs.length - 1;
}

/** The paragraph of B that paragraph `i` of A became (same, edited or moved), if any. */
function counterpart(alignment: ParagraphAlignment, i: number): number | undefined {
  for (const row of alignment.rows)
    if ('a' in row && 'b' in row && row.a === i && row.kind !== 'moved-in') return row.b;
  return undefined;
}

/** Maps an offset of paragraph text `a` onto `b` through their word alignment. */
function mapWithin(alignment: Alignment, at: number, isEnd: boolean): number {
  for (const seg of alignment.segments) {
    const inside = isEnd
      ? at > seg.a.start && at <= seg.a.end
      : at >= seg.a.start && at < seg.a.end;
    if (!inside) continue;
    if (seg.kind === 'same' || seg.kind === 'equivalent')
      return Math.min(seg.b.end, seg.b.start + (at - seg.a.start));
    return isEnd ? seg.b.end : seg.b.start;
  }
  const last = alignment.segments.at(-1);
  return isEnd ? (last?.b.end ?? 0) : (alignment.segments[0]?.b.start ?? 0);
}

/** Maps one end of a passage of text A onto text B through the paragraph and word alignments. */
function mapOffset(
  paragraphs: ParagraphAlignment,
  textA: string,
  textB: string,
  at: number,
  isEnd: boolean,
): number | undefined {
  const i = paragraphAt(paragraphs.a, at, isEnd);
  const pa = paragraphs.a[i];
  const j = counterpart(paragraphs, i);
  const pb = j === undefined ? undefined : paragraphs.b[j];
  if (!pa || !pb) return undefined;
  const words = alignTexts(textA.slice(pa.start, pa.end), textB.slice(pb.start, pb.end));
  const inside = Math.max(0, Math.min(at, pa.end) - pa.start);
  return pb.start + mapWithin(words, inside, isEnd);
}

/**
 * Re-anchors a highlight made on `source` (the version it was made on) onto `target` (another
 * version of the story), through the engine's paragraph alignment (so moved paragraphs are
 * followed) and word alignment: `unchanged` when the same words are there, `edited` with the
 * word diff when the passage is there but changed, `gone` when nothing of it is left.
 */
export function reanchor(
  source: string,
  target: string,
  selector: PassageSelector,
  paragraphs: ParagraphAlignment = alignParagraphs(source, target),
): Reanchored {
  const exact = selector[0].exact;
  const inTarget = anchorQuote(target, selector);
  const inSource = anchorQuote(source, selector);
  if (!inSource) return inTarget ? { state: 'unchanged', span: inTarget } : { state: 'gone' };
  const start = mapOffset(paragraphs, source, target, inSource.start, false);
  const end = mapOffset(paragraphs, source, target, inSource.end, true);
  if (start === undefined || end === undefined || end <= start)
    return inTarget ? { state: 'unchanged', span: inTarget } : { state: 'gone' };
  const now = target.slice(start, end);
  if (now === exact) return { state: 'unchanged', span: { start, end } };
  const diff = alignTexts(exact, now);
  const kept = diff.segments.some((s) => (s.kind === 'same' || s.kind === 'equivalent') && s.words);
  if (!kept) return inTarget ? { state: 'unchanged', span: inTarget } : { state: 'gone' };
  return { state: 'edited', span: { start, end }, diff, now };
}
