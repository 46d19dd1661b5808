/**
 * The scale bench's options, from the environment (see bench/scale.ts for what it measures).
 * Run: SCALE_SIZES=0,10000 npm run bench -- scale, with any of the options below.
 */
/** SCALE_FILES: how many files each measured import takes (default 1,000). */
export const files = Number(process.env.SCALE_FILES ?? 1000);
/** SCALE_SIZES: the archive sizes measured, in order (the first is the baseline). */
export const sizes = (process.env.SCALE_SIZES ?? '0,10000,100000').split(',').map(Number);
/** SCALE_PROFILE=1: profile the main thread during each import and name its long tasks. */
export const profiled = process.env.SCALE_PROFILE === '1';
/** SCALE_THREADS=1: profile the page's main thread and each of its workers during the 1,000's import. */
export const threadsProfiled = process.env.SCALE_THREADS === '1';
/** SCALE_TRACE=1: a Chromium trace of the 1,000's import, each long task's events named. */
export const traced = process.env.SCALE_TRACE === '1';
/** SCALE_SCAN=0 leaves out the archive-wide scan (its own bench is bench/ui-clusters.ts). */
export const scanning = process.env.SCALE_SCAN !== '0';
/**
 * SCALE_SEEDED=DIR keeps each size's seeded browser profile in DIR/<size> and starts from a copy
 * of it when it is there, so repeated runs (experiments) skip the minutes of seeding 100,000.
 */
export const seededDir = process.env.SCALE_SEEDED;
/**
 * SCALE_REOPEN=1 opens the archive once before the measured page, until its start-up work (the
 * upgrade to this build's schema, the near-copy sketches loaded and packed, the article summaries
 * filled) is done: the import
 * is then that of someone who has opened this build before, not the first open after an upgrade.
 */
export const reopen = process.env.SCALE_REOPEN === '1';
/**
 * SCALE_ACCESS=1 also imports 1,000 new files through Import folder… by the File System Access
 * picker (a picker handing over a folder the bench wrote into the page's origin-private file
 * system), beside the file input's import, for the picking task.
 */
export const viaAccess = process.env.SCALE_ACCESS === '1';
/** SCALE_TWICE=1 imports the 1,000 files a second time (new copies), to see a settled rate. */
export const twice = process.env.SCALE_TWICE === '1';
/**
 * SCALE_SETTLED=1 clicks Import folder… once the measured page's start-up work is done (the
 * near-copy sketches loaded, the search index opened, the counts and summaries checked, the filter
 * of archived keys ready) rather than at its first paint: the import's own rate, without the loads
 * a page makes once after opening (nothing to load in an empty archive, seconds at 100,000).
 */
export const settled = process.env.SCALE_SETTLED === '1';
/**
 * SCALE_CLICK_AFTER=MS clicks Import folder… MS milliseconds after the measured page's library
 * heading shows (default 0: at once), for how an import's rate depends on how soon after opening
 * it starts (a person's first click comes some hundreds of milliseconds after the page shows).
 */
export const clickAfterMs = Number(process.env.SCALE_CLICK_AFTER ?? 0);
/**
 * SCALE_CHOOSE_MS=MS gives the measured import's person MS milliseconds to choose: the file
 * picker stays open that long before the folder is handed over, or (SCALE_FIRST_WAY=drop) the
 * files are dragged over the window that long before they are dropped. The import is then timed
 * from the hand-over or the drop, as the person sees it; the click or the drag's first moment
 * still comes at once (or SCALE_CLICK_AFTER). The app holds its background loads from the click,
 * and from a drop only once it comes (a hold from the drag gained nothing: scale-history, 34).
 * Default 0: Playwright answers the picker as soon as it opens, and a drop comes without a drag.
 */
export const chooseMs = Number(process.env.SCALE_CHOOSE_MS ?? 0);
/** SCALE_FIRST_WAY=folder|files|drop: the measured import's way in (default folder). */
export const firstWay = (process.env.SCALE_FIRST_WAY ?? 'folder') as 'folder' | 'files' | 'drop';
/**
 * SCALE_SETTLE=S waits S seconds before the import of 100 more (default 0: right after the
 * 1,000), so that import does not share the machine with the LevelDB compactions the 1,000 left
 * behind; the wait's own CPU and compactions are reported.
 */
export const settleSeconds = Number(process.env.SCALE_SETTLE ?? 0);
/** SCALE_WAYS=1 also imports 1,000 new files through Import files… and 1,000 by a drop. */
export const otherWays = process.env.SCALE_WAYS === '1';
/**
 * SCALE_LOG=1 prints LevelDB's log lines written during the import of 1,000 and of 100 (which
 * levels each compaction merged; bench clock times beside them place them against the imports).
 */
export const logLines = process.env.SCALE_LOG === '1';
/**
 * SCALE_READS=1 counts the IndexedDB requests the page and its workers make during the 1,000 and
 * the 100 more, by store and method, with point reads of absent keys apart (they charge LevelDB's
 * seek compactions).
 */
export const countReads = process.env.SCALE_READS === '1';
/**
 * SCALE_RELAUNCH=1 closes the browser after the 1,000 and starts it again on the same profile,
 * opens the app and waits until LevelDB's log has been quiet for a few seconds before the 100
 * more: those 100 as a person's next import on another day, into an archive whose compactions
 * have settled, rather than straight after the 1,000 (every size alike).
 */
export const relaunched = process.env.SCALE_RELAUNCH === '1';
