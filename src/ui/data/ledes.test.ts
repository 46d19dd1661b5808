import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../../db/database';
import { restoreArticles } from '../../db/articles';
import { makeArticle } from '../../../tests/support/test-articles';
import { ledeOf, readLedes } from './ledes';

describe('ledeOf', () => {
  it("is the text's opening words with its line breaks run together", () => {
    const text =
      'DEFENCE Secretary John Healey said yesterday that his hope was that he would be the first.\n\nHe added: ‘There is no heavier burden.’';
    expect(ledeOf(text, 'Healey: troops to Ukraine')).toBe(
      'DEFENCE Secretary John Healey said yesterday that his hope was that he would be the first. He added: ‘There is no heavier burden.’',
    );
  });

  it('leaves out the title when the text starts by repeating it', () => {
    const text =
      'Storm funding agreed\n\nBy a reporter\n\nCouncillors agreed £2m for storm repairs.';
    expect(ledeOf(text, 'Storm  funding agreed')).toBe(
      'By a reporter Councillors agreed £2m for storm repairs.',
    );
    expect(ledeOf('Storm funding: agreed today', 'Storm funding')).toBe('agreed today');
  });

  it('cuts a long opening at a word within its width', () => {
    const text = 'word '.repeat(200);
    const lede = ledeOf(text, '', 52);
    expect(lede.length).toBeLessThanOrEqual(52);
    expect(lede.endsWith('word')).toBe(true);
    expect(ledeOf('', 'A title')).toBe('');
  });
});

describe('readLedes', () => {
  let db: ArchiveDatabase;
  beforeEach(async () => {
    db = await openArchive(`ledes-${crypto.randomUUID()}`);
    await restoreArticles(
      db,
      Array.from({ length: 3 }, (_, i) => makeArticle(i)),
    );
  });
  afterEach(async () => {
    await db.delete();
  });

  it('reads the ledes of the articles asked for and leaves out those not in the archive', async () => {
    const ledes = await readLedes(db, ['article-000002', 'gone', 'article-000000']);
    expect([...ledes.keys()]).toEqual(['article-000002', 'article-000000']);
    expect(ledes.get('article-000002')).toBe(
      'Ministers said on day 2 that hospital waiting lists would be reviewed, according to Morning Post. ‘We will spend £12m on hospital waiting lists,’ a spokesperson said; critics called it “too little”. Item 2 ends here with number 15838.',
    );
  });
});
