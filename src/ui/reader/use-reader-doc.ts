import { useEffect, useMemo, useState } from 'react';
import { htmlDoc } from '../../core/layout/html-doc';
import { plainTextDoc, type ReaderDoc } from '../../core/layout/reader-doc';
import { layOutInWorker } from './layout-client';

// HTML up to this size is laid out at once (a few milliseconds); bigger HTML goes to the layout
// worker, because a 5 MB article took over 250 ms in one main-thread task.
const laidOutInPlace = 300_000;

/** The article's layout: from its sanitised HTML when it has one that matches its text. */
export function buildReaderDoc(text: string, html: string): ReaderDoc {
  if (html && typeof DOMParser !== 'undefined') {
    try {
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      const doc = htmlDoc(parsed.body, text);
      if (doc) return doc;
    } catch {
      // Nested deeper than the stack allows: the plain layout below is still right.
    }
  }
  return plainTextDoc(text);
}

/**
 * The article's layout. Small HTML is laid out at once; a big article shows its plain layout
 * first (the same text, so highlights and echoes land on the same words) and its structure once
 * the layout worker has it, so opening it never freezes the page.
 */
export function useReaderDoc(text: string, html: string): ReaderDoc {
  const inPlace = !html || html.length <= laidOutInPlace;
  const immediate = useMemo(
    () => (inPlace ? buildReaderDoc(text, html) : plainTextDoc(text)),
    [inPlace, text, html],
  );
  const [fromWorker, setFromWorker] = useState<{ key: string; doc: ReaderDoc } | null>(null);
  useEffect(() => {
    if (inPlace) return;
    let current = true;
    void layOutInWorker(html, text).then((doc) => {
      if (current && doc) setFromWorker({ key: html, doc });
    });
    return () => {
      current = false;
    };
  }, [inPlace, text, html]);
  return fromWorker && fromWorker.key === html && !inPlace ? fromWorker.doc : immediate;
}
