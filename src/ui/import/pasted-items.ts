import type { ImportItem } from '../../import/import-types';
import { lazyBrowserFiles } from '../../host/web-files';
import { webAddress } from '../../core/extract/web-address';

/** What a paste should import: its files, a URL on its own, or its HTML/text as an article. */
export async function pastedItems(data: DataTransfer): Promise<ImportItem[]> {
  if (data.files.length > 0)
    return lazyBrowserFiles(data.files).map((file) => ({ kind: 'file', file }));
  const text = data.getData('text/plain').trim();
  if (webAddress(text)) return [{ kind: 'url', url: text }];
  const html = data.getData('text/html');
  if (!text && !html) return [];
  return [{ kind: 'paste', text, ...(html ? { html } : {}) }];
}
