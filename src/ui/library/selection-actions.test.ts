// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { restoreArticles } from '../../db/articles';
import { makeArticle } from '../../../tests/support/test-articles';
import { archive } from '../data/archive';
import { detailsDraftKey, keepDraft, keptDraftOr, noteDraftKey } from '../common/kept-drafts';
import type { Notice } from '../shell/notice';
import { deleteWithUndo } from './selection-actions';

describe('deleteWithUndo', () => {
  it('takes an article’s unsaved note and details drafts with it, and Undo brings them back', async () => {
    const article = makeArticle(1);
    await restoreArticles(archive(), [article]);
    // Typed into the note, then the page closed before the save landed.
    keepDraft(noteDraftKey(article.id), 'why it matters');
    keepDraft(detailsDraftKey(article.id), '{"source":"Press Wire"}');
    const notices: Notice[] = [];
    await deleteWithUndo([article.id], (n) => notices.push(n));
    expect(await archive().articles.get(article.id)).toBeUndefined();
    expect(keptDraftOr(noteDraftKey(article.id), 'none')).toBe('none');
    expect(keptDraftOr(detailsDraftKey(article.id), 'none')).toBe('none');
    notices.find((n) => n.action)?.action?.run();
    await expect.poll(() => archive().articles.get(article.id)).toBeDefined();
    await expect.poll(() => keptDraftOr(noteDraftKey(article.id), 'none')).toBe('why it matters');
    expect(keptDraftOr(detailsDraftKey(article.id), 'none')).toBe('{"source":"Press Wire"}');
  });
});
