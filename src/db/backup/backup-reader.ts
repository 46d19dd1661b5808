import {
  isStreamedBackupStart,
  sectionNames,
  type BackupCounts,
  type SectionName,
  zeroCounts,
} from './backup-layout';

/** A row of a streamed backup as read: its table, its number there (from 1), its value unchecked. */
export interface BackupRow {
  readonly section: SectionName;
  readonly index: number;
  readonly value: unknown;
}

/** A backup that is cut short or damaged; the message says so in words, and how far it got. */
export class BackupDamage extends Error {}

/** A file read as a stream of bytes, afresh each time (a Blob, or the desktop's chunked file). */
export interface ByteSource {
  stream(): ReadableStream<Uint8Array<ArrayBuffer>>;
}

/** A backup file opened for reading: a streamed one (format 4), or an older one-line text whole. */
export type OpenedBackup =
  | { readonly kind: 'streamed'; readonly rows: () => AsyncGenerator<BackupRow, BackupCounts> }
  | { readonly kind: 'whole'; readonly text: string };

// A line longer than this is no row Verso wrote (an article is at most 10 MB of text and HTML).
const maxLineChars = 256 * 1024 * 1024;

/**
 * The text's lines, without their line breaks. Pieces of a long line are kept in a list and
 * joined once its break arrives: adding each piece to one string and searching it again would
 * cost the square of a 20 MB article's length.
 */
async function* linesOf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let parts: string[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    let from = 0;
    for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', from)) {
      parts.push(chunk.slice(from, at));
      yield parts.join('');
      parts = [];
      size = 0;
      from = at + 1;
    }
    if (from < chunk.length) {
      parts.push(chunk.slice(from));
      size += chunk.length - from;
      if (size > maxLineChars)
        throw new BackupDamage('This file has a line too long to be a row of a Verso backup.');
    }
  }
  // Every line Verso writes ends with a line break, the last one too: a file whose last line
  // has none was cut short there, and that broken line is not read as a row.
  if (parts.join('').trim() !== '') yield cutMark;
}

/** Stands for the broken last line of a file cut short (no line is ever this, a lone NUL). */
const cutMark = '\u0000';

// The reader's pieces; a reading stopped early (a restore's second reading ends with the
// articles) lets go of the file.
async function* chunksOf(reader: ReadableStreamDefaultReader<string>): AsyncGenerator<string> {
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel();
  }
}

const sectionWords: Record<SectionName, string> = {
  articles: 'articles',
  stories: 'stories',
  tags: 'tags',
  annotations: 'highlights',
  subscriptions: 'sources',
  watchedPages: 'watched pages',
};

/** Where the reading stopped, in words: "after article 3,001", "in its tags, after all 12 articles". */
function howFar(section: SectionName | undefined, articles: number): string {
  if (section === undefined) return 'before its first article';
  if (section === 'articles')
    return articles === 0
      ? 'in its first article'
      : `after article ${articles.toLocaleString('en')}`;
  if (articles === 0) return `in its ${sectionWords[section]}, with no articles before`;
  return `in its ${sectionWords[section]}, after all ${articles.toLocaleString('en')} articles`;
}

/**
 * The rows of a streamed backup, line by line, in the order written (see backup-layout.ts);
 * returns the closing counts. Throws BackupDamage, saying how far it got, when the file ends
 * before its counts (cut short), a line is not what the layout puts there, or the counts differ
 * from the rows read.
 */
async function* streamedRows(
  lines: AsyncGenerator<string>,
): AsyncGenerator<BackupRow, BackupCounts> {
  try {
    return yield* rowsOf(lines);
  } finally {
    // Stopped early or not, the file is let go of.
    await lines.return(undefined);
  }
}

async function* rowsOf(lines: AsyncGenerator<string>): AsyncGenerator<BackupRow, BackupCounts> {
  const read = zeroCounts();
  let lineNo = 0;
  let section: SectionName | undefined;
  const damaged = (what: string): BackupDamage =>
    new BackupDamage(
      `This Verso backup is damaged at line ${lineNo.toLocaleString('en')} (${what}, ${howFar(section, read.articles)}).`,
    );
  const next = async (): Promise<string> => {
    const { done, value } = await lines.next();
    if (done || value === cutMark)
      throw new BackupDamage(
        `This Verso backup is cut short: it breaks off ${howFar(section, read.articles)}, before its end. Use a complete copy of it.`,
      );
    lineNo++;
    return value;
  };
  await next(); // The header, already recognised by its first characters.
  for (const name of sectionNames) {
    if ((await next()) !== `${JSON.stringify(name)}:[`)
      throw damaged(`where its ${name} should begin`);
    section = name;
    for (let line = await next(); line !== '],'; line = await next()) {
      let value: unknown;
      try {
        value = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
      } catch {
        throw damaged(`a row of its ${sectionWords[name]} that is not JSON`);
      }
      read[name]++;
      yield { section: name, index: read[name], value };
    }
  }
  const end = await next();
  let counts: unknown;
  try {
    counts = end.startsWith('"counts":')
      ? (JSON.parse(`{${end}`) as { counts: unknown }).counts
      : undefined;
  } catch {
    counts = undefined;
  }
  if (typeof counts !== 'object' || counts === null)
    throw damaged('where its closing counts should be');
  for (const name of sectionNames) {
    const said = (counts as Record<string, unknown>)[name];
    if (said !== read[name])
      throw new BackupDamage(
        `This Verso backup is damaged: it says it holds ${String(said)} ${sectionWords[name]} but has ${read[name]}.`,
      );
  }
  for (;;) {
    const { done, value } = await lines.next();
    if (done) break;
    if (value.trim() !== '') throw damaged('after its closing counts');
  }
  return read;
}

/**
 * Opens a backup file as a stream, telling the layout from its first characters: a streamed
 * backup (format 4) is read row by row, each time `rows` is called (a restore reads it twice:
 * once to check it whole, once to write); an older backup (formats 1–3, one JSON text on one
 * line, never larger than a string can be) is read whole.
 */
export async function openBackup(file: ByteSource): Promise<OpenedBackup> {
  const reader = file.stream().pipeThrough(new TextDecoderStream()).getReader();
  let start = '';
  // The header is its own first line, well under 256 characters.
  while (start.length < 256 && !start.includes('\n')) {
    const { done, value } = await reader.read();
    if (done) break;
    start += value;
  }
  if (isStreamedBackupStart(start)) {
    await reader.cancel();
    return {
      kind: 'streamed',
      rows: () =>
        streamedRows(
          linesOf(chunksOf(file.stream().pipeThrough(new TextDecoderStream()).getReader())),
        ),
    };
  }
  const parts = [start];
  for await (const chunk of chunksOf(reader)) parts.push(chunk);
  return { kind: 'whole', text: parts.join('') };
}
