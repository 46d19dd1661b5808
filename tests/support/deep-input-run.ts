/**
 * Runs the app's per-article work on one big input, for tests/unit/iterative-depth.test.ts, which
 * starts it with a small stack: work whose recursion grew with the input would overflow it.
 * argv[2]: 'paragraphs' (a 3 MB article of ordinary paragraphs) or 'one-line' (no breaks at all).
 */
import { alignPassages } from '../../src/core/diff/align-texts';
import { EchoIndex } from '../../src/core/echoes/echo-index';
import { findEchoesWithin } from '../../src/core/echoes/find-echoes-within';
import { randomProse } from '../../src/core/echoes/test-texts';
import { plainTextDoc } from '../../src/core/layout/reader-doc';
import { chunkFragments } from '../../src/ui/compare/fragment-chunks';
import { sideFragments } from '../../src/ui/compare/fragments';
import { articleEchoes } from '../../src/workers/article-echoes';

const body = randomProse(520_000, 5);
const text =
  process.argv[2] === 'one-line'
    ? body.replace(/\n/g, ' ')
    : body.replace(/((?:\S+ ){80})/g, '$1\n\n');
const edited = text.replace(text.slice(9_000, 9_040), 'words only the second version has here');
const index = new EchoIndex();
index.add('second', edited);
index.add('first', text);
const echoes = articleEchoes({ id: 'first', text }, ['second'], {
  within: (doc) => findEchoesWithin(doc),
  across: (doc) => index.query(doc, undefined, { within: false }),
});
const clusters = index.scanClustersSync();
const alignment = alignPassages(
  { doc: 'first', start: 0, end: text.length },
  text,
  { doc: 'second', start: 0, end: edited.length },
  edited,
);
const chunks = chunkFragments(sideFragments(alignment, edited, 'b', false));
const blocks = plainTextDoc(text).blocks.length;
console.log(
  JSON.stringify({
    chars: text.length,
    echoes: echoes.length,
    clusters: clusters.length,
    segments: alignment.segments.length,
    chunks: chunks.length,
    blocks,
  }),
);
