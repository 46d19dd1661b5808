import type { SummaryFillProgress } from '../../db/summary-fill';
import { UpgradeStatus, type UpgradeWords } from './upgrade-status';

const words: UpgradeWords = {
  label: 'Library list update',
  doing: 'Updating the archive for a faster library',
  meanwhile: 'the library may open more slowly',
};

/** The v18 upgrade's summary fill (db/summary-fill.ts) as a status line; nothing when idle. */
export function SummaryFillStatus(props: {
  progress: SummaryFillProgress | null;
  onStop: () => void;
}) {
  return <UpgradeStatus words={words} {...props} />;
}
