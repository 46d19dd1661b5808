import type { Doc, Echo } from '../model';
import { findEchoes } from './find-echoes';
import type { EchoOptions } from './options';

/** The echoes inside one document: non-overlapping passages that repeat each other. */
export function findEchoesWithin(doc: Doc, options?: EchoOptions): Echo[] {
  return findEchoes([doc], { ...options, within: true });
}
