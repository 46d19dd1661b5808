import type { Doc, Echo } from '../model';
import { EchoIndex } from './echo-index';
import type { EchoOptions } from './options';

/** Every echo within and across a set of documents, strongest first. */
export function findEchoes(docs: readonly Doc[], options?: EchoOptions): Echo[] {
  const seen = new Set<string>();
  const index = new EchoIndex();
  for (const doc of docs) {
    if (seen.has(doc.id)) throw new Error(`two documents share the id "${doc.id}"`);
    seen.add(doc.id);
    index.add(doc.id, doc.text);
  }
  return index.scanAllSync(options);
}
