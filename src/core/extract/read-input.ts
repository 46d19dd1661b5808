import { decodeBytes } from './decode-text';
import { declaredCharset } from './html-metadata';
import { maxArticleBytes } from './limits';
import type { SourceFormat, ExtractOutcome } from './types';

/** Bytes that passed the input check, decoded, with the format to read them as. */
export type CheckedInput =
  | {
      readonly kind: 'ok';
      readonly format: SourceFormat;
      readonly text: string;
      /** Read, but with something the person should know (bad bytes replaced). */
      readonly warning?: string;
      /** The encoding the bytes were read with. */
      readonly encoding: string;
      /** True when the encoding was a guess the detector doubted. */
      readonly assumed?: boolean;
    }
  | { readonly kind: 'failed'; readonly reason: string };

const byExtension: Record<string, SourceFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

/** The format a file name or a content type says, or undefined when Verso does not read it. */
export function formatOf(name: string, contentType = ''): SourceFormat | undefined {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown') return 'md';
  if (type === 'text/plain') return 'txt';
  const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return byExtension[extension];
}

/** A byte count in words, e.g. "50.0 MB". */
export function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** The refusal of an input of `size` bytes, or undefined when it is within the limit. */
export function sizeRefusal(size: number): string | undefined {
  return size > maxArticleBytes
    ? `It is ${megabytes(size)}; Verso imports articles up to ${megabytes(maxArticleBytes)}.`
    : undefined;
}

/**
 * The one input check every way in uses (the app's import, the CLI's `extract` and `echoes`):
 * a format Verso reads, within the size limit, and text rather than binary (PNG/PDF/ZIP renamed
 * .txt, UTF-32, NUL bytes are refused), decoded as the archive decodes. Cheap and free of
 * Readability, so the CLI's text path does not load it.
 */
export function readInput(input: {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly contentType?: string;
  /** The size on disk when a host refused to read the bytes (they are then empty). */
  readonly size?: number;
}): CheckedInput {
  const format = formatOf(input.name, input.contentType);
  if (!format) {
    const shown = input.contentType || /\.[^./\\]+$/.exec(input.name)?.[0];
    return {
      kind: 'failed',
      reason: shown
        ? `Verso imports .txt, .md and .html files, not ${shown}.`
        : 'Verso imports .txt, .md and .html files; this one has no extension.',
    };
  }
  const tooBig = sizeRefusal(input.size ?? input.bytes.length);
  if (tooBig) return { kind: 'failed', reason: tooBig };
  const decoded = decodeBytes(
    input.bytes,
    format === 'html' ? declaredCharset(input.bytes) : undefined,
  );
  if (decoded.kind === 'failed') return decoded;
  return {
    kind: 'ok',
    format,
    text: decoded.text,
    encoding: decoded.encoding,
    ...(decoded.warning ? { warning: decoded.warning } : {}),
    ...(decoded.assumed ? { assumed: true } : {}),
  };
}

/** An encoding's name as people write it ("Windows-1251", "Shift_JIS", "UTF-8"). */
export function encodingName(label: string): string {
  const known: Record<string, string> = {
    'utf-8': 'UTF-8',
    'utf-16le': 'UTF-16 LE',
    'utf-16be': 'UTF-16 BE',
    shift_jis: 'Shift_JIS',
    'euc-jp': 'EUC-JP',
    'iso-2022-jp': 'ISO-2022-JP',
    gbk: 'GBK',
    gb18030: 'GB18030',
    big5: 'Big5',
    'euc-kr': 'EUC-KR',
    'koi8-r': 'KOI8-R',
    'koi8-u': 'KOI8-U',
  };
  return known[label] ?? label.replace(/^windows/, 'Windows').replace(/^iso/, 'ISO');
}

/**
 * An extraction of checked input, with what the check found to tell: bad bytes replaced, an
 * encoding assumed (and which, so the person can re-read it in another).
 */
export function withInputNotes(
  outcome: ExtractOutcome,
  checked: Extract<CheckedInput, { kind: 'ok' }>,
): ExtractOutcome {
  if (outcome.kind !== 'ok') return outcome;
  const assumed = checked.assumed === true;
  const warning = [
    checked.warning,
    assumed &&
      `It does not say its encoding; Verso assumed ${encodingName(checked.encoding)}. If the text looks wrong, open it and choose another encoding.`,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    ...outcome,
    ...(warning ? { warning } : {}),
    decoding: { encoding: checked.encoding, assumed },
  };
}
