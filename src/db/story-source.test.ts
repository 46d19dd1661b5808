import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from './database';
import { editArticle, restoreArticles, updateArticle } from './articles';
import { linkVersions, listVersions, unlinkVersion } from './versions';
import { makeArticle } from '../../tests/support/test-articles';
import { leavesStory } from './story-source';

let db: ArchiveDatabase;
beforeEach(async () => {
  db = await openArchive(`story-source-${crypto.randomUUID()}`);
  // Three versions of one Daily Ledger story, and a fourth article on its own.
  await restoreArticles(
    db,
    [1, 2, 3, 4].map((i) => makeArticle(i, { source: 'Daily Ledger' })),
  );
  await linkVersions(db, 'article-000001', 'article-000002');
  await linkVersions(db, 'article-000001', 'article-000003');
});
afterEach(async () => {
  await db.delete();
});

const ids = async (storyId: string) => (await listVersions(db, storyId)).map((a) => a.id);

describe('leavesStory', () => {
  it('moves an article named another paper’s, not a respelling or a paper of the story', () => {
    const story = [{ source: 'Daily Ledger' }, { source: 'Morning Post' }];
    expect(leavesStory('Daily Ledger', 'Evening Star', story)).toBe(true);
    expect(leavesStory('Daily Ledger', 'daily ledger', story)).toBe(false);
    expect(leavesStory('Daily Ledger', 'https://www.dailyledger.example/', story)).toBe(false);
    expect(leavesStory('Daily Ledger', 'Morning Post', story)).toBe(false);
    expect(leavesStory('Daily Ledger', '', story)).toBe(false);
    expect(leavesStory('Daily Ledger', 'Evening Star', [])).toBe(false);
  });
});

describe('editing a version’s source', () => {
  it('takes a version named another paper’s out of its story, and Undo puts it back', async () => {
    const story = 'story-1';
    const moved = await updateArticle(db, 'article-000002', { source: 'Evening Star' });
    expect(moved?.storyId).not.toBe(story);
    expect(await ids(story)).toEqual(['article-000001', 'article-000003']);
    expect(await ids(moved?.storyId ?? '')).toEqual(['article-000002']);
    // A story of two still keeps its row; the article alone keeps none.
    expect(await db.stories.get(story)).toBeDefined();
    expect(await db.stories.get(moved?.storyId ?? '')).toBeUndefined();
    const back = await updateArticle(
      db,
      'article-000002',
      { source: 'Daily Ledger' },
      { backInto: story },
    );
    expect(back?.storyId).toBe(story);
    expect(await ids(story)).toEqual(['article-000001', 'article-000002', 'article-000003']);
  });

  it('leaves a story of one behind with no row, and makes it again on Undo', async () => {
    await unlinkVersion(db, 'article-000003');
    // Now story-1 has versions 1 and 2.
    const moved = await updateArticle(db, 'article-000002', { source: 'Evening Star' });
    expect(await db.stories.get('story-1')).toBeUndefined();
    expect(moved?.storyId).not.toBe('story-1');
    await updateArticle(db, 'article-000002', { source: 'Daily Ledger' }, { backInto: 'story-1' });
    expect(await ids('story-1')).toEqual(['article-000001', 'article-000002']);
    expect(await db.stories.get('story-1')).toMatchObject({ id: 'story-1' });
  });

  it('brings a story of two back on Undo as it was: its id, its own title and date', async () => {
    await unlinkVersion(db, 'article-000003');
    // The story as the person named it, not as any version is titled.
    const story = {
      id: 'story-1',
      title: 'The budget row, as it unfolded',
      createdAt: 1_700_000_000_000,
    };
    await db.stories.put(story);
    const moved = await editArticle(db, 'article-000002', { source: 'Evening Star' });
    expect(moved.left).toEqual(story);
    expect(await db.stories.get('story-1')).toBeUndefined();
    // Undo with what the edit handed back; the version left behind is titled otherwise.
    expect((await db.articles.get('article-000001'))?.title).not.toBe(story.title);
    const back = await editArticle(
      db,
      'article-000002',
      { source: 'Daily Ledger' },
      moved.left === undefined ? {} : { backInto: moved.left },
    );
    expect(back.article?.storyId).toBe('story-1');
    expect(back.left).toBeUndefined();
    expect(await db.stories.get('story-1')).toEqual(story);
    expect(await ids('story-1')).toEqual(['article-000001', 'article-000002']);
  });

  it('hands Undo the story id when the story keeps its row (three versions)', async () => {
    const moved = await editArticle(db, 'article-000002', { source: 'Evening Star' });
    expect(moved.left).toBe('story-1');
    const unmoved = await editArticle(db, 'article-000003', { note: 'checked' });
    expect(unmoved.left).toBeUndefined();
  });

  it('keeps a respelled source, a title edit and a lone article where they are', async () => {
    const respelled = await updateArticle(db, 'article-000002', { source: 'DAILY LEDGER' });
    expect(respelled?.storyId).toBe('story-1');
    const retitled = await updateArticle(db, 'article-000003', { title: 'Ministers relent' });
    expect(retitled?.storyId).toBe('story-1');
    const alone = await updateArticle(db, 'article-000004', { source: 'Evening Star' });
    expect(alone?.storyId).toBe('story-4');
  });
});
