import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { alignTexts } from '../../core/diff/align-texts';
import { benchHost } from './bench-host';
import { CompareView } from '../compare/compare-view';
import { HostContext } from '../host-context';
import { benchVersions } from './bench-texts';
import '../styles.css';

/** The figures one bench round measures, in milliseconds. */
interface BenchRound {
  readonly words: number;
  readonly alignMs: number;
  readonly compareMs: number;
  readonly plainMs: number;
}

const host = benchHost;

const container = document.getElementById('root');
if (!container) throw new Error('bench page lost its #root');

/** Renders synchronously, then forces layout, so the time covers what a person waits for. */
function timeRender(node: React.ReactNode): number {
  const root = createRoot(container as HTMLElement);
  const start = performance.now();
  flushSync(() => root.render(node));
  void document.body.offsetHeight;
  const took = performance.now() - start;
  root.unmount();
  return took;
}

function plain(text: string) {
  return text.split('\n\n').map((p, i) => <p key={i}>{p}</p>);
}

/** One round: align two versions of `words` words, render the compare view, render plain text. */
function runRound(words: number): BenchRound {
  const { a, b } = benchVersions(words);
  const alignStart = performance.now();
  const alignment = alignTexts(a, b);
  const alignMs = performance.now() - alignStart;
  const side = (text: string, title: string) => ({
    title,
    text,
    span: { start: 0, end: text.length },
  });
  const compareMs = timeRender(
    <HostContext value={host}>
      <CompareView left={side(a, 'Version 1')} right={side(b, 'Version 2')} alignment={alignment} />
    </HostContext>,
  );
  const plainMs = timeRender(
    <div className="compare-grid">
      <div className="compare-column compare-text">{plain(a)}</div>
      <div className="compare-column compare-text">{plain(b)}</div>
    </div>,
  );
  return { words: a.split(/\s+/).length, alignMs, compareMs, plainMs };
}

(window as Window & { runCompareBench?: typeof runRound }).runCompareBench = runRound;
