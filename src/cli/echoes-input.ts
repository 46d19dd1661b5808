import type { ArchiveClusters } from '../core/echoes/clusters/archive-clusters';
import { tokeniseShared } from '../core/text/tokenise';
import { keptTokensWasm, tokeniseUtf8Wasm, winnowWasm } from '../core/text/tokenise-wasm';
import { GRAM_TERMS, WINNOW_WINDOW } from '../core/echoes/fingerprint';
import type { CommandIo } from './command-io';
import type { LineBytes } from './line-bytes';
import {
  type DocumentFile,
  checkReadable,
  decodeTextFile,
  extensionOf,
  isHtml,
  isMarkdown,
  readBytes,
  readDocumentFile,
  readMarkdownDocument,
  readTextFile,
} from './read-document';
import { likelyPlainUtf8 } from './read-text-file';
import { titleOfUtf8 } from './text-title';
import { writeDocument } from './document-line';
import { textHeaderOfUtf8, withTextHeader } from './text-date';
import { sourceOf } from '../core/sources/source-of';
import { VersionIndex } from '../core/versions/version-rule';
import { headerStory, metaOf, storyOf } from './echoes-doc-meta';
import { urlKeyOf } from '../core/extract/normalise-url';
import { InputFiles, sameFileNote } from './file-times';

/** Files read between two fingerprinting rounds. */
const BATCH = 256;

/** A document read: what the output names it by, and its text when it is kept. */
export interface ReadDoc {
  readonly id: string;
  readonly path: string;
  readonly title: string;
  readonly text: string | undefined;
  /** The publication date and site the file gives (pages and Markdown), for the report. */
  readonly published?: string;
  readonly site?: string;
}

/** What readEchoesInput needs: where documents go, how they are written, what is kept. */
export interface EchoesInput {
  readonly archive: ArchiveClusters;
  /** The documents' JSON lines are built here (none for the plain report). */
  readonly out: LineBytes | undefined;
  readonly jsonl: boolean;
  /** Keep every document's text (the plain report quotes passages from all of them). */
  readonly keepAll: boolean;
  readonly io: CommandIo;
  /** Hand on a chunk of output lines. */
  readonly emit: (chunk: Uint8Array) => Promise<void>;
  /** Book the fingerprinting apart from the reading (phaseClock.time). */
  readonly time: <T>(name: string, work: () => T) => T;
}

/** One path of a batch: a failure, a document already decoded, or plain UTF-8 bytes in the arena. */
interface Entry {
  readonly path: string;
  error?: string;
  /** Passed over, not failed: the file was already read under another path. */
  note?: string;
  doc?: DocumentFile;
  from: number;
  to: number;
  id?: string;
  /** Where its escape positions (tokeniseUtf8's) are in the batch's escape array. */
  escapesFrom: number;
  escapesTo: number;
  /** What a plain file's header lines name (its bytes start after them): date, source, title. */
  published?: string;
  site?: string;
  title?: string;
  /** A `URL:` header line's address once normalised: texts naming one address are versions. */
  urlKey?: string;
  /** The file's modified time (epoch ms): its date when it gives none, as in the app. */
  modifiedAt?: number;
}

/** The escape positions of a batch's plain files, one after another. */
class BatchEscapes {
  all = new Uint32Array(1 << 16);
  used = 0;

  /** Keep one file's positions after those kept so far. */
  keep(entry: Entry, escapes: Uint32Array): void {
    if (this.used + escapes.length > this.all.length) {
      const grown = new Uint32Array(Math.max(2 * this.all.length, this.used + escapes.length));
      grown.set(this.all.subarray(0, this.used));
      this.all = grown;
    }
    this.all.set(escapes, this.used);
    entry.escapesFrom = this.used;
    this.used += escapes.length;
    entry.escapesTo = this.used;
  }
}

const decoder = new TextDecoder();

