import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { WindowLike } from 'dompurify';
import type { DocumentLike, HtmlParser } from '../../src/core/extract/dom-like';
import type { ImportFile, ImportOptions } from '../../src/import/import-types';

/** For Node tests: linkedom parses (as the CLI does), jsdom hosts DOMPurify (as a browser would). */
export const nodeDom: Pick<ImportOptions, 'parseHtml' | 'sanitiseWindow'> = {
  parseHtml: ((html: string) => parseHTML(html).document as unknown as DocumentLike) as HtmlParser,
  sanitiseWindow: new JSDOM('').window as unknown as WindowLike,
};

/** A file to import, from text or bytes. */
export function pickedFile(relativePath: string, contents: string | Uint8Array): ImportFile {
  const bytes = typeof contents === 'string' ? new TextEncoder().encode(contents) : contents;
  return { name: relativePath.split('/').pop() ?? relativePath, relativePath, bytes };
}
