/** How many of a text's first lines may hold its byline (a headline, a standfirst, then "By…"). */
const linesLooked = 4;
const longestByline = 120;

// Words that start a sentence "By …" as often as a name does ("By Monday, the council…").
const notNames = new Set(
  [
    'the a an this that these those then now late early mid midnight noon dawn far all',
    'monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday',
    'january february march april may june july august september october november december',
  ]
    .join(' ')
    .split(' '),
);
// Lower-case words inside names: "Ursula von der Leyen", "Ana de la Cruz".
const particles = new Set([
  'de',
  'da',
  'di',
  'del',
  'der',
  'den',
  'la',
  'le',
  'van',
  'von',
  'bin',
  'al',
]);
const nameWord = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;

// One person's name: one to four words, each capitalised (or a particle inside it).
function isName(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 4) return false;
  const [first] = words;
  if (!first || notNames.has(first.toLowerCase().replace(/\.$/, ''))) return false;
  return words.every((w, i) => nameWord.test(w) || (i > 0 && particles.has(w.toLowerCase())));
}

/**
 * The byline a plain text gives on a line of its own near its top — "By Jane Smith", "By Jane
 * Smith and John Doe, Political Correspondent" — without "By " (as a page's author metadata is
 * read), else ''. The line must read as names: "By the time…" or "By Monday, the council had…"
 * are the article's words, and a line ending a sentence is never a byline. The line stays in
 * the text: the text is the file's, as it always was (its hash and passages do not move).
 */
export function bylineLineOf(text: string): string {
  let looked = 0;
  for (const raw of text.split('\n', 40)) {
    const line = raw.trim();
    if (!line) continue;
    if (++looked > linesLooked) break;
    const byline = asByline(line);
    if (byline) return byline;
  }
  return '';
}

function asByline(line: string): string {
  if (line.length > longestByline) return '';
  const match = /^(?:By|BY)[:\s]\s*(.+)$/u.exec(line);
  const rest = match?.[1]?.trim() ?? '';
  // A sentence's end ("…had agreed.", "…?") — an initial or "Jr." is not one.
  if (!rest || /[!?;:]$|\p{Ll}{3,}\.$/u.test(rest)) return '';
  // The names come before any role or place (", Political Correspondent", " | Reuters").
  const names = rest.split(/\s*(?:,|\||\s[–—-]\s)\s*/u)[0] ?? '';
  const people = names.split(/\s+(?:and|&)\s+/iu).map((name) => name.split(/\s+/u));
  if (!people.every(isName)) return '';
  return rest.replace(/[\s,;|–—-]+$/u, '');
}
