import { afterEach, beforeEach } from 'vitest';
import { openArchive, type ArchiveDatabase } from '../../src/db/database';

/**
 * A backup test's two archives, opened fresh before each test (named `<name>-src-…` and
 * `<name>-dst-…`) and deleted after it: `use` receives them, so each file keeps its own
 * `source` and `target`.
 */
export function withTwoArchives(
  name: string,
  use: (source: ArchiveDatabase, target: ArchiveDatabase) => void,
): void {
  let opened: ArchiveDatabase[] = [];
  beforeEach(async () => {
    opened = [
      await openArchive(`${name}-src-${crypto.randomUUID()}`),
      await openArchive(`${name}-dst-${crypto.randomUUID()}`),
    ];
    use(opened[0] as ArchiveDatabase, opened[1] as ArchiveDatabase);
  });
  afterEach(async () => {
    for (const db of opened) await db.delete();
  });
}
