import { syntheticArticle } from './archive-synthetic';

/** A big article's text, an edited copy of it, and the one word the copy changed. */
export interface BigTexts {
  readonly first: string;
  readonly second: string;
  readonly edited: string;
}

/**
 * The big text: synthetic articles' paragraphs until it reaches `megabytes`; and a copy with one
 * word changed about 60% in, so a comparison has exactly one place to find.
 */
export function bigTexts(megabytes: number): BigTexts {
  const paragraphs: string[] = [];
  let length = 0;
  for (let i = 0; length < megabytes * 1e6; i++)
    for (const p of syntheticArticle(700_000 + i).text.split('\n\n')) {
      paragraphs.push(p);
      length += p.length + 2;
    }
  const at = Math.floor(paragraphs.length * 0.6);
  const words = (paragraphs[at] ?? '').split(' ');
  const edited = words[3] ?? '';
  const second = paragraphs.map((p, i) =>
    i === at ? [...words.slice(0, 3), 'zyzzyva', ...words.slice(4)].join(' ') : p,
  );
  return {
    first: ['The long transcript', ...paragraphs].join('\n\n'),
    second: ['The long transcript (corrected)', ...second].join('\n\n'),
    edited,
  };
}
