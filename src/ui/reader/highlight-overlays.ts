import type { Overlay } from './overlays';
import type { PlacedHighlight } from './use-highlights';

/** The person's highlights as overlays on the text (those gone from this version draw nothing). */
export function highlightOverlays(highlights: readonly PlacedHighlight[]): Overlay[] {
  return highlights.flatMap(({ annotation, result, own, madeOn }) => {
    if (result.state === 'gone') return [];
    const from = own ? '' : ` (made on version ${madeOn}, ${result.state} here)`;
    const comment = annotation.comment ? `: ${annotation.comment}` : '';
    return [
      {
        ...result.span,
        className: `note-mark note-${annotation.colour} note-${result.state}`,
        title: `Highlight${from}${comment}`,
        note: annotation.id,
      },
    ];
  });
}
