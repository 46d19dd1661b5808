import type { ParagraphAlignment } from '../../core/versions/align-paragraphs';

/** What the summary needs of each side: its headline and its text. */
interface Side {
  readonly title: string;
  readonly text: string;
}

/**
 * The versions page's line: the headline's change first (a web page's headline is not in its
 * text, so no paragraph row shows it, and a retitled story is what a monitor looks for), then
 * how many paragraphs changed, moved (`movedEdited` of them also edited), came and went.
 */
export function versionsSummary(
  left: Side,
  right: Side,
  alignment: ParagraphAlignment,
  movedEdited: number,
): string {
  const count = (kind: string): number => alignment.rows.filter((r) => r.kind === kind).length;
  const changed = count('changed');
  const headline =
    left.title.trim() !== right.title.trim()
      ? `Headline changed: “${left.title.trim()}” → “${right.title.trim()}”. `
      : '';
  const edited = movedEdited > 0 ? ` (${movedEdited} of them also edited)` : '';
  return `${headline}${changed} ${changed === 1 ? 'paragraph' : 'paragraphs'} changed, ${count('moved-in')} moved${edited}, ${count('inserted')} inserted, ${count('deleted')} deleted.`;
}
