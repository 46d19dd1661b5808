/** What a file in a folder is when it is not an article: passed over quietly, never a failure. */
export type NotAnArticle = 'image' | 'system file' | 'hidden file';

// Files operating systems leave in folders: Finder's, Explorer's, and macOS's copies to other disks.
const systemNames = new Set(['.ds_store', 'thumbs.db', 'ehthumbs.db', 'desktop.ini', 'icon\r']);
const systemFolders = new Set(['__macosx', '$recycle.bin', 'system volume information']);
const images = /\.(?:png|jpe?g|jfif|gif|webp|avif|svg|bmp|tiff?|heic|heif|ico)$/i;

/**
 * Whether a file (by its path in what was picked or dropped) is no article at all — an image, a
 * system file (.DS_Store, Thumbs.db, macOS's `._` shadows), a hidden file or one in a hidden
 * folder — and which; undefined for anything else, which the import reads (and a `.txt` that
 * is binary, or broken HTML, still fails with its reason). The folder that was picked is the
 * person's choice, so only the folders inside it are looked at; and so is a file picked or
 * dropped by itself (a path with no folder): a hidden one is read like any other.
 */
export function notAnArticle(relativePath: string): NotAnArticle | undefined {
  const parts = relativePath.split(/[\\/]/).filter(Boolean);
  const name = parts.pop() ?? '';
  const inside = parts.slice(1);
  const lower = name.toLowerCase();
  const inFolder = parts.length > 0;
  if (systemNames.has(lower) || lower.startsWith('._')) return 'system file';
  if (inside.some((folder) => systemFolders.has(folder.toLowerCase()))) return 'system file';
  const hidden = (inFolder && name.startsWith('.')) || inside.some((f) => f.startsWith('.'));
  if (hidden) return 'hidden file';
  return images.test(name) ? 'image' : undefined;
}

/** The kinds skipped, said for the summary's line: "images, system files". */
export function notArticlesInWords(kinds: Iterable<NotAnArticle>): string {
  const found = new Set(kinds);
  const order: readonly NotAnArticle[] = ['image', 'system file', 'hidden file'];
  return order
    .filter((kind) => found.has(kind))
    .map((kind) => `${kind}s`)
    .join(', ');
}
