import { describe, expect, it } from 'vitest';
import { enabledFeatures, sqliteForNewStores } from './storage-engine';

describe('enabledFeatures', () => {
  it('puts new archives in SQLite when the command line names no features', () => {
    expect(enabledFeatures('', '')).toBe(sqliteForNewStores);
  });

  it("keeps the features the person enabled, adding the app's after them", () => {
    expect(enabledFeatures('WaylandWindowDecorations, Foo:a/b', '')).toBe(
      `WaylandWindowDecorations,Foo:a/b,${sqliteForNewStores}`,
    );
  });

  it('leaves the rollout alone when the person disabled it: the archive stays in LevelDB', () => {
    expect(enabledFeatures('Foo', 'Bar,IdbSqliteOnDiskRollout')).toBe('Foo');
  });

  it('keeps a stage the person chose themselves', () => {
    const own = 'IdbSqliteOnDiskRollout:stage/UseLevelDbOnly';
    expect(enabledFeatures(own, '')).toBe(own);
    expect(enabledFeatures(`*${own}`, '')).toBe(`*${own}`);
    expect(enabledFeatures('IdbSqliteOnDiskRollout<Trial.Group', '')).toBe(
      'IdbSqliteOnDiskRollout<Trial.Group',
    );
  });

  it('is not fooled by a feature whose name only begins like the rollout', () => {
    expect(enabledFeatures('IdbSqliteOnDiskRolloutX', '')).toBe(
      `IdbSqliteOnDiskRolloutX,${sqliteForNewStores}`,
    );
  });
});
