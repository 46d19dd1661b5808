import type { ImportActions } from '../import/import-actions';

// Element Timing marks when the first screen's heading is painted (read by bench/ui.ts).
const firstScreenTiming = { elementtiming: 'first-screen' };

/** The first screen of an empty archive: what Verso does, one click to see it on the sample, or import. */
export function SampleOffer({ actions }: { actions: ImportActions }) {
  return (
    <section className="sample-offer" aria-labelledby="sample-offer-title">
      <h2 id="sample-offer-title" {...firstScreenTiming}>
        Your archive is empty
      </h2>
      <p>
        Verso keeps news articles on this computer, lets you read them offline, and finds the
        passages that repeat — within one article, across the archive, and between versions.
      </p>
      <div className="sample-offer-actions">
        <button type="button" className="primary" onClick={actions.openSample}>
          Open the sample article
        </button>
        <button type="button" onClick={actions.importFiles}>
          Import files…
        </button>
        <button type="button" onClick={actions.importFolder}>
          Import folder…
        </button>
        {/* As the library's toolbar offers once there is an article (q24: a fact checker's first
            import is often an address). */}
        <button type="button" onClick={actions.importUrl}>
          Import URL…
        </button>
      </div>
      <p className="hint">
        The sample prints one quote twice and one paragraph twice, each time with small changes. You
        can also drop files or folders anywhere on this window, or paste text or a link.
      </p>
    </section>
  );
}
