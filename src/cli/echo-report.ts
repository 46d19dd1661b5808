import { alignEcho } from '../core/diff/align-texts';
import { describeSummary, summariseAlignment } from '../core/diff/summarise-alignment';
import type { Echo, Segment } from '../core/model';

/** A document as the report needs it. */
export interface ReportDoc {
  readonly id: string;
  readonly path: string;
  readonly text: string;
}

const WIDTH = 96;

/** How the report marks differences (printed once at the top). */
export const LEGEND = 'marks: [-only in A-] {+only in B+} [~same once normalised~]';

/** A readable report of one echo: where its passages are, and both texts with differences marked. */
export function formatEcho(n: number, echo: Echo, docs: ReadonlyMap<string, ReportDoc>): string {
  const a = docs.get(echo.a.doc);
  const b = docs.get(echo.b.doc);
  if (!a || !b) throw new Error(`echo ${n} names a document that was not read`);
  const alignment = alignEcho(echo, a.text, b.text);
  const where = echo.kind === 'within' ? `within ${a.path}` : `${a.path} ↔ ${b.path}`;
  const head = `Echo ${n} · ${where} · similarity ${echo.similarity.toFixed(2)} · ${describeSummary(summariseAlignment(alignment))}`;
  return [
    head,
    `  A  ${a.path} [${echo.a.start}–${echo.a.end})`,
    wrap(marked(alignment.segments, a.text, 'a'), '     '),
    `  B  ${b.path} [${echo.b.start}–${echo.b.end})`,
    wrap(marked(alignment.segments, b.text, 'b'), '     '),
  ].join('\n');
}

function marked(segments: readonly Segment[], text: string, side: 'a' | 'b'): string {
  return segments
    .map((s) => {
      const span = s[side];
      const t = text.slice(span.start, span.end);
      if (t === '') return '';
      const [body, pad] = splitTrailingSpace(t);
      if (s.kind === 'same') return t;
      if (s.kind === 'equivalent') return /\S/.test(body) ? `[~${body}~]${pad}` : t;
      return side === 'a' ? `[-${body}-]${pad}` : `{+${body}+}${pad}`;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitTrailingSpace(t: string): [string, string] {
  const body = t.trimEnd();
  return [body, t.slice(body.length)];
}

function wrap(line: string, indent: string): string {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && indent.length + current.length + 1 + word.length > WIDTH) {
      out.push(indent + current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  if (current !== '') out.push(indent + current);
  return out.join('\n');
}
