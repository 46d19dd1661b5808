import { describe, expect, it } from 'vitest';
import { staticGraph } from '../support/import-graph';

// Issue 11 point 1 (the first import after opening 100,000 articles): the import pipeline's
// modules load on the page when it is first idle, or when an import starts before that. They
// used to bring Readability and markdown-it (~250 KB of the 350 KB, 126–203 ms to load alone on
// an idle page) although the page reads HTML in its extraction worker and plain text with
// neither. These fence them out of what the page loads for an import.

/** The modules importIntoArchive loads (src/ui/data/archive.ts, loadPipeline). */
const pipeline = [
  'src/import/import-items.ts',
  'src/ui/data/extract-link.ts',
  'src/ui/data/derive-link.ts',
  'src/ui/data/read-file-link.ts',
  'src/ui/data/store-link.ts',
];

describe("the page's import pipeline", () => {
  it.each(pipeline)('%s loads no HTML or Markdown reader', (entry) => {
    const graph = staticGraph(entry);
    expect(graph.packages.has('@mozilla/readability')).toBe(false);
    expect(graph.packages.has('markdown-it')).toBe(false);
    expect(graph.files.has('src/core/extract/extract-bytes.ts')).toBe(false);
  });

  it('still reads text files without them (the decoder and the plain-text reader are in it)', () => {
    const graph = staticGraph('src/import/import-items.ts');
    expect(graph.files.has('src/core/extract/read-input.ts')).toBe(true);
    expect(graph.files.has('src/core/extract/text-article.ts')).toBe(true);
  });
});