/**
 * Read the files for `echoes` a batch at a time, add each to the archive and write its JSON.
 * A plain UTF-8 text file (nearly all) is never made into a string: its bytes are copied into
 * one arena, tokenised from there (tokeniseUtf8) and escaped into the JSON from there; only its
 * first lines are decoded, for its title. Anything else — HTML, standard input, another encoding,
 * control characters — is decoded as before. Failures and "no words" notes go to stderr in file
 * order; returns the documents and the number of files that could not be read.
 */
export async function readEchoesInput(
  paths: readonly string[],
  input: EchoesInput,
): Promise<{ docs: ReadDoc[]; failures: number }> {
  const docs: ReadDoc[] = [];
  let failures = 0;
  let arena = new Uint8Array(1 << 20);
  let used = 0;
  let batch: Entry[] = [];
  const escapes = new BatchEscapes();
  // Which files are versions of one story, by the app's rule: their shared passages are then a
  // story's edits, not one site's boilerplate (the CLI said so of an edited page's two copies).
  const versions = new VersionIndex();
  const files = new InputFiles();
  const flush = async (): Promise<void> => {
    input.time('fingerprint', () => {
      let next = docs.length + 1;
      for (const entry of batch)
        if (fingerprint(entry, arena, input.archive, `doc${next}`, escapes, versions)) next++;
    });
    for (const entry of batch) {
      if (entry.note !== undefined) {
        input.io.stderr(entry.note);
        continue;
      }
      if (entry.error !== undefined || entry.id === undefined) {
        failures++;
        input.io.stderr(entry.error ?? `${entry.path}: cannot read the file`);
        continue;
      }
      const bytes = entry.doc ? undefined : arena.subarray(entry.from, entry.to);
      const doc = entry.doc ?? {
        path: entry.path,
        title: entry.title ?? titleOfUtf8(entry.path, bytes ?? arena, extensionOf(entry.path)),
        text: '',
        ...(entry.published ? { published: entry.published } : {}),
        ...(entry.site ? { site: entry.site } : {}),
      };
      if (input.out) {
        const quoted = bytes && escapes.all.subarray(entry.escapesFrom, entry.escapesTo);
        writeDocument(input.out, input.jsonl, docs.length > 0, entry.id, doc, bytes, quoted);
        // Most documents only add to the chunk: no await for them.
        const chunk = input.out.take();
        if (chunk) await input.emit(chunk);
      }
      if (!(bytes ? hasWordBytes(bytes) : hasWord(doc.text)))
        input.io.stderr(`${doc.path}: no words in it, so nothing to compare`);
      // Texts of HTML, Markdown (an article taken out of the file) and standard input cannot be
      // read again; a text file's is, if a cluster reaches it.
      const keep =
        input.keepAll || entry.path === '-' || isHtml(entry.path) || isMarkdown(entry.path);
      const text = entry.doc?.text ?? (keep && bytes ? decoder.decode(bytes) : undefined);
      docs.push({
        id: entry.id,
        path: entry.path,
        title: doc.title,
        text: keep ? text : undefined,
        ...(doc.published ? { published: doc.published } : {}),
        ...(doc.site ? { site: doc.site } : {}),
      });
    }
    batch = [];
    used = 0;
    escapes.used = 0;
  };
  for (const [n, path] of paths.entries()) {
    if (n % 500 === 0)
      input.io.progress?.(
        `echoes: read ${n.toLocaleString('en')} of ${paths.length.toLocaleString('en')} files`,
      );
    const entry: Entry = { path, from: 0, to: 0, escapesFrom: 0, escapesTo: 0 };
    try {
      checkReadable(path);
      const { modifiedAt, sameAs } = files.look(path);
      if (modifiedAt !== undefined) entry.modifiedAt = modifiedAt;
      if (sameAs !== undefined) entry.note = sameFileNote(path, sameAs);
      else if (isHtml(path)) entry.doc = await readDocumentFile(path);
      else if (isMarkdown(path)) entry.doc = await readMarkdownDocument(path);
      else if (path === '-') entry.doc = withTextHeader(readTextFile(path));
      else {
        const file = readBytes(path);
        if (!likelyPlainUtf8(file)) entry.doc = withTextHeader(decodeTextFile(path, file));
        else {
          // Header lines name the article's date and source, as the app's import and `verso
          // extract` read them; kept in the text they left the file undated and sourceless, so a
          // later copy was the origin and one paper's reprints were not told from its boilerplate.
          const lead = textHeaderOfUtf8(file);
          const bytes = lead ? file.subarray(lead.skip) : file;
          if (lead?.header.date) entry.published = lead.header.date;
          if (lead) entry.site = sourceOf(lead.header.source, lead.header.url) || undefined;
          if (lead?.header.title) entry.title = lead.header.title;
          const urlKey = lead?.header.url ? urlKeyOf(lead.header.url) : '';
          if (urlKey) entry.urlKey = urlKey;
          if (used + bytes.length > arena.length) {
            const grown = new Uint8Array(Math.max(2 * arena.length, used + bytes.length));
            grown.set(arena.subarray(0, used));
            arena = grown;
          }
          arena.set(bytes, used);
          entry.from = used;
          used += bytes.length;
          entry.to = used;
        }
      }
    } catch (error) {
      entry.error = error instanceof Error ? error.message : `${path}: cannot read the file`;
    }
    batch.push(entry);
    if (batch.length === BATCH) await flush();
  }
  await flush();
  return { docs, failures };
}

