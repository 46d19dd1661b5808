import type { ImportItem } from '../../import/import-types';
import { readBrowserFiles } from '../../host/web-files';

const singleUrl = /^https?:\/\/\S+$/i;

/** What a paste should import: its files, a URL on its own, or its HTML/text as an article. */
export async function pastedItems(data: DataTransfer): Promise<ImportItem[]> {
  if (data.files.length > 0)
    return (await readBrowserFiles(data.files)).map((file) => ({ kind: 'file', file }));
  const text = data.getData('text/plain').trim();
  if (singleUrl.test(text)) return [{ kind: 'url', url: text }];
  const html = data.getData('text/html');
  if (!text && !html) return [];
  return [{ kind: 'paste', text, ...(html ? { html } : {}) }];
}
