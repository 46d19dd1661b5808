import { alignTexts } from '../core/diff/align-texts';
import { describeSummary, summariseAlignment } from '../core/diff/summarise-alignment';
import type { Segment } from '../core/model';
import { EXIT, type CommandIo } from './command-io';
import { parseOptions, wantsHelp } from './parse-options';
import { readDocumentFile, type DocumentFile } from './read-document';
import { usageError } from './usage';

/** `verso compare --help`. */
export const compareUsage = `usage: verso compare [--json | --jsonl] A B

The aligned difference of two texts, word by word, as the compare view shows it. A and B are
files (.txt, .md, .html); one of them may be - for standard input.

Text output marks [-only in A-], {+only in B+}, [~same once normalised~] ("£200m" / "£200 million").
  --json    {"a":{"path","title","text"},"b":{…},"summary":{"same",…},"segments":[{"kind","a":{"start","end"},"b":{…}}]}
  --jsonl   {"type":"document",…} for A and B, one {"type":"segment",…} a line, then {"type":"summary",…}`;

/** Marks with the spaces that end a stretch kept outside them, so "[-word-] next" reads well. */
const mark = (open: string, t: string, close: string): string => {
  const body = t.trimEnd();
  return /\S/.test(body) ? `${open}${body}${close}${t.slice(body.length)}` : t;
};

function marked(segments: readonly Segment[], a: string, b: string): string {
  return segments
    .map((s) => {
      const left = a.slice(s.a.start, s.a.end);
      const right = b.slice(s.b.start, s.b.end);
      if (s.kind === 'same') return right;
      if (s.kind === 'equivalent') return `${mark('[~', left, '~]')}${mark('{~', right, '~}')}`;
      return `${mark('[-', left, '-]')}${mark('{+', right, '+}')}`;
    })
    .join('');
}

const side = (doc: DocumentFile, n: 'a' | 'b') => ({ side: n, path: doc.path, title: doc.title });

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
  const docs: DocumentFile[] = [];
  for (const path of positionals)
    try {
      docs.push(await readDocumentFile(path));
    } catch (error) {
      io.stderr(error instanceof Error ? error.message : `${path}: cannot read the file`);
    }
  const [a, b] = docs;
  if (!a || !b) return EXIT.someFailed;
  const alignment = alignTexts(a.text, b.text);
  const summary = summariseAlignment(alignment);
  const segments = alignment.segments.map((s) => ({
    kind: s.kind,
    a: { start: s.a.start, end: s.a.end },
    b: { start: s.b.start, end: s.b.end },
  }));
  if (values.jsonl) {
    await io.stdout(JSON.stringify({ type: 'document', ...side(a, 'a'), text: a.text }));
    await io.stdout(JSON.stringify({ type: 'document', ...side(b, 'b'), text: b.text }));
    for (const s of segments) await io.stdout(JSON.stringify({ type: 'segment', ...s }));
    await io.stdout(JSON.stringify({ type: 'summary', ...summary }));
  } else if (values.json) {
    await io.stdout(
      JSON.stringify({
        a: { path: a.path, title: a.title, text: a.text },
        b: { path: b.path, title: b.title, text: b.text },
        summary,
        segments,
      }),
    );
  } else {
    await io.stdout(`A  ${a.path}\nB  ${b.path}\n${describeSummary(summary)}\n`);
    await io.stdout(marked(alignment.segments, a.text, b.text));
  }
  return EXIT.ok;
}
