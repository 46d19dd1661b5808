import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Echo } from '../../core/model';
import { archive } from '../data/archive';
import type { Route } from '../shell/route';
import { EchoSettingsForm } from './echo-settings-form';
import { EchoesPanel } from './echoes-panel';
import { ScanProgressBar } from './scan-progress';
import { SkippedNote } from './skipped-note';
import type { SkippedArticle } from '../../workers/skipped-articles';
import { useEchoScan } from './use-echo-scan';
import { useEchoSettings } from './use-echo-settings';
import '../reader/reader.css';
import { useDocumentTitle } from '../shell/use-document-title';

const job = { kind: 'archive', limit: 200 } as const;
const none: readonly Echo[] = [];
const noneSkipped: readonly SkippedArticle[] = [];

/** "Where else did this paragraph appear?": the strongest echoes across the whole archive. */
export function ArchiveEchoesView({ navigate }: { navigate: (route: Route) => void }) {
  const [settings, setSettings] = useEchoSettings();
  useDocumentTitle('Strongest echoes');
  const revision = useLiveQuery(() => archive().meta.get('revision'), []);
  const scan = useEchoScan(job, settings, revision?.value);
  const found = scan.state.kind === 'done' ? scan.state.echoes : none;
  const skipped = scan.state.kind === 'done' ? scan.state.skipped : noneSkipped;
  const ids = useMemo(
    () => [
      ...new Set([
        ...found.flatMap((e) => [e.a.doc, e.b.doc]),
        ...skipped.flatMap((s) => (s.other ? [s.id, s.other] : [s.id])),
      ]),
    ],
    [found, skipped],
  );
  const rows = useLiveQuery(() => archive().articles.bulkGet(ids), [ids]) ?? [];
  const stories = new Map(rows.flatMap((a) => (a ? [[a.id, a.storyId] as const] : [])));
  // The engine knows texts, not stories: echoes between two articles of one story are versions.
  const echoes = found.map((e): Echo =>
    e.kind === 'across' && stories.get(e.a.doc) === stories.get(e.b.doc)
      ? { ...e, kind: 'version' }
      : e,
  );
  const titles = new Map(rows.flatMap((a) => (a ? [[a.id, a.title] as const] : [])));
  const texts = new Map(rows.flatMap((a) => (a ? [[a.id, a.text] as const] : [])));
  const compare = (echo: Echo): void =>
    navigate({ kind: 'compare-passages', a: echo.a, b: echo.b });
  return (
    <section className="archive-echoes" aria-labelledby="archive-echoes-title">
      <h2 id="archive-echoes-title">Strongest echoes in the archive</h2>
      <p className="muted">
        Passages that appear more than once — within an article, across articles, or between
        versions — strongest first.
      </p>
      <EchoSettingsForm settings={settings} onChange={setSettings} />
      <ScanProgressBar state={scan.state} onCancel={scan.cancel} onRerun={scan.rerun} />
      <SkippedNote skipped={skipped} titles={titles} />
      {scan.state.kind === 'done' && (
        <EchoesPanel
          scope="archive"
          echoes={echoes}
          texts={texts}
          titles={titles}
          onCompare={compare}
        />
      )}
    </section>
  );
}
