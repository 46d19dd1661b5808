import { Dexie } from 'dexie';
import { schemaHistory } from '../../src/db/schema-history';

/** A database named `name` declaring the stores of every release up to `version`, without their upgrades: an archive as that build left it (open it, fill it, close it, then open the current build). */
export function archiveAsOf(name: string, version: number): Dexie {
  // Upgrade tests open a database "as version N left it" from the app's own list of versions.
  if (!schemaHistory.some((step) => step.version === version))
    throw new Error(`no release declared v${String(version)}`);
  const old = new Dexie(name);
  for (const step of schemaHistory)
    if (step.version <= version) old.version(step.version).stores(step.stores);
  return old;
}
