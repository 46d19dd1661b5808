/** How a byte string fares as UTF-8: well-formed multi-byte sequences and ill-formed ones. */
export interface Utf8Health {
  /** Well-formed sequences of two to four bytes. */
  readonly valid: number;
  /**
   * Places with ill-formed bytes: a run of them counts once (a CESU-8 surrogate pair is six
   * ill-formed bytes but one damaged character).
   */
  readonly invalid: number;
  /** True when the bytes end inside a multi-byte sequence (a file cut mid-character). */
  readonly cutAtEnd: boolean;
}

// The allowed range of a lead byte's first continuation byte (WHATWG UTF-8 decoder), which rules
// out overlong forms, surrogates (CESU-8) and code points past U+10FFFF.
function firstContinuation(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Counts well-formed and ill-formed UTF-8 sequences in one pass, with the decoder's resync rule. */
export function utf8Health(bytes: Uint8Array): Utf8Health {
  let valid = 0;
  let invalid = 0;
  let cutAtEnd = false;
  let inRun = false;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      inRun = false;
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0) {
      if (!inRun) invalid++;
      inRun = true;
      i++;
      continue;
    }
    const [low, high] = firstContinuation(lead);
    let seen = 1;
    while (seen < length) {
      const byte = bytes[i + seen];
      const [min, max] = seen === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined) cutAtEnd = true;
      if (byte === undefined || byte < min || byte > max) break;
      seen++;
    }
    if (seen === length) valid++;
    else if (!inRun) invalid++;
    inRun = seen !== length;
    i += seen;
  }
  return { valid, invalid, cutAtEnd };
}

/**
 * True when bytes that are not valid UTF-8 are still best read as UTF-8 with the bad sequences
 * replaced: a cut last character, a stray CESU-8 surrogate, one damaged byte among many good
 * sequences. Windows-1252 text has single high bytes (each ill-formed) and almost never a valid
 * multi-byte sequence, so it fails this test.
 */
export function mostlyUtf8(health: Utf8Health): boolean {
  if (health.invalid === 0) return true;
  // Only the last character cut short: ASCII text saved or sent with its end truncated.
  if (health.valid === 0) return health.invalid === 1 && health.cutAtEnd;
  return health.invalid <= health.valid;
}
