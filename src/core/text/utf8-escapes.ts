// Where tokeniseUtf8 (tokenise-utf8.ts) notes the bytes a JSON string must escape: one array
// shared by every call, so a file's positions cost no allocation once it has grown.

let escapeScratch: Uint32Array = new Uint32Array(1024);

/** The shared escape array as it stands (its contents are the last call's until overwritten). */
export function escapeArray(): Uint32Array {
  return escapeScratch;
}

/** A twice as long shared escape array, holding the positions found so far. */
export function growEscapes(): Uint32Array {
  const grown = new Uint32Array(2 * escapeScratch.length);
  grown.set(escapeScratch);
  escapeScratch = grown;
  return grown;
}
