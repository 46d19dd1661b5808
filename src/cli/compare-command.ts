import { alignWithMoves } from '../core/diff/align-moves';
import { summariseWithMoves } from '../core/diff/moved-summary';
import type { Span } from '../core/model';
import { describeWithMoves, markedWithMoves } from './compare-marks';
import { EXIT, type CommandIo } from './command-io';
import { parseOptions, wantsHelp } from './parse-options';
import { readComparedArticle } from './compare-input';
import { FileArticles, type FileRead } from './file-article';
import { instantToIso } from '../core/extract/parse-instant';
import { usageError } from './usage';

/** `verso compare --help`. */
export const compareUsage = `usage: verso compare [--json | --jsonl] A B

The aligned difference of two articles, word by word, as the compare view shows it. A and B are
files (.txt, .md, .html; one of them may be - for standard input), each read as its article, as
verso extract prints it and the app imports it.

Text output marks [-only in A-], {+only in B+}, [~same once normalised~] ("£200m" / "£200 million").
A paragraph that changed place shows as [>moved N>] where it stood in A and {>moved N: …<} where
it stands in B, its own edits marked inside; the summary counts its unchanged words as moved.
A date is the one the file gives, modifiedAt its own or the file's modified time; B has versionOf
(A's path) when B is a version of A by the app's rule (one address, or one paper and headline),
and the text output then says so.
  --json    {"a":{"path","title","date","modifiedAt","text"},"b":{…,"versionOf"},"summary":{"same",…,"moved"},
             "segments":[{"kind","a":{"start","end"},"b":{…}}],"moves":[{"a","b","segments"}]}
  --jsonl   {"type":"document",…} for A and B, one {"type":"segment",…} a line, one
             {"type":"move",…} a moved paragraph, then {"type":"summary",…}`;

type Read = Extract<FileRead, { kind: 'read' }>;

// A side's path, title and dates: the date it gives, and its modified time (its own, else the
// file's) — what dates it in echoes and export-passim too.
const facts = (read: Read) => ({
  path: read.path,
  title: read.doc.title,
  ...(read.doc.published ? { date: read.doc.published } : {}),
  ...(read.modifiedAt ? { modifiedAt: instantToIso(read.modifiedAt) } : {}),
  ...(read.versionOf !== undefined ? { versionOf: read.versionOf } : {}),
});

/** `verso compare [--json|--jsonl] A B`: exit 1 when a text cannot be read. */
export async function runCompare(args: readonly string[], io: CommandIo): Promise<number> {
  if (wantsHelp(args)) {
    await io.stdout(compareUsage);
    return EXIT.ok;
  }
  const parsed = parseOptions(args, { json: { type: 'boolean' }, jsonl: { type: 'boolean' } });
  if (typeof parsed === 'string') return usageError('compare', parsed, compareUsage, io);
  const { values, positionals } = parsed;
  if (positionals.length !== 2)
    return usageError('compare', 'give exactly two texts, A and B', compareUsage, io);
  if (positionals[0] === '-' && positionals[1] === '-')
    return usageError('compare', 'standard input (-) can be read only once', compareUsage, io);
  if (values.json && values.jsonl)
    return usageError('compare', 'choose one of --json and --jsonl', compareUsage, io);
  const files = new FileArticles(undefined, true);
  const reads: Read[] = [];
  for (const path of positionals) {
    const read = await readComparedArticle(path, files);
    if (read.kind === 'read') reads.push(read);
    else io.stderr(read.kind === 'same' ? read.note : read.reason);
  }
  const [readA, readB] = reads;
  if (!readA || !readB) return EXIT.someFailed;
  const [a, b] = [readA.doc, readB.doc];
  // B is a later version of A by the app's rule (one address, or one paper and headline).
  const versions = readB.versionOf !== undefined;
  const whole = (doc: string, text: string) => ({ doc, start: 0, end: text.length });
  // As the compare view does: paragraphs that changed place are moves, not deletions and
  // insertions, and the rest is aligned without them.
  const { alignment, moves } = alignWithMoves(
    whole('a', a.text),
    a.text,
    whole('b', b.text),
    b.text,
  );
  const { counts, moved } = summariseWithMoves(alignment, moves, a.text, b.text);
  const summary = { ...counts, moved };
  const span = (s: Span) => ({ start: s.start, end: s.end });
  const segments = alignment.segments.map((s) => ({ kind: s.kind, a: span(s.a), b: span(s.b) }));
  const moveRows = moves.map((m) => ({
    a: span(m.a),
    b: span(m.b),
    segments: m.alignment.segments.map((s) => ({ kind: s.kind, a: span(s.a), b: span(s.b) })),
  }));
  if (values.jsonl) {
    await io.stdout(JSON.stringify({ type: 'document', side: 'a', ...facts(readA), text: a.text }));
    await io.stdout(JSON.stringify({ type: 'document', side: 'b', ...facts(readB), text: b.text }));
    for (const s of segments) await io.stdout(JSON.stringify({ type: 'segment', ...s }));
    for (const m of moveRows) await io.stdout(JSON.stringify({ type: 'move', ...m }));
    await io.stdout(JSON.stringify({ type: 'summary', ...summary }));
  } else if (values.json) {
    await io.stdout(
      JSON.stringify({
        a: { ...facts(readA), text: a.text },
        b: { ...facts(readB), text: b.text },
        summary,
        segments,
        moves: moveRows,
      }),
    );
  } else {
    const story = versions
      ? 'versions of one story (one address, or one paper and headline)\n'
      : '';
    await io.stdout(
      `A  ${a.path}\nB  ${b.path}\n${story}${describeWithMoves({ counts, moved })}\n`,
    );
    await io.stdout(markedWithMoves(alignment.segments, moves, a.text, b.text));
  }
  return EXIT.ok;
}
