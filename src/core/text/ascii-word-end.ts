/**
 * 1 for an ASCII byte after which a word of ASCII letters surely ends as it is: not a letter or
 * digit, not an apostrophe (which may join "we're"); `,` `.` `%` join only after a digit. The
 * UTF-8 tokeniser's fast path hashes a run of letters and keeps it only when this says so.
 */
export const ENDS_WORD = new Uint8Array(256);
for (let b = 0; b < 0x80; b++) ENDS_WORD[b] = /[A-Za-z0-9']/.test(String.fromCharCode(b)) ? 0 : 1;

/** An ASCII digit's byte. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
