/**
 * The lines of a picked file, decoded as they stream (gunzipped first when the bytes start with
 * gzip's magic number, as Spark's compressed parts do), so no part is ever one big string.
 */
export async function* pickedLines(bytes: Uint8Array): AsyncGenerator<string> {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const stream: ReadableStream<BufferSource> =
    bytes[0] === 0x1f && bytes[1] === 0x8b
      ? blob.stream().pipeThrough(new DecompressionStream('gzip'))
      : blob.stream();
  const reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const lines = (rest + value).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  if (rest !== '') yield rest;
}
