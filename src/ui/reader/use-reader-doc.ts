import { useMemo } from 'react';
import { htmlDoc } from './html-doc';
import { plainTextDoc, type ReaderDoc } from './reader-doc';

/** The article's layout: from its sanitised HTML when it has one that matches its text. */
export function buildReaderDoc(text: string, html: string): ReaderDoc {
  if (html && typeof DOMParser !== 'undefined') {
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const doc = htmlDoc(parsed.body, text);
    if (doc) return doc;
  }
  return plainTextDoc(text);
}

/** buildReaderDoc, memoised on the article's text and HTML. */
export function useReaderDoc(text: string, html: string): ReaderDoc {
  return useMemo(() => buildReaderDoc(text, html), [text, html]);
}
