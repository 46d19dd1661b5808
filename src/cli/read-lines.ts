import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

/**
 * The lines of a file, streamed (never the whole file in memory), gunzipped on the way when
 * the name ends in .gz, as Spark writes compressed parts. A damaged file rejects the iteration.
 */
export function readLines(path: string): AsyncIterable<string> {
  const file = createReadStream(path);
  const input = path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  if (input !== file) file.on('error', (error) => input.destroy(error));
  return createInterface({ input, crlfDelay: Infinity });
}
