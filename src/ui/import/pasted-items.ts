import type { ImportItem } from '../../import/import-types';
import { lazyBrowserFiles } from '../../host/web-files';
import { webAddress } from '../../core/extract/web-address';

/**
 * What a paste should import: its files, a URL on its own or a list of URLs (one a line, each
 * imported as a page), or its HTML/text as an article.
 */
export async function pastedItems(data: DataTransfer): Promise<ImportItem[]> {
  if (data.files.length > 0)
    return lazyBrowserFiles(data.files).map((file) => ({ kind: 'file', file }));
  const text = data.getData('text/plain').trim();
  if (webAddress(text)) return [{ kind: 'url', url: text }];
  // A column of links copied from a spreadsheet or a list was stored as one article whose text
  // was the addresses: when every line is an address, each is a page to import.
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length > 1 && lines.every((line) => webAddress(line)))
    return lines.map((url) => ({ kind: 'url', url }));
  const html = data.getData('text/html');
  if (!text && !html) return [];
  return [{ kind: 'paste', text, ...(html ? { html } : {}) }];
}
