import type { DocumentFile } from './read-document';
import type { LineBytes } from './line-bytes';
import { documentJson } from './echoes-json';

/**
 * One document's line of JSON, as JSON.stringify writes `documentJson` (after a comma in `--json`
 * but the first; with `"type":"document"` first in `--jsonl`), the text escaped from the file's
 * bytes when they are plain UTF-8 (with `escapes`, where tokeniseUtf8 found bytes to escape).
 */
export function writeDocument(
  out: LineBytes,
  jsonl: boolean,
  comma: boolean,
  id: string,
  doc: DocumentFile,
  utf8: Uint8Array | undefined,
  escapes: Uint32Array | undefined,
): void {
  const { path, title, text } = doc;
  const head = jsonl ? '{"type":"document",' : `${comma ? ',' : ''}{`;
  if (!utf8 || !escapes) {
    const facts = { ...(doc.site ? { source: doc.site } : {}), date: doc.published };
    out.text(
      `${head}${JSON.stringify(documentJson({ id, path, title, text, ...facts })).slice(1)}\n`,
    );
    return;
  }
  out.text(
    `${head}"id":${JSON.stringify(id)},"path":${JSON.stringify(path)},"title":${JSON.stringify(title)},"text":"`,
  );
  // A plain file's, with the escape positions tokeniseUtf8 found in it.
  out.escapedJsonString(utf8, escapes);
  const source = doc.site ? `,"source":${JSON.stringify(doc.site)}` : '';
  const date = doc.published ? `,"date":${JSON.stringify(doc.published)}` : '';
  out.text(`"${source}${date}}\n`);
}
