import { memo } from 'react';
import type { ClusterRecord } from '../../db/cluster-records';
import { describeCluster } from './cluster-words';
import { percentOf } from '../common/percent';

const kindLabels = { across: 'across articles', version: 'versions', within: 'within one article' };

/** One cluster in the list: its headline (copies, sources, first printing), its text, Open. */
export const ClusterRow = memo(function ClusterRow({
  cluster,
  onOpen,
}: {
  cluster: ClusterRecord;
  onOpen: (cluster: ClusterRecord) => void;
}) {
  const headline = describeCluster(cluster);
  // Two rows often share a headline (a quote and the paragraph after it, both in every copy):
  // the passage's opening words tell them apart to a screen reader as the excerpt does on screen.
  const passage = `“${openingWords(cluster.excerpt)}”`;
  return (
    <div className="cluster-row" role="listitem" aria-label={`${headline}: ${passage}`}>
      <button
        type="button"
        className="cluster-headline link-button"
        onClick={() => onOpen(cluster)}
      >
        {headline}
        <span className="visually-hidden">: {passage}</span>
      </button>
      {/* The passage is what a person looks for and clicks; the button is the keyboard's way. */}
      <p className="cluster-excerpt" onClick={() => onOpen(cluster)}>
        “{cluster.excerpt}”
      </p>
      <p className="cluster-facts muted">
        {kindLabels[cluster.kind]} · {percentOf(cluster.similarity)} similar on average ·{' '}
        {cluster.words} words
        {cluster.boilerplate && (
          <span className="tag boilerplate-badge" title="Every copy is from one source">
            boilerplate
          </span>
        )}
      </p>
    </div>
  );
});

// The first words of an excerpt, enough to tell two passages apart when named aloud.
function openingWords(excerpt: string, most = 10): string {
  const words = excerpt.split(/\s+/).filter(Boolean);
  return words.length > most ? `${words.slice(0, most).join(' ')}…` : words.join(' ');
}
