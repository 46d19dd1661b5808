import { describe, expect, it } from 'vitest';
import { compareVersions, type VersionDates } from './version-order';

const at = (iso: string): number => Date.parse(iso);
const published = at('2026-03-03T06:00:00Z');

/** Sorts named versions oldest first and returns their names. */
const order = (versions: Record<string, VersionDates>): string[] =>
  Object.entries(versions)
    .sort(([, a], [, b]) => compareVersions(a, b))
    .map(([name]) => name);

describe('compareVersions', () => {
  it('puts an update that states its change after a first printing dated only by its saved file', () => {
    // q24: the original saved today (its file's date) beat the update's stated 18:30 change.
    const original = {
      publishedAt: published,
      modifiedAt: at('2026-12-03T07:00:00Z'),
      modifiedByFile: true,
      importedAt: at('2026-12-03T07:10:00Z'),
    };
    const update = {
      publishedAt: published,
      modifiedAt: at('2026-03-03T18:30:00Z'),
      importedAt: at('2026-12-03T07:05:00Z'),
    };
    expect(order({ update, original })).toEqual(['original', 'update']);
  });

  it('orders two updates by the changes their pages state', () => {
    const later = { publishedAt: published, modifiedAt: at('2026-03-04T09:00:00Z'), importedAt: 1 };
    const earlier = {
      publishedAt: published,
      modifiedAt: at('2026-03-03T18:30:00Z'),
      importedAt: 2,
    };
    expect(order({ later, earlier })).toEqual(['earlier', 'later']);
  });

  it('falls back to the files’ dates when no page states a change', () => {
    const savedSecond = {
      publishedAt: published,
      modifiedAt: at('2026-03-05T00:00:00Z'),
      modifiedByFile: true,
      importedAt: 1,
    };
    const savedFirst = {
      publishedAt: published,
      modifiedAt: at('2026-03-04T00:00:00Z'),
      modifiedByFile: true,
      importedAt: 2,
    };
    expect(order({ savedSecond, savedFirst })).toEqual(['savedFirst', 'savedSecond']);
  });

  it('places undated versions by their change, then by import', () => {
    const a = { publishedAt: 0, modifiedAt: at('2026-03-05T00:00:00Z'), importedAt: 1 };
    const b = { publishedAt: 0, importedAt: at('2026-03-04T00:00:00Z') };
    const c = { publishedAt: 0, importedAt: at('2026-03-06T00:00:00Z') };
    expect(order({ c, a, b })).toEqual(['b', 'a', 'c']);
  });
});
