import { describe, expect, it } from 'vitest';
import { fillDetails } from './fill-details';
import { deriveTitle } from '../core/extract/derive-title';
import { makeArticle } from '../../tests/support/test-articles';

const page = makeArticle(1);
const made = deriveTitle(page.text);
const unknown = { source: '', byline: '', url: '', urlKey: '', publishedAt: 0 };

describe('fillDetails', () => {
  it('takes a title only over one made up from the text, and never a made-up one', () => {
    const pasted = makeArticle(1, { ...unknown, title: made });
    expect(fillDetails(pasted, page, false).fields).toEqual([
      'title',
      'source',
      'date',
      'address',
      'author',
    ]);
    expect(fillDetails(pasted, page, true).fields).not.toContain('title');
    const named = makeArticle(1, { ...unknown, title: 'Chosen by the person' });
    expect(fillDetails(named, page, false).article.title).toBe('Chosen by the person');
  });

  it('replaces nothing the archived article has, and changes nothing else', () => {
    const archived = makeArticle(1, { title: made, source: 'Morning Post', note: 'mine' });
    const { article, fields } = fillDetails(archived, { ...page, id: 'other' }, false);
    expect(fields).toEqual(['title']);
    expect(article).toEqual({ ...archived, title: page.title, sortTitle: page.sortTitle });
    expect(fillDetails(page, makeArticle(1, unknown), false)).toEqual({
      article: page,
      fields: [],
    });
  });
});
