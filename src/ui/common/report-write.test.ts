import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { restoreArticles, updateArticle } from '../../db/articles';
import { openArchive } from '../../db/database';
import { makeArticle } from '../../../tests/support/test-articles';
import type { Notice } from '../shell/notice';
import { reportWrite } from './report-write';

afterEach(() => vi.restoreAllMocks());

describe('reportWrite', () => {
  it('resolves true and says nothing when the write lands', async () => {
    const notices: Notice[] = [];
    const ok = await reportWrite(
      'saving',
      () => Promise.resolve(),
      (n) => notices.push(n),
    );
    expect(ok).toBe(true);
    expect(notices).toEqual([]);
  });

  it('a note that cannot be saved is said in words, not dropped and not as exception text', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const db = await openArchive(`report-write-${crypto.randomUUID()}`);
    await restoreArticles(db, [makeArticle(1)]);
    const id = makeArticle(1).id;
    expect(
      await reportWrite(
        'saving the note',
        () => updateArticle(db, id, { note: 'kept' }),
        () => undefined,
      ),
    ).toBe(true);
    expect((await db.articles.get(id))?.note).toBe('kept');
    // Another window upgrading the archive closes this connection: the next write fails.
    db.close();
    const notices: Notice[] = [];
    const ok = await reportWrite(
      'saving the note',
      () => updateArticle(db, id, { note: 'lost' }),
      (n) => notices.push(n),
    );
    expect(ok).toBe(false);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toBe(
      'Could not finish saving the note: the archive was closed or changed meanwhile (another window may be upgrading it). Reload Verso and try again.',
    );
    expect(notices[0]?.message).not.toMatch(/DatabaseClosedError|Error:/);
    await db.open();
    expect((await db.articles.get(id))?.note).toBe('kept');
    await db.delete();
  });

  it('a failure of any other kind still reaches the person', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const notices: Notice[] = [];
    const ok = await reportWrite(
      'unlinking the version',
      () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'id')")),
      (n) => notices.push(n),
    );
    expect(ok).toBe(false);
    expect(notices.map((n) => n.message)).toEqual([
      'Could not finish unlinking the version because of an error inside Verso. Try again; if it happens again, reload Verso.',
    ]);
  });
});
