/** What the versions view shows once a story is down to one version (the others were unlinked). */
export function SingleVersion({ onBack }: { onBack: () => void }) {
  return (
    <section className="versions" aria-labelledby="versions-title">
      <h2 id="versions-title">No other versions</h2>
      <p role="status">This article is no longer linked to any other version.</p>
      <button type="button" onClick={onBack}>
        ← Back to the article
      </button>
    </section>
  );
}
