import { useRef, useState } from 'react';
import { sayFailure } from '../shell/failure-words';
import { forEachArticleText } from '../../db/article-texts';
import { passimInputLine, type SeriesMode } from '../../interop/passim/passim-input';
import { archive } from '../data/archive';
import { useHost } from '../host-context';
import { importPassimClusters, type PassimProgress } from './passim-import';
import { describePassimImport, passimFileName } from './passim-words';

type Step =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'busy';
      readonly what: string;
      readonly progress?: PassimProgress;
      readonly cancellable?: boolean;
    }
  | { readonly kind: 'done'; readonly ok: boolean; readonly lines: readonly string[] };

// Exception text never reaches the screen (see sayFailure); the details go to the console.
const reasonOf = (error: unknown): string => sayFailure(error, 'the passim step');

/** Archive › passim: export the archive as passim's input, import passim's clusters back. */
export function PassimSection() {
  const host = useHost();
  const [series, setSeries] = useState<SeriesMode>('source');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const cancel = useRef<AbortController | null>(null);

  const exportForPassim = async (): Promise<void> => {
    setStep({ kind: 'busy', what: 'Preparing the export for passim…' });
    try {
      const lines: string[] = [];
      await forEachArticleText(archive(), (articles) => {
        for (const a of articles) lines.push(passimInputLine(a, series));
      });
      const saved = await host.saveFile(passimFileName(new Date()), `${lines.join('\n')}\n`);
      setStep({
        kind: 'done',
        ok: true,
        lines: [
          saved
            ? `Exported ${lines.length.toLocaleString('en')} articles for passim.`
            : 'Export cancelled.',
        ],
      });
    } catch (error) {
      setStep({ kind: 'done', ok: false, lines: [`Nothing was exported. ${reasonOf(error)}`] });
    }
  };

  const importClusters = async (): Promise<void> => {
    const files = await host.pickFiles({ folders: true });
    if (files.length === 0) return;
    const controller = new AbortController();
    cancel.current = controller;
    setStep({ kind: 'busy', what: 'Importing passim clusters…', cancellable: true });
    try {
      const result = await importPassimClusters(
        archive(),
        files,
        (progress) =>
          setStep({
            kind: 'busy',
            what: 'Importing passim clusters…',
            progress,
            cancellable: true,
          }),
        controller.signal,
      );
      if (result.kind === 'imported')
        setStep({ kind: 'done', ok: true, lines: describePassimImport(result.summary) });
      else
        setStep({
          kind: 'done',
          ok: false,
          lines: [
            result.kind === 'cancelled' ? 'Import cancelled; nothing was changed.' : result.reason,
          ],
        });
    } catch (error) {
      setStep({ kind: 'done', ok: false, lines: [`Nothing was imported. ${reasonOf(error)}`] });
    } finally {
      cancel.current = null;
    }
  };

  const busy = step.kind === 'busy';
  return (
    <section className="archive-section" aria-labelledby="passim-title">
      <h3 id="passim-title">passim</h3>
      <p className="muted">
        For corpora past one machine: export the archive as passim&apos;s input, run passim on
        Spark, then import its output folder. Its clusters appear under Strongest echoes.
      </p>
      <fieldset className="restore-form" disabled={busy}>
        <legend>Export for passim</legend>
        <label>
          Series{' '}
          <select
            aria-label="passim series"
            value={series}
            onChange={(e) => setSeries(e.target.value === 'none' ? 'none' : 'source')}
          >
            <option value="source">one per source (reuse inside a paper is ignored)</option>
            <option value="none">one per article (every repeat counts)</option>
          </select>
        </label>
        <p>
          <button type="button" onClick={() => void exportForPassim()}>
            Export for passim…
          </button>{' '}
          <button type="button" onClick={() => void importClusters()}>
            Import passim clusters…
          </button>
        </p>
      </fieldset>
      {step.kind === 'busy' && (
        <div className="scan-progress" role="status">
          <span>
            {step.progress
              ? `${step.progress.phase} ${step.progress.done} of ${step.progress.total}`
              : step.what}
          </span>
          <progress
            aria-label="passim progress"
            {...(step.progress && step.progress.total > 0
              ? { max: step.progress.total, value: step.progress.done }
              : {})}
          />
          {step.cancellable && (
            <button type="button" onClick={() => cancel.current?.abort()}>
              Cancel import
            </button>
          )}
        </div>
      )}
      {step.kind === 'done' && (
        <div role={step.ok ? 'status' : 'alert'} className="passim-result">
          {step.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </section>
  );
}
