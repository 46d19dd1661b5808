import { alignEcho } from '../core/diff/align-texts';
import { describeSummary, summariseAlignment } from '../core/diff/summarise-alignment';
import { alignToRepresentative, representativeEcho } from '../core/diff/align-cluster';
import type { Cluster, Echo, Segment, Span } from '../core/model';
import { parseInstant, undated } from '../core/extract/parse-instant';
import { countPublishers } from '../core/sources/publisher';
import { firstPrinters, statesTimeOfDay } from '../core/sources/first-printers';
import { shownSpan } from '../core/text/shown-span';

/** A document as the report needs it. */
export interface ReportDoc {
  readonly id: string;
  readonly path: string;
  readonly text: string;
  /** The publication date the file gives (ISO), and its site: who printed a passage first. */
  readonly published?: string;
  readonly site?: string;
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
    wrap(marked(alignment.segments, a.text, 'a', echo.a), '     '),
    `  B  ${b.path} [${echo.b.start}–${echo.b.end})`,
    wrap(marked(alignment.segments, b.text, 'b', echo.b), '     '),
  ].join('\n');
}

/**
 * A readable report of one cluster: a pair prints as an echo (both passages, differences marked);
 * a larger cluster prints its representative, then each copy with its differences from it.
 */
export function formatCluster(
  n: number,
  cluster: Cluster,
  docs: ReadonlyMap<string, ReportDoc>,
): string {
  const docOf = (id: string): ReportDoc => {
    const doc = docs.get(id);
    if (!doc) throw new Error(`cluster ${n} names a document that was not read`);
    return doc;
  };
  const others = cluster.passages.map((_, i) => i).filter((i) => i !== cluster.representative);
  if (others.length === 1) {
    const other = others[0] ?? 0;
    const echo = representativeEcho(cluster, other);
    // Earlier first: within a file the earlier passage, across files the first printing (as a
    // larger cluster's F line). A pair centred on a later reprint read its added word as one the
    // original had deleted, under a "first:" line naming the original.
    const swap =
      echo.a.doc === echo.b.doc
        ? echo.a.start > echo.b.start
        : firstPrinting(cluster, docOf) === other;
    return withOrigin(
      formatEcho(n, swap ? { ...echo, a: echo.b, b: echo.a } : echo, docs).replace(
        /^Echo/,
        'Cluster',
      ),
      originLine(cluster, docOf),
      versionsLine(cluster),
      boilerplateLine(cluster, docOf),
    );
  }
  // The first printing's words stand for the cluster, as in the app's cluster list and view
  // (h23c): the engine's representative is often an edited later copy, and a reader marking
  // "only in A" against it read a reprint's edits as the original's. Without a dated copy, the
  // representative.
  const standing = firstPrinting(cluster, docOf) ?? cluster.representative;
  const head = cluster.passages[standing];
  if (!head) throw new Error(`cluster ${n} has no representative`);
  const byFirst = standing !== cluster.representative;
  const files = [...new Set(cluster.passages.map((p) => p.doc))];
  const lines = [
    `Cluster ${n} · ${cluster.size} copies in ${files.length} file${files.length === 1 ? '' : 's'}${fromSources(files.map(docOf))} · similarity ${cluster.similarity.toFixed(2)}`,
    byFirst
      ? `  F  ${docOf(head.doc).path} [${head.start}–${head.end})  (first printing; each copy marked against it)`
      : `  R  ${docOf(head.doc).path} [${head.start}–${head.end})  (representative)`,
    wrap(marked([], docOf(head.doc).text, 'a', head), '     '),
  ];
  const against = { ...cluster, representative: standing };
  for (const [i, p] of cluster.passages.entries()) {
    if (i === standing) continue;
    const alignment = alignToRepresentative(against, i, (id) => docOf(id).text);
    const summary = describeSummary(summariseAlignment(alignment));
    // The engine's similarity is to its representative: said only when that is the head.
    const similarity = byFirst ? '' : ` · similarity ${p.similarity.toFixed(2)}`;
    lines.push(
      `  ${i + 1}  ${docOf(p.doc).path} [${p.start}–${p.end})${similarity} · ${summary}`,
      wrap(marked(alignment.segments, docOf(p.doc).text, 'b', p), '     '),
    );
  }
  return withOrigin(
    lines.join('\n'),
    originLine(cluster, docOf),
    versionsLine(cluster),
    boilerplateLine(cluster, docOf),
  );
}

// " from 3 sources", counted as the app counts them (publishers: "Daily Ledger" and
// dailyledger.example are one), when any file names one: files alone do not say how many papers
// printed a wire story. A file naming no source is said as one of unknown source, as the app's
// cluster rows say it ("from 1 source and 2 files of unknown source"), not counted as a paper.
function fromSources(docs: readonly ReportDoc[]): string {
  const named = docs.flatMap((d) => (d.site ? [d.site] : []));
  if (named.length === 0) return '';
  const sources = countPublishers(named);
  const unnamed = docs.length - named.length;
  const unknown =
    unnamed === 0 ? '' : ` and ${unnamed} file${unnamed === 1 ? '' : 's'} of unknown source`;
  return ` from ${sources} source${sources === 1 ? '' : 's'}${unknown}`;
}

// Files of one story (one address, or one publisher and headline: core's version rule, as the
// app links them) repeat each other because one is an edit of the other: said as the app says it.
function versionsLine(cluster: Cluster): string | undefined {
  if (cluster.kind !== 'version') return undefined;
  return '  versions: every copy is a version of one story (its edits, not reuse)';
}

