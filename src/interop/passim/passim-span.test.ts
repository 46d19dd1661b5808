import { describe, expect, it } from 'vitest';
import type { PassimPassage } from './passim-record';
import { checkSpanLength, placePassage } from './passim-span';

const text = 'Trains 🚆 again. The minister said the line would reopen by autumn.';
const passage = 'The minister said the line would reopen by autumn.';
const utf16 = text.indexOf(passage);
const points = [...text.slice(0, utf16)].length;
const at = (begin: number, end: number, printed = passage): PassimPassage => ({
  id: 'a1',
  cluster: '1',
  begin,
  end,
  text: printed,
  date: '',
  series: '',
});

describe('placing a passim passage in the archived text', () => {
  it('takes UTF-16 offsets (passim 1, Java strings) as they are', () => {
    expect(placePassage(at(utf16, utf16 + passage.length), text)).toEqual({
      kind: 'ok',
      start: utf16,
      end: utf16 + passage.length,
    });
  });

  it('converts code-point offsets (passim 2, Python) past an emoji to UTF-16', () => {
    expect(points).toBe(utf16 - 1);
    expect(placePassage(at(points, points + passage.length), text)).toMatchObject({
      start: utf16,
      end: utf16 + passage.length,
    });
  });

  it("finds passim 2's passage cut one character late by Spark's 1-based substr", () => {
    const printed = text.slice(utf16 - 1, utf16 - 1 + passage.length);
    expect(placePassage(at(utf16, utf16 + passage.length, printed), text)).toMatchObject({
      start: utf16 - 1,
    });
  });

  it('rejects offsets outside the text, and a passage that is not at its offsets, with reasons', () => {
    expect(placePassage(at(500, 560), text)).toEqual({
      kind: 'rejected',
      reason: `offsets 500–560 fall outside the text of "a1" (${text.length} characters)`,
    });
    expect(placePassage(at(0, 10, 'Something else'), text)).toMatchObject({
      kind: 'rejected',
      reason: expect.stringContaining('is not the passage passim printed') as string,
    });
  });

  it('checks, without the document, that the offsets span the printed passage', () => {
    expect(checkSpanLength(at(0, passage.length))).toBeUndefined();
    expect(checkSpanLength(at(0, 3))).toMatch(
      /span 3 characters but the passage passim printed has/,
    );
    expect(checkSpanLength(at(0, 3, ''))).toBeUndefined();
  });
});