// Tokenise one entry into the archive as document `id`; false when it could not be read (a plain
// file with control characters after all is decoded and checked as any other file).
function fingerprint(
  entry: Entry,
  arena: Uint8Array,
  archive: ArchiveClusters,
  id: string,
  escapes: BatchEscapes,
  versions: VersionIndex,
): boolean {
  if (entry.error !== undefined || entry.note !== undefined) return false;
  if (!entry.doc) {
    const bytes = arena.subarray(entry.from, entry.to);
    // Tokens made in WebAssembly stay there: winnowed, and their spans packed, where they are.
    const read = tokeniseUtf8Wasm(bytes, bytes.length, undefined, false);
    if (!read.controls) {
      escapes.keep(entry, read.escapes);
      // A header naming the address, or the paper and the headline, makes it a version by the
      // app's rule too.
      const story = headerStory(entry, id, versions);
      const meta = metaOf(entry, story);
      if (!read.inWasm) archive.addTokens(id, read.tokens, read.length, meta);
      else {
        const marks = winnowWasm(GRAM_TERMS, WINNOW_WINDOW);
        archive.addKept(id, keptTokensWasm(), read.length, marks, meta);
      }
      entry.id = id;
      return true;
    }
    try {
      const decoded = decodeTextFile(entry.path, bytes);
      entry.doc = {
        ...decoded,
        ...(entry.title ? { title: entry.title, titleDerived: false } : {}),
        ...(entry.published ? { published: entry.published } : {}),
        ...(entry.site ? { site: entry.site } : {}),
        ...(entry.urlKey ? { urlKey: entry.urlKey } : {}),
      };
    } catch (error) {
      entry.error = error instanceof Error ? error.message : `${entry.path}: cannot read the file`;
      return false;
    }
  }
  const meta = metaOf(
    { ...entry.doc, modifiedAt: entry.modifiedAt },
    storyOf(entry.doc, id, versions),
  );
  archive.addTokens(id, tokeniseShared(entry.doc.text), entry.doc.text.length, meta);
  entry.id = id;
  return true;
}

/** True when the text has a letter or digit in it. */
function hasWord(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

// hasWord of a valid UTF-8 text: an ASCII letter or digit says so at once (nearly every text,
// within its first bytes); only a text without one is decoded to look further.
function hasWordBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (((b | 32) >= 97 && (b | 32) <= 122) || (b >= 48 && b <= 57)) return true;
  }
  return hasWord(decoder.decode(bytes));
}
