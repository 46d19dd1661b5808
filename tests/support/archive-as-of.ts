import { Dexie } from 'dexie';
import {
  schemaV1,
  schemaV2,
  schemaV4,
  schemaV5,
  schemaV7,
  schemaV8,
  schemaV9,
  schemaV11,
  schemaV14,
} from '../../src/db/migrations';
import { schemaV10 } from '../../src/db/imported-clusters';
import { schemaV15 } from '../../src/db/migrations-v15';
import { schemaV16 } from '../../src/db/migrations-v16';
import { schemaV17 } from '../../src/db/migrations-v17';
import { schemaV18 } from '../../src/db/migrations-v18';
import { schemaV19 } from '../../src/db/migrations-v19';

// Every schema a released build declared, in order. Upgrade tests open a database "as version N
// left it" from this one list, so a new version is added here once, not in each test.
const releases: readonly (readonly [number, Record<string, string | null>])[] = [
  [1, schemaV1],
  [2, schemaV2],
  [4, schemaV4],
  [5, schemaV5],
  [7, schemaV7],
  [8, schemaV8],
  [9, schemaV9],
  [10, schemaV10],
  [11, schemaV11],
  [14, schemaV14],
  [15, schemaV15],
  [16, schemaV16],
  [17, schemaV17],
  [18, schemaV18],
  [19, schemaV19],
];

/** A database named `name` declaring the stores of every release up to `version`, without their upgrades: an archive as that build left it (open it, fill it, close it, then open the current build). */
export function archiveAsOf(name: string, version: number): Dexie {
  if (!releases.some(([v]) => v === version))
    throw new Error(`no release declared v${String(version)}`);
  const old = new Dexie(name);
  for (const [v, stores] of releases) if (v <= version) old.version(v).stores(stores);
  return old;
}
