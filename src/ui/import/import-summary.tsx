import type { ImportResult } from '../../import/import-types';
import { ListInPages } from '../common/list-in-pages';
import { NearCopyCheck } from './near-copy-check';
import { tallyResults, type ImportState } from './import-state';
import { notArticlesInWords } from '../../import/not-articles';
import type { ArchivedMatch } from '../../db/store-plan';
import { formatDate } from '../library/library-row';
import { formatRoute } from '../shell/route';
import { detailsInWords, filledLine } from './filled-words';

type Archived = Extract<ImportResult, { kind: 'already-archived' }>;
type Skipped = Extract<ImportResult, { kind: 'skipped' }>;
type Warned = Exclude<ImportResult, { kind: 'failed' | 'cancelled' | 'skipped' }>;

/** What a finished import did: added, new versions, skipped as already archived, failed (with why). */
export function ImportSummary({
  state,
  onDismiss,
}: {
  state: Extract<ImportState, { kind: 'finished' }>;
  onDismiss: () => void;
}) {
  const tally = tallyResults(state.results);
  const failures = state.results.filter((r) => r.kind === 'failed');
  const warned = state.results.filter((r): r is Warned => 'warning' in r && !!r.warning);
  const notReached = state.total - state.results.length + tally.cancelled;
  // Images and .DS_Store in a folder are not failures: one line, the files listed on request.
  const passedOver = state.results.filter((r): r is Skipped => r.kind === 'skipped');
  // "4 already archived" on a first import of a folder puzzles: say which files, and whether
  // each repeats a file of this very import (a page saved twice) or an article from before.
  const archived = state.results.filter((r): r is Archived => r.kind === 'already-archived');
  // A repeat that gave its archived article a source, date or address changed the archive.
  const filled = filledLine(
    archived.flatMap((a) => (a.filled ? [a.filled] : [])),
    archived.length,
  );
  const storedHere = new Map(
    state.results.flatMap((r, at) =>
      r.kind === 'added' || r.kind === 'new-version'
        ? [
            [
              r.articleId,
              { label: r.label, title: r.kind === 'added' ? r.title : undefined, at },
            ] as const,
          ]
        : [],
    ),
  );
  return (
    <div className="import-status import-summary" role="status" aria-label="Import summary">
      <p>
        {state.cancelled ? 'Import cancelled. ' : 'Import finished. '}
        <strong>{tally.added}</strong> added, <strong>{tally['new-version']}</strong> new{' '}
        {tally['new-version'] === 1 ? 'version' : 'versions'},{' '}
        <strong>{tally['already-archived']}</strong> already archived,{' '}
        <strong>{tally.failed}</strong> failed{notReached > 0 ? `, ${notReached} not imported` : ''}
        .
      </p>
      {filled && <p>{filled}.</p>}
      {passedOver.length > 0 && (
        <details>
          <summary>
            {passedOver.length === 1 ? 'One file' : `${passedOver.length} files`} skipped: not
            articles — {notArticlesInWords(passedOver.map((s) => s.what))}
          </summary>
          <ListInPages
            items={passedOver}
            row={(s) => (
              <>
                <strong>{s.label}</strong>: {s.what}
              </>
            )}
          />
        </details>
      )}
      {/* Before the failures: they are articles stored and waiting for a choice. */}
      <NearCopyCheck state={state} />
      {failures.length > 0 && (
        <details>
          <summary>
            Why {failures.length === 1 ? 'one item' : `${failures.length} items`} failed
          </summary>
          <ListInPages
            items={failures}
            row={(f) => (
              <>
                <strong>{f.label}</strong>: {f.reason}
              </>
            )}
          />
        </details>
      )}
      {archived.length > 0 && (
        <details>
          <summary>
            Which {archived.length === 1 ? 'one was' : `${archived.length} were`} already archived
          </summary>
          <ListInPages
            items={archived}
            row={(a) => (
              <>
                <strong>{a.label}</strong>:{' '}
                {storedHere.has(a.articleId)
                  ? `the same text as ${nameOf(storedHere.get(a.articleId), a.label)}, added in this import`
                  : `its text was archived before, as ${archivedName(a.existing)}`}
                {a.filled?.length
                  ? ` — the ${detailsInWords(a.filled)} it lacked filled in from this copy`
                  : ''}{' '}
                <a href={formatRoute({ kind: 'reader', articleId: a.articleId })}>Open it</a>
              </>
            )}
          />
        </details>
      )}
      {warned.length > 0 && (
        <details>
          <summary>
            {warned.length === 1 ? 'One item was' : `${warned.length} items were`} read with a
            warning
          </summary>
          <ListInPages
            items={warned}
            row={(w) => (
              <>
                <strong>{w.label}</strong>: {w.warning}
              </>
            )}
          />
        </details>
      )}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

/**
 * How a repeat names the item of this import it repeats: its name and title, and its place in
 * the import when the two names are alike (picked files are named without their folders, so 130
 * saved pages are all "source.html").
 */
function nameOf(
  stored: { readonly label: string; readonly title?: string; readonly at: number } | undefined,
  repeat: string,
): string {
  if (!stored) return 'an item of this import';
  const place = stored.label === repeat ? `item ${stored.at + 1}, ` : '';
  return `${place}${stored.label}${stored.title ? ` (“${stored.title}”)` : ''}`;
}

/**
 * The archived article a repeat matched, as a person finds it in the library: its title, source
 * and date ("“Harbour fees rise” (Daily Ledger, 2 Mar 2026)"). The date is said because a repeat
 * may carry another date than the article it matched (the same text dated again).
 */
function archivedName({ title, source, publishedAt }: ArchivedMatch): string {
  const where = [source, formatDate(publishedAt) || 'undated'].filter(Boolean).join(', ');
  return `“${title || 'Untitled'}” (${where})`;
}
