import type { SummaryFillProgress } from '../../db/summary-fill';
import { UpgradeStatus, type UpgradeWords } from './upgrade-status';

const words: UpgradeWords = {
  label: 'Address list update',
  doing: 'Updating the archive for matching web addresses',
  meanwhile: 'imports of web addresses look for earlier versions more slowly',
};

/** The v20 fill of older articles' addresses (db/url-key-fill.ts) as a status line; nothing when idle. */
export function UrlKeyFillStatus(props: {
  progress: SummaryFillProgress | null;
  onStop: () => void;
}) {
  return <UpgradeStatus words={words} {...props} />;
}
