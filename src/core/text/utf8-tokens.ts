import type { TokenBuilder } from './token-stream';

/** What tokeniseUtf8 found besides the tokens. */
export interface Utf8Tokens {
  /** The tokens, in the shared builder (valid until the next tokenise call). */
  readonly tokens: TokenBuilder;
  /** The text's length in UTF-16 code units (what `string.length` of the decoded text is). */
  readonly length: number;
  /** A control character other than tab, line feed, form feed or carriage return was seen. */
  readonly controls: boolean;
  /**
   * Where the bytes a JSON string must escape are (below 0x20, `"` and `\`), in order: a view of
   * an array shared by every call, valid until the next. A caller writing the text as JSON then
   * copies the runs between them and needs no second look at every byte.
   */
  readonly escapes: Uint32Array;
}
