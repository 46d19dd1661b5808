/**
 * Which engine Chromium stores the archive's IndexedDB in. Electron 45 runs Chromium 156, whose
 * IndexedDB can keep a store in SQLite instead of LevelDB; Chrome and Edge are moving to it by
 * field trial (the rollout's stage "UseSqliteForNewStores"), and Electron runs no field trials, so
 * without this switch every archive stays in LevelDB. Measured on the same Chromium 156
 * (docs/scale-history.md, "Session 37"): the first 100 files imported after opening 100,000
 * articles go at the empty archive's rate in SQLite, ×0.91 of it in LevelDB, whose tables
 * compact on the reads each write makes.
 *
 * The stage only decides where a new store goes: an archive already in LevelDB stays there and
 * opens as before (Chromium's own migration is a later stage of its rollout), so no one's archive
 * moves or is hidden by this switch.
 */

/** The rollout's feature, with the stage that puts new stores in SQLite and leaves old ones. */
export const sqliteForNewStores = 'IdbSqliteOnDiskRollout:stage/UseSqliteForNewStores';

// An entry is [*]Name[<Trial][:param/value…] (Chromium's --enable-features syntax).
const featureName = (entry: string): string => entry.replace(/^\*/, '').split(/[<:]/)[0] ?? '';
const listed = (switchValue: string): string[] =>
  switchValue
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

/**
 * The --enable-features value to start Chromium with: what the command line enabled, then the
 * SQLite stage unless the person named the rollout themselves (enabled with another stage, or
 * disabled): a switch given at launch is how one keeps LevelDB or tries another stage.
 */
export function enabledFeatures(enabled: string, disabled: string): string {
  const given = listed(enabled);
  const named = [...given, ...listed(disabled)].some(
    (entry) => featureName(entry) === featureName(sqliteForNewStores),
  );
  return (named ? given : [...given, sqliteForNewStores]).join(',');
}
