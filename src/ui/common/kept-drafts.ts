/**
 * Text typed into an autosaved field and not yet in the archive, kept in localStorage until it
 * is. An archive write takes several IndexedDB round trips, which a reload or a closed window cuts
 * short; a localStorage write is synchronous, so what was typed survives and is restored (and
 * saved) the next time the field opens.
 */
const prefix = 'verso.draft:';

/** Keeps `text` as the unsaved draft of the field `key`. */
export function keepDraft(key: string, text: string): void {
  try {
    localStorage.setItem(prefix + key, text);
  } catch {
    // Storage full or refused: the autosave still runs; only the reload guard is lost.
  }
}

/** Forgets the field's kept draft (its text is in the archive). */
export function dropDraft(key: string): void {
  try {
    localStorage.removeItem(prefix + key);
  } catch {
    // Nothing to do: a draft that cannot be removed could not have been kept either.
  }
}

/** What the field should show on opening: its kept draft when there is one, else `saved`. */
export function keptDraftOr(key: string, saved: string): string {
  try {
    return localStorage.getItem(prefix + key) ?? saved;
  } catch {
    return saved;
  }
}

/**
 * Forgets the kept drafts of `keys` (an article deleted: its note's draft would otherwise stay in
 * localStorage for good); returns what puts them back, for Undo.
 */
export function setAsideDrafts(keys: readonly string[]): () => void {
  const kept: [string, string][] = [];
  try {
    for (const key of keys) {
      const text = localStorage.getItem(prefix + key);
      if (text === null) continue;
      kept.push([key, text]);
      localStorage.removeItem(prefix + key);
    }
  } catch {
    // Storage refused: nothing could have been kept in it either.
  }
  return () => {
    for (const [key, text] of kept) keepDraft(key, text);
  };
}

/** The key an article's note keeps its draft under. */
export const noteDraftKey = (articleId: string): string => `note:${articleId}`;

/** The key an article's details form (source, title, byline, date) keeps its draft under. */
export const detailsDraftKey = (articleId: string): string => `details:${articleId}`;

/**
 * Forgets every kept draft. After a restore that replaces the archive, each was typed into an
 * archive that is gone: kept, it would be shown and saved over the note or comment just restored.
 */
export function dropAllDrafts(): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    // Storage refused: nothing could have been kept in it either.
  }
}
