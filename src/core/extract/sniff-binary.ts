const signatures: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x32]],
  ['a ZIP archive (or a Word/ODF document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
];

// Signatures that are also plausible openings of a text ("RIFF…", "MZ…") are left to the
// control-character check, which any real media file or executable fails.

/** Names the kind of binary file these bytes start with, or undefined when they may be text. */
export function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const [name, magic] of signatures) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  return undefined;
}

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/;

/** True when a decoded text has too many control characters to be prose. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  // Most texts have no control character at all: one regular-expression scan says so.
  if (!CONTROL.test(sample)) return false;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) controls++;
  }
  return controls > Math.max(2, sample.length * 0.01);
}
