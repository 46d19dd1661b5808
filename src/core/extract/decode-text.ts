import { looksBinary, sniffBinary } from './sniff-binary';
import { mostlyUtf8, utf8Health } from './utf8-health';
import { decodeWindows1252 } from './windows-1252';

/** Decoded text with the encoding that was used, or why the bytes could not be read as text. */
export type Decoded =
  | {
      readonly kind: 'ok';
      readonly text: string;
      readonly encoding: string;
      /** Something the reader should know, in words (bad bytes replaced). */
      readonly warning?: string;
    }
  | { readonly kind: 'failed'; readonly reason: string };

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | undefined {
  if (canonicalLabel(label) === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

// The WHATWG name for a label ("latin1" and "ascii" are Windows-1252), or undefined if unknown.
function canonicalLabel(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function fromBom(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'utf-32be';
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Reads bytes as text: a byte-order mark wins (UTF-8, UTF-16 LE/BE), then an encoding the document
 * declares, then UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what old Western pages
 * and Windows Notepad wrote). Binary files and encodings Verso cannot read fail with a reason.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string): Decoded {
  if (bytes.length === 0) return { kind: 'failed', reason: 'The file is empty.' };
  const binary = sniffBinary(bytes);
  if (binary) return { kind: 'failed', reason: `This is ${binary}, not text.` };
  const bom = fromBom(bytes);
  if (bom === 'utf-32le' || bom === 'utf-32be')
    return {
      kind: 'failed',
      reason: 'The text is in UTF-32, which Verso cannot read; save it as UTF-8.',
    };
  let text: string | undefined;
  let warning: string | undefined;
  let encoding = bom ?? '';
  if (bom) {
    text = decodeWith(bom, bytes, true);
    if (text === undefined)
      return {
        kind: 'failed',
        reason: `The file starts as ${bom.toUpperCase()} but its bytes are not; it may be damaged.`,
      };
  } else {
    if (bytes.includes(0))
      return {
        kind: 'failed',
        reason:
          'Unknown encoding: the file contains NUL bytes (binary data, or UTF-16 without a byte-order mark). Save it as UTF-8.',
      };
    const label = declared?.trim().toLowerCase();
    if (label && !/^utf-?8$/.test(label)) {
      if (!canonicalLabel(label)) {
        text = decodeWith('utf-8', bytes, true);
        if (text === undefined)
          return {
            kind: 'failed',
            reason: `The page declares the encoding "${declared}", which Verso cannot read.`,
          };
        encoding = 'utf-8';
      } else {
        text = decodeWith(label, bytes, false);
        encoding = label;
      }
    } else {
      text = decodeWith('utf-8', bytes, true);
      encoding = 'utf-8';
      if (text === undefined) {
        const health = utf8Health(bytes);
        if (mostlyUtf8(health)) {
          // One bad sequence must not turn a whole UTF-8 text into Windows-1252 mojibake.
          text = decodeWith('utf-8', bytes, false);
          warning = badSequencesWarning(health.invalid);
        } else {
          text = decodeWith('windows-1252', bytes, false);
          encoding = 'windows-1252';
        }
      }
    }
  }
  if (text === undefined) return { kind: 'failed', reason: 'The bytes could not be read as text.' };
  if (looksBinary(text))
    return {
      kind: 'failed',
      reason: 'This looks like a binary file, not text (too many control characters).',
    };
  const clean = text.replace(/^\uFEFF/, '');
  return warning
    ? { kind: 'ok', text: clean, encoding, warning }
    : { kind: 'ok', text: clean, encoding };
}

function badSequencesWarning(count: number): string {
  const where = count === 1 ? 'One place' : `${count} places`;
  return `${where} in the file ${count === 1 ? 'is' : 'are'} not valid UTF-8 (a damaged or cut character), shown as “\ufffd”.`;
}
