const maxTitleLength = 90;

/** Shortens at a word boundary, adding an ellipsis, when longer than `max`. */
export function shorten(text: string, max = maxTitleLength): string {
  if (text.length <= max) return text;
  // Never end between the two halves of a surrogate pair (an emoji would become a lone \ud83d).
  const high = text.charCodeAt(max - 1);
  const cut = text.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/**
 * A title for text that came without one: its first line when that reads as a headline (short, no
 * closing full stop), else its first sentence, shortened.
 */
export function deriveTitle(text: string): string {
  const trimmed = text.trim();
  const firstLine = trimmed.split('\n', 1)[0]?.trim() ?? '';
  if (firstLine.length > 0 && firstLine.length <= 120 && !/[.!?…:;,]["'’”]?$/u.test(firstLine)) {
    if (trimmed.length > firstLine.length) return shorten(firstLine);
  }
  const sentence = /^(.+?[.!?…]["'’”)]?)(?=\s|$)/su.exec(firstLine)?.[1] ?? firstLine;
  return shorten(sentence.replace(/\s+/g, ' '));
}
