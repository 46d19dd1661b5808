// Scoring an extracted article against a hand-checked reference text, for the news dev sets.
// Tokens are words, except that Chinese and Japanese script (written without spaces) counts one
// character per token, so a Chinese page is not scored as a handful of sentence-long "words".

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The text's tokens, lower-cased: runs of letters/digits, CJK characters one by one. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const run of text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? []) {
    if (!cjk.test(run)) {
      out.push(run);
      continue;
    }
    let word = '';
    for (const ch of run) {
      if (cjk.test(ch)) {
        if (word) out.push(word);
        word = '';
        out.push(ch);
      } else word += ch;
    }
    if (word) out.push(word);
  }
  return out;
}

function grams(text: string): Map<string, number> {
  const t = tokens(text);
  const counts = new Map<string, number>();
  for (let i = 0; i + 4 <= t.length; i++) {
    const g = t.slice(i, i + 4).join(' ');
    counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/** Precision, recall and F1 of the multisets of token 4-grams. */
export interface TextScore {
  /** Share of the extracted 4-grams that are article text (1 − the share of leaked furniture). */
  readonly precision: number;
  /** Share of the reference's 4-grams extracted. */
  readonly recall: number;
  readonly f1: number;
}

/** Scores an extracted text against the reference: token 4-gram precision, recall and F1. */
export function scoreText(got: string, want: string): TextScore {
  const a = grams(got);
  const b = grams(want);
  let overlap = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (const n of a.values()) sizeA += n;
  for (const n of b.values()) sizeB += n;
  for (const [g, n] of a) overlap += Math.min(n, b.get(g) ?? 0);
  const precision = sizeA ? overlap / sizeA : 1;
  const recall = sizeB ? overlap / sizeB : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/**
 * The extracted paragraphs that are not article text: under half of their tokens' 4-grams (or,
 * for a paragraph under four tokens, its token run) found in the reference.
 */
export function leakedParagraphs(got: string, want: string): string[] {
  const ref = grams(want);
  const refJoined = ` ${tokens(want).join(' ')} `;
  return got
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => {
      const t = tokens(p);
      if (t.length === 0) return false;
      if (t.length < 4) return !refJoined.includes(` ${t.join(' ')} `);
      let found = 0;
      const own = grams(p);
      let total = 0;
      for (const [g, n] of own) {
        total += n;
        found += Math.min(n, ref.get(g) ?? 0);
      }
      return found / total < 0.5;
    });
}