// A passage every copy of which one source printed in several articles (a footer, a newsletter
// box) is that site's furniture: the app hides such clusters and never counts them as reuse.
function boilerplateLine(cluster: Cluster, docOf: (id: string) => ReportDoc): string | undefined {
  const first = cluster.passages[0];
  if (!cluster.boilerplate || !first) return undefined;
  return `  boilerplate: every copy is from ${docOf(first.doc).site ?? 'one source'} (its furniture, not reuse)`;
}

/** Tied first printers named on the "first:" line itself; more get a line each under it. */
const tiedOnOneLine = 3;

/** True when the file's date was read as a moment: only such dates order the copies. */
const dateRead = (doc: ReportDoc): boolean =>
  doc.published !== undefined && parseInstant(doc.published) !== undated;

/**
 * "first: FILE · SITE · DATE", the cluster's origin, when its copy is dated: a cluster's passages
 * are in date order, so that is the earliest of the dated copies. Several publishers dated on
 * that day (UTC) are all named, "first: A · SITE · DATE and B · SITE · DATE (tied on DAY, …)", or
 * past three "first: N files tied on DAY UTC (…):" and a line for each:
 * the one rule the app follows (core/sources/first-printers.ts). Without a date the first copy
 * is only the first file named, which says nothing of who printed it first: no line then. A date
 * in a form not read ("01/03/2026") orders nothing, so it neither makes an origin nor counts
 * as dated; the line says how many such copies there are, since one of them may be earlier. A
 * cluster within one file has no line: its file is the only one that printed it.
 */
function originLine(cluster: Cluster, docOf: (id: string) => ReportDoc): string | undefined {
  const origin = cluster.passages[cluster.origin];
  if (!origin) return undefined;
  const doc = docOf(origin.doc);
  if (!dateRead(doc)) return undefined;
  const docs = [...new Set(cluster.passages.map((p) => p.doc))].map(docOf);
  // Every copy in one file: there is no one else who could have printed it first.
  if (docs.length < 2) return undefined;
  const datedDocs = docs.filter(dateRead);
  const dated = datedDocs.length;
  const unread = docs.filter((d) => d.published && !dateRead(d)).length;
  const others =
    unread === 0
      ? ''
      : `; ${unread} more ${unread === 1 ? 'gives a date' : 'give dates'} that could not be read`;
  const earliest = `the earliest of ${dated} dated ${dated === 1 ? 'file' : 'files'}${others}`;
  const found = firstPrinters(datedDocs, (d) => printedWhen(d, true));
  const named = (d: ReportDoc): string =>
    `${d.path}${d.site ? ` · ${d.site}` : ''} · ${d.published}`;
  const [one] = found?.first ?? [];
  if (!found || !one) return undefined;
  if (found.first.length < 2) return `  first: ${named(one)} (${earliest})`;
  const day = new Date(found.at).toISOString().slice(0, 10);
  // The earliest stated time tied with files giving the day alone: say why they tie.
  const dateOnly = found.timed.filter((t) => !t).length;
  const tie =
    found.time === undefined || dateOnly === 0
      ? `tied on ${day} UTC`
      : `tied on ${day} UTC, as ${dateOnly.toLocaleString('en')} ${dateOnly === 1 ? 'gives' : 'give'} the day without a time`;
  if (found.first.length <= tiedOnOneLine)
    return `  first: ${found.first.map(named).join(' and ')} (${tie}, ${earliest})`;
  // Many papers printing a wire story on one day: every one named, a line each, not one line
  // of a thousand names.
  const count = found.first.length.toLocaleString('en');
  const list = found.first.map((d) => `    ${named(d)}`).join('\n');
  return `  first: ${count} files ${tie} (${earliest}):\n${list}`;
}

// A file's date as the rule weighs it: a date not read orders nothing (NaN, or left out by the
// origin line), and only a time written in the file orders it within its day.
function printedWhen(doc: ReportDoc, read: boolean) {
  const at = read || dateRead(doc) ? parseInstant(doc.published ?? '') : NaN;
  return { at, source: doc.site ?? '', doc: doc.id, timed: statesTimeOfDay(at) };
}

// The passage of the cluster's first printing by the one rule (core's firstPrinters, the dates
// the files give, as the origin line reads them); undefined when no copy is dated.
function firstPrinting(cluster: Cluster, docOf: (id: string) => ReportDoc): number | undefined {
  const found = firstPrinters([...cluster.passages.keys()], (i) =>
    printedWhen(docOf(cluster.passages[i]?.doc ?? ''), false),
  );
  return found?.first[0];
}

// The report with the origin's line (and the boilerplate one) under its heading.
function withOrigin(report: string, ...notes: (string | undefined)[]): string {
  const lines = notes.filter((line): line is string => !!line);
  if (lines.length === 0) return report;
  const line = lines.join('\n');
  const end = report.indexOf('\n');
  return end < 0 ? `${report}\n${line}` : `${report.slice(0, end)}\n${line}${report.slice(end)}`;
}

/**
 * A passage's words with its differences marked (`segments`; none: its words as they are),
 * widened as the app shows passages (core/text/shown-span.ts): to whole words in Thai, Chinese,
 * Japanese and the other scripts written without spaces, where the engine cuts at letters, and
 * to the quote marks that belong to it. The offsets printed beside it stay the engine's, as in
 * the JSON.
 */
function marked(segments: readonly Segment[], text: string, side: 'a' | 'b', span: Span): string {
  const shown = shownSpan(text, span);
  const words =
    segments.length === 0 ? text.slice(span.start, span.end) : markedSegments(segments, text, side);
  return `${text.slice(shown.start, span.start)}${words}${text.slice(span.end, shown.end)}`
    .replace(/\s+/g, ' ')
    .trim();
}

function markedSegments(segments: readonly Segment[], text: string, side: 'a' | 'b'): string {
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
    .join('');
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
