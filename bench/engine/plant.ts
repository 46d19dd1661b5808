import { type CorpusArticle, sentencesOf } from './corpus';
import { editCopy } from './edits';
import type { Pair } from './plagdet';
import { pick, seeded } from './random';

/** An evaluation set: documents with planted edited copies, and where each copy came from. */
export interface PlantedSet {
  readonly docs: { readonly id: string; readonly text: string }[];
  readonly cases: (Pair & {
    readonly kind: 'within' | 'across';
    readonly seedLike: boolean;
    readonly rate: number;
  })[];
}

interface Piece {
  text: string;
  mark?: { id: number; role: 'source' | 'copy'; from: number; to: number };
}

/**
 * Plant `count` edited copies of 1–3 whole sentences (12–90 words) into the corpus articles:
 * half inside the source article, half in another one; each copy is its own paragraph or ends
 * another. 0–20% of the copy's words are edited; normalisation-only rewrites come on top.
 */
export function plantCopies(
  corpus: readonly CorpusArticle[],
  count: number,
  seed: number,
): PlantedSet {
  const rand = seeded(seed);
  const articles = corpus.filter((a) => a.paragraphs.join(' ').split(' ').length >= 150);
  const pieces: Piece[][] = articles.map((a) => a.paragraphs.map((text) => ({ text })));
  const vocabulary = articles
    .flatMap((a) => a.paragraphs.join(' ').split(' '))
    .filter((w) => /^\p{L}+$/u.test(w));
  const meta: {
    kind: 'within' | 'across';
    seedLike: boolean;
    rate: number;
    src: number;
    dst: number;
  }[] = [];
  for (let id = 0, tries = 0; id < count && tries < count * 50; tries++) {
    const src = pick(rand, articles.length);
    const doc = pieces[src] ?? [];
    const p = pick(rand, doc.length);
    const piece = doc[p];
    if (!piece || piece.mark) continue;
    const sentences = sentencesOf(piece.text);
    const first = pick(rand, sentences.length);
    const take = 1 + pick(rand, 3);
    const passage = sentences.slice(first, first + take).join(' ');
    const words = passage.split(' ').length;
    if (words < 12 || words > 90) continue;
    const from = piece.text.indexOf(passage);
    if (from < 0) continue;
    const within = rand() < 0.5;
    const dst = within ? src : pick(rand, articles.length);
    if (!within && dst === src) continue;
    const rate = rand() * 0.2;
    const copy = editCopy(passage, rate, vocabulary, rand);
    piece.mark = { id, role: 'source', from, to: from + passage.length };
    const target = pieces[dst] ?? [];
    let at = pick(rand, target.length + 1);
    if (within && Math.abs(at - p) < 2) at = p + 2 <= target.length ? p + 2 : Math.max(0, p - 1);
    const standalone = rand() < 0.5 || at === 0 || target[at - 1]?.mark !== undefined;
    if (standalone)
      target.splice(at, 0, {
        text: copy.text,
        mark: { id, role: 'copy', from: 0, to: copy.text.length },
      });
    else {
      const host = target[at - 1] as Piece;
      const start = host.text.length + 1;
      host.text = `${host.text} ${copy.text}`;
      host.mark = { id, role: 'copy', from: start, to: start + copy.text.length };
    }
    meta.push({
      kind: within ? 'within' : 'across',
      seedLike: copy.equivalences > 0 && rate <= 0.1,
      rate,
      src,
      dst,
    });
    id++;
  }
  return assemble(pieces, articles, meta);
}

function assemble(
  pieces: readonly Piece[][],
  articles: readonly CorpusArticle[],
  meta: readonly { kind: 'within' | 'across'; seedLike: boolean; rate: number }[],
): PlantedSet {
  const spans = new Map<string, { doc: string; start: number; end: number }>();
  const docs = pieces.map((doc, d) => {
    const id = articles[d]?.name ?? `doc${d}`;
    let text = '';
    for (const piece of doc) {
      if (text) text += '\n\n';
      if (piece.mark) {
        spans.set(`${piece.mark.id}:${piece.mark.role}`, {
          doc: id,
          start: text.length + piece.mark.from,
          end: text.length + piece.mark.to,
        });
      }
      text += piece.text;
    }
    return { id, text };
  });
  const cases = meta.flatMap((m, id) => {
    const a = spans.get(`${id}:source`);
    const b = spans.get(`${id}:copy`);
    return a && b ? [{ a, b, kind: m.kind, seedLike: m.seedLike, rate: m.rate }] : [];
  });
  return { docs, cases };
}
