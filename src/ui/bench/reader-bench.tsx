import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { benchHost } from './bench-host';
import { HostContext } from '../host-context';
import { noDecorations } from '../reader/overlays';
import { ReaderText } from '../reader/reader-text';
import { useReaderDoc } from '../reader/use-reader-doc';
import type { ReaderDoc } from '../../core/layout/reader-doc';
import '../styles.css';
import '../reader/reader.css';

/** What one reader render measured, in milliseconds. */
interface ReaderRound {
  readonly chars: number;
  readonly blocks: number;
  /** Longest main-thread task (Long Tasks API) from the start of the render until it is all laid out. */
  readonly longestTaskMs: number;
  /** Longest animation frame (LoAF: script + style + layout + paint), same window. */
  readonly longestFrameMs: number;
  /** Until the last chunk is on the page. */
  readonly totalMs: number;
  /** Baseline: the old reader (every paragraph at once, one task), forced to lay out. */
  readonly allAtOnceMs: number;
}

const host = benchHost;

const container = document.getElementById('root') as HTMLElement;
const words =
  'the council said on monday that its plans for new funding would be announced after talks with ministers about sea defences and repairs while critics warned of delays'.split(
    ' ',
  );

/** About `chars` characters of article text: paragraphs of ~600 characters, or one block. */
function makeText(chars: number, paragraphs: boolean): string {
  const parts: string[] = [];
  let length = 0;
  let seed = 7;
  while (length < chars) {
    let paragraph = '';
    while (paragraph.length < 600) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      paragraph += `${words[seed % words.length]} `;
    }
    parts.push(paragraph.trim() + '.');
    length += paragraph.length + 2;
  }
  return parts.join(paragraphs ? '\n\n' : ' ');
}

/** The same text as HTML: paragraphs with a heading and a list every twenty. */
function makeHtml(text: string): string {
  return text
    .split('\n\n')
    .map((p, i) =>
      i % 20 === 0
        ? `<h2>${p.slice(0, 60)}</h2><ul><li>${p.slice(60, 200)}</li></ul><p>${p.slice(200)}</p>`
        : `<p>${p}</p>`,
    )
    .join('');
}

/** The reader's text as ReaderView lays it out (useReaderDoc: big HTML in the layout worker). */
function BenchReader({
  text,
  html,
  onDoc,
}: {
  text: string;
  html: string;
  onDoc: (doc: ReaderDoc) => void;
}) {
  const doc = useReaderDoc(text, html);
  onDoc(doc);
  return (
    <HostContext value={host}>
      <ReaderText
        text={text}
        doc={doc}
        marks={[]}
        clusters={[]}
        decorations={noDecorations}
        onOpenEcho={() => undefined}
        openLink={() => undefined}
        remoteImagesAllowed={false}
      />
    </HostContext>
  );
}

async function observe(kind: string, into: number[]): Promise<() => void> {
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) into.push(entry.duration);
  });
  observer.observe({ type: kind, buffered: false });
  return () => observer.disconnect();
}

/** Renders the reader for a generated article and waits until every chunk is on the page. */
async function runReaderBench({
  chars,
  shape,
}: {
  chars: number;
  shape: 'paragraphs' | 'one-block' | 'html';
}): Promise<ReaderRound> {
  const plain = makeText(chars, shape !== 'one-block');
  const html = shape === 'html' ? makeHtml(plain) : '';
  // For HTML the text is what extraction gives: the paragraphs' text, one per block.
  const text = shape === 'html' ? htmlText(html) : plain;
  const tasks: number[] = [];
  const frames: number[] = [];
  const stopTasks = await observe('longtask', tasks);
  const stopFrames = await observe('long-animation-frame', frames);
  const root = createRoot(container);
  const start = performance.now();
  let laidOut: ReaderDoc | null = null;
  await new Promise<void>((done) => {
    setTimeout(() => {
      root.render(
        <BenchReader
          text={text}
          html={html}
          onDoc={(doc) => {
            laidOut = doc;
          }}
        />,
      );
      // Done when the layout the reader settles on (the HTML one, for HTML) is all on the page.
      const check = (): void => {
        const settled = laidOut !== null && (laidOut.fromHtml || !html);
        if (
          settled &&
          container.querySelector('.reader-text') &&
          !container.querySelector('[role="status"]')
        )
          done();
        else setTimeout(check, 20);
      };
      setTimeout(check, 20);
    }, 0);
  });
  const blocks = (laidOut as ReaderDoc | null)?.blocks.length ?? 0;
  const totalMs = performance.now() - start;
  // Let the observers deliver the last entries.
  await new Promise((r) => setTimeout(r, 300));
  stopTasks();
  stopFrames();
  root.unmount();
  const old = createRoot(container);
  const oldStart = performance.now();
  flushSync(() =>
    old.render(
      <div className="reader-text">
        {text.split('\n\n').map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>,
    ),
  );
  void document.body.offsetHeight;
  const allAtOnceMs = performance.now() - oldStart;
  old.unmount();
  return {
    chars: text.length,
    blocks,
    longestTaskMs: Math.max(0, ...tasks),
    longestFrameMs: Math.max(0, ...frames),
    totalMs,
    allAtOnceMs,
  };
}

function htmlText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.body.children]
    .map((e) => e.textContent.trim())
    .filter(Boolean)
    .join('\n\n');
}

(window as Window & { runReaderBench?: typeof runReaderBench }).runReaderBench = runReaderBench;
