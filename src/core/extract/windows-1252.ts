// 0x80–0x9F in Windows-1252 (0 = unassigned, kept as the C1 code point as browsers do).
const high = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

// One string per byte value, so decoding needs no call whose arguments grow with the input.
const chars = Array.from({ length: 256 }, (_, b) =>
  String.fromCharCode(b >= 0x80 && b <= 0x9f ? (high[b - 0x80] ?? b) : b),
);

/**
 * Decodes Windows-1252 by its table. Node's TextDecoder treats the label as Latin-1 and turns
 * curly quotes into control characters, so the core does not rely on it.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let start = 0; start < bytes.length; start += chunk) {
    let part = '';
    for (const b of bytes.subarray(start, start + chunk)) part += chars[b] ?? '';
    parts.push(part);
  }
  return parts.join('');
}
