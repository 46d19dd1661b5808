import { decodeBytes } from '../extract/decode-text';

// An XML prolog may name the encoding (`<?xml version="1.0" encoding="ISO-8859-1"?>`).
function prologEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
}

/** The charset a Content-Type header names, if any. */
export function charsetOf(contentType: string): string | undefined {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
}

/** A feed's bytes as text: the header's charset, else the XML prolog's, else UTF-8 / Windows-1252. */
export function feedText(
  bytes: Uint8Array,
  contentType: string,
): { kind: 'ok'; text: string } | { kind: 'failed'; reason: string } {
  const decoded = decodeBytes(bytes, charsetOf(contentType) ?? prologEncoding(bytes));
  if (decoded.kind === 'failed')
    return { kind: 'failed', reason: decoded.reason.replace('The file', 'The feed') };
  return { kind: 'ok', text: decoded.text };
}
