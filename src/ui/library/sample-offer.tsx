/** The first screen of an empty archive: what Verso does, and one click to see it on the sample. */
export function SampleOffer({ onOpenSample }: { onOpenSample: () => void }) {
  return (
    <section className="sample-offer" aria-labelledby="sample-offer-title">
      <h2 id="sample-offer-title">Your archive is empty</h2>
      <p>
        Verso keeps news articles on this computer, lets you read them offline, and finds the
        passages that repeat — within one article, across the archive, and between versions.
      </p>
      <div className="sample-offer-actions">
        <button type="button" className="primary" onClick={onOpenSample}>
          Open the sample article
        </button>
      </div>
      <p className="hint">
        The sample prints one quote twice and one paragraph twice, each time with small changes.
      </p>
    </section>
  );
}
