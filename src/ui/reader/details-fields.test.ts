import { describe, expect, it } from 'vitest';
import { parseInstant, undated } from '../../core/extract/parse-instant';
import { dateFieldOf, describePatch, draftOf, readDraft, undoPatchOf } from './details-fields';

const article = {
  title: 'Coastal railway funding',
  source: '',
  byline: '',
  publishedAt: undated,
};

describe("the reader's details form", () => {
  it('shows a date as it was given, and reads back the same instant', () => {
    for (const written of ['2026-03-02', '2026-03-02 09:30Z', '2026-03-02 09:30:15Z']) {
      const time = parseInstant(written);
      expect(dateFieldOf(time)).toBe(written);
      expect(parseInstant(dateFieldOf(time))).toBe(time);
    }
    expect(dateFieldOf(parseInstant('2026-03-02T10:30:00+01:00'))).toBe('2026-03-02 09:30Z');
    expect(dateFieldOf(undated)).toBe('');
  });

  it('saves only what changed, trimmed, and reads any date Verso reads', () => {
    const draft = {
      ...draftOf(article),
      source: ' Press Wire ',
      published: '2 Mar 2026 09:30 +0100',
    };
    expect(readDraft(draft, article)).toEqual({
      kind: 'ok',
      patch: { source: 'Press Wire', publishedAt: Date.UTC(2026, 2, 2, 8, 30) },
    });
    expect(readDraft(draftOf(article), article)).toEqual({ kind: 'ok', patch: {} });
    // A page's date to the millisecond, shown to the minute or second: left as it is, it is not
    // an edit (saving a corrected title must not move the date and every stored scan with it).
    for (const publishedAt of [
      Date.UTC(2026, 2, 2, 9, 30, 15, 123),
      Date.UTC(2026, 2, 2, 9, 30, 0, 5),
    ]) {
      const exact = { ...article, publishedAt };
      expect(readDraft({ ...draftOf(exact), title: 'Railway funding' }, exact)).toEqual({
        kind: 'ok',
        patch: { title: 'Railway funding' },
      });
    }
    // Emptying the date says it is unknown.
    const dated = { ...article, publishedAt: parseInstant('2026-03-02') };
    expect(readDraft({ ...draftOf(dated), published: ' ' }, dated)).toEqual({
      kind: 'ok',
      patch: { publishedAt: undated },
    });
  });

  it('refuses a date it cannot read and an empty title, naming the field', () => {
    expect(readDraft({ ...draftOf(article), published: 'the first of March' }, article)).toEqual({
      kind: 'invalid',
      field: 'published',
      message: expect.stringContaining('“the first of March” is not a date Verso reads') as string,
    });
    expect(readDraft({ ...draftOf(article), published: '2026-02-30' }, article)).toMatchObject({
      kind: 'invalid',
      field: 'published',
    });
    expect(readDraft({ ...draftOf(article), title: '  ' }, article)).toMatchObject({
      kind: 'invalid',
      field: 'title',
    });
  });

  it('undoes exactly what an edit changed, and says what it was', () => {
    const before = { ...article, source: 'Daily Ledger', byline: 'J. Smith' };
    const patch = { source: 'Press Wire', publishedAt: parseInstant('2026-03-01') };
    expect(undoPatchOf(patch, before)).toEqual({ source: 'Daily Ledger', publishedAt: undated });
    expect(describePatch(patch)).toBe("Saved the article's source and date.");
    expect(describePatch({ title: 'A', source: 'B', byline: 'C' })).toBe(
      "Saved the article's title, source and byline.",
    );
  });
});
