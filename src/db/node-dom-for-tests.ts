import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import type { WindowLike } from 'dompurify';
import type { DocumentLike, HtmlParser } from '../core/extract/dom-like';
import type { ImportOptions } from './import-types';
import type { PickedFile } from '../shared/ipc';

/** For Node tests: linkedom parses (as the CLI does), jsdom hosts DOMPurify (as a browser would). */
export const nodeDom: Pick<ImportOptions, 'parseHtml' | 'sanitiseWindow'> = {
  parseHtml: ((html: string) => parseHTML(html).document as unknown as DocumentLike) as HtmlParser,
  sanitiseWindow: new JSDOM('').window as unknown as WindowLike,
};

/** A picked file from text or bytes. */
export function pickedFile(relativePath: string, contents: string | Uint8Array): PickedFile {
  const bytes = typeof contents === 'string' ? new TextEncoder().encode(contents) : contents;
  return { name: relativePath.split('/').pop() ?? relativePath, relativePath, bytes };
}
