import type { ArchiveDatabase } from './database';
import type { MetaRecord } from './records';

/**
 * Which archive this is, for what the page keeps about it outside the database (localStorage is
 * shared by every tab and outlives the database): a random number in `meta`, made on first ask.
 * A restore that replaces the archive clears `meta` with the rest, and a database deleted and
 * made again has none, so either is another archive, and what was kept about the old one is not
 * shown for it. Not derived from the articles: it must not change with them.
 */

const identityKey = 'archive-identity';

// 52 random bits: a number a MetaRecord holds exactly.
function randomIdentity(): number {
  const [high = 0, low = 0] = crypto.getRandomValues(new Uint32Array(2));
  return (high & 0xfffff) * 2 ** 32 + low + 1;
}

/** This archive's identity: its database's name and a number made once and kept in `meta`. */
export async function archiveIdentity(db: ArchiveDatabase): Promise<string> {
  const value = await db.transaction('rw', db.meta, async () => {
    const known: MetaRecord | undefined = await db.meta.get(identityKey);
    if (known) return known.value;
    const made: MetaRecord = { key: identityKey, value: randomIdentity() };
    await db.meta.put(made);
    return made.value;
  });
  return `${db.name}:${value}`;
}
