/**
 * A failure said in words a reader can act on. Exception text ("Maximum call stack size
 * exceeded", "DataCloneError: …") never reaches the screen; the details go to the console for
 * whoever debugs it.
 */
export function sayFailure(error: unknown, doing: string): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const kind = inner || name;
  console.error(`Verso: ${doing} failed`, error);
  if (kind === 'ArticleGoneError')
    return `Could not finish ${doing}: the article is no longer in the archive.`;
  if (kind === 'QuotaExceededError')
    return `Could not finish ${doing}: the disk, or the space the browser allows Verso, is full. Free some space and try again.`;
  if (kind === 'AbortError' || kind === 'TimeoutError')
    return `${capitalise(doing)} was stopped before it finished. Try again.`;
  if (kind === 'DatabaseClosedError' || kind === 'InvalidStateError' || kind === 'NotFoundError')
    return `Could not finish ${doing}: the archive was closed or changed meanwhile (another window may be upgrading it). Reload Verso and try again.`;
  if (error instanceof RangeError)
    return `Could not finish ${doing}: the text is too large or too unusual to handle this way.`;
  return `Could not finish ${doing} because of an error inside Verso. Try again; if it happens again, reload Verso.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
