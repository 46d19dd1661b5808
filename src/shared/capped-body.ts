/** The largest page a host fetches; larger ones are refused (no news page comes near it). */
export const maxFetchBytes = 32 * 1024 * 1024;

/** The part of a fetch Response that reading a body needs (DOM's and Electron's net both fit). */
export interface BodySource {
  readonly headers: { get(name: string): string | null };
  readonly body: ReadableStream<Uint8Array> | null;
}

/** A body read whole, or refused because it passed the limit. */
export type CappedBody =
  | { readonly kind: 'ok'; readonly bytes: Uint8Array }
  | { readonly kind: 'too-large'; readonly limit: number };

/**
 * Reads a response body, stopping as soon as it passes `limit` bytes: a declared Content-Length
 * over the limit is refused before reading, and a body without one (or lying about it) is read as
 * a stream and cancelled at the limit, so a hostile server cannot make the host buffer gigabytes.
 */
export async function readCappedBody(
  response: BodySource,
  limit = maxFetchBytes,
): Promise<CappedBody> {
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    return { kind: 'too-large', limit };
  }
  if (!response.body) return { kind: 'ok', bytes: new Uint8Array() };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { kind: 'too-large', limit };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { kind: 'ok', bytes };
}

/** The refusal in words, for a fetch result. */
export function tooLargeReason(limit: number): string {
  return `The page is larger than ${Math.round(limit / 1024 / 1024)} MB, so it was not downloaded.`;
}
