import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { afterImportWrites } from '../../db/import-writing';
import { aWhile, sharedLocks, watchSettled } from '../../../tests/support/shared-locks';
import { archive, holdLoadsForImport, importIntoArchive } from './archive';

describe('an import asked for holds the background loads until its own hold takes over', () => {
  it('from the ask until the import has its modules, or until the ask comes to nothing', async () => {
    const locks = sharedLocks();
    locks.install();
    const name = archive().name;
    // A picker opened: the loads wait…
    const asked = holdLoadsForImport();
    const load = watchSettled(afterImportWrites(name));
    await aWhile();
    expect(load()).toBe(false);
    // …until the import it led to has its modules (its writes then hold them as before).
    const run = await importIntoArchive([], {});
    await aWhile();
    expect(load()).toBe(true);
    await run.stored;
    asked();
    // A picker closed with nothing picked lets them go at once.
    const cancelled = holdLoadsForImport();
    const next = watchSettled(afterImportWrites(name));
    await aWhile();
    expect(next()).toBe(false);
    cancelled();
    await aWhile();
    expect(next()).toBe(true);
    expect(locks.holders(`verso-import-writing:${name}`)).toBe(0);
    archive().close();
  });
});
