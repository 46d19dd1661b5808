import { seededRandom } from '../src/core/echoes/test-texts';
import { bigTexts, type BigTexts } from './big-texts';

/**
 * The big article's shapes (issue 11 point 2: any article import accepts). `synthetic` is news-like
 * paragraphs; the others are the adversarial ones a fingerprint scan, a layout or a list can choke
 * on: words drawn at random from a tiny vocabulary (every 8-word window recurs thousands of
 * times), one sentence repeated (one passage with tens of thousands of copies), a text with no
 * space at all (one "word"), and ordinary words on one giant line (no paragraph break).
 */
export type BigShape = 'synthetic' | 'random-words' | 'repeated' | 'no-spaces' | 'one-line';

/** Every shape, in the order the bench runs them. */
export const bigShapes: readonly BigShape[] = [
  'synthetic',
  'random-words',
  'repeated',
  'no-spaces',
  'one-line',
];

// Seven very common words and seven rarer ones, as a generated text of common words would have.
const common = ['the', 'is', 'a', 'and', 'for', 'that', 'are'];
const rare = ['with', 'to', 'on', 'it', 'was', 'in', 'of'];

/** `megabytes` of text from `piece(i)` joined by `joiner`, titled. */
function filled(title: string, megabytes: number, joiner: string, piece: (i: number) => string) {
  const parts: string[] = [title];
  let length = title.length;
  for (let i = 0; length < megabytes * 1e6; i++) {
    const p = piece(i);
    parts.push(p);
    length += p.length + joiner.length;
  }
  return parts;
}

/**
 * The texts of `parts` (the first one its title) and of a copy titled `title` with the piece
 * about 60% in replaced by `zyzzyva` (so a comparison has one place to find), and that piece.
 */
function withCopy(parts: string[], joiner: string, title: string): BigTexts {
  const at = Math.floor(parts.length * 0.6);
  const edited = parts[at] ?? '';
  const second = parts.map((p, i) => (i === at ? 'zyzzyva' : p));
  second[0] = title;
  return {
    first: parts.join(joiner),
    second: second.join(joiner),
    edited,
  };
}

/** The first text of `shape` at about `megabytes`, an edited copy, and what the copy changed. */
export function bigShapeTexts(shape: BigShape, megabytes: number): BigTexts {
  const title = 'The long transcript';
  const copyTitle = 'The long transcript (corrected)';
  if (shape === 'synthetic') return bigTexts(megabytes);
  if (shape === 'random-words') {
    const next = seededRandom(11);
    const word = (): string => {
      const from = next() < 0.99 ? common : rare;
      return from[Math.floor(next() * from.length)] ?? 'the';
    };
    // The title on its own line, then one line of words: as the generated text that stalled.
    const parts = filled(`${title}\n\n`, megabytes, ' ', () => word());
    return withCopy(parts, ' ', `${copyTitle}\n\n`);
  }
  if (shape === 'repeated') {
    const sentence =
      'The council said on Tuesday that the new bridge would open to traffic in the spring.';
    const parts = filled(title, megabytes, '\n\n', () => sentence);
    return withCopy(parts, '\n\n', copyTitle);
  }
  if (shape === 'no-spaces') {
    // Letters only: no space, no line break, so one token the size of the text.
    const next = seededRandom(12);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const block = (): string => {
      let s = '';
      for (let i = 0; i < 1000; i++) s += letters[Math.floor(next() * 26)] ?? 'a';
      return s;
    };
    const parts = filled(title, megabytes, '', () => block());
    parts[0] = `${title}\n\n`;
    const texts = withCopy(parts, '', `${copyTitle}\n\n`);
    return { ...texts, edited: texts.edited.slice(0, 40) };
  }
  // one-line: the synthetic paragraphs with their breaks taken out.
  const base = bigTexts(megabytes);
  const flat = (text: string, name: string): string =>
    `${name}\n\n${text.slice(text.indexOf('\n\n') + 2).replace(/\n+/g, ' ')}`;
  return {
    first: flat(base.first, title),
    second: flat(base.second, copyTitle),
    edited: base.edited,
  };
}
