import { findEchoes } from '../../src/core/echoes/find-echoes';
import type { CorpusArticle } from './corpus';

/**
 * Set aside paragraphs in which echoes already exist before anything is planted (templated
 * captions, repeated references, boilerplate). Returns the corpus without them and how many went.
 * Uses the engine itself, so figures on this set say how well planted copies are found and
 * bounded, not how many natural repeats exist; the strict set reports those as errors.
 */
export function withoutNaturalEchoes(corpus: readonly CorpusArticle[]): {
  corpus: CorpusArticle[];
  removed: number;
} {
  const docs = corpus.map((a) => ({ id: a.name, text: a.paragraphs.join('\n\n') }));
  const hit = new Map<string, { start: number; end: number }[]>();
  for (const e of findEchoes(docs)) {
    for (const p of [e.a, e.b]) hit.set(p.doc, [...(hit.get(p.doc) ?? []), p]);
  }
  let removed = 0;
  const cleaned = corpus.map((a) => {
    const spans = hit.get(a.name) ?? [];
    let at = 0;
    const kept = a.paragraphs.filter((p) => {
      const start = at;
      at += p.length + 2;
      const echoed = spans.some((s) => s.start < start + p.length && start < s.end);
      if (echoed) removed++;
      return !echoed;
    });
    return { name: a.name, paragraphs: kept };
  });
  return { corpus: cleaned, removed };
}
