import { useEffect } from 'react';

/** Names the window (and the browser tab) after what it shows: "Title — Verso". */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} — Verso` : 'Verso';
  }, [title]);
}
