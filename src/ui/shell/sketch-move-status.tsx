import type { SketchMoveProgress } from '../../db/sketch-move';
import { UpgradeStatus, type UpgradeWords } from './upgrade-status';

const words: UpgradeWords = {
  label: 'Near-copy check update',
  doing: 'Updating the archive for near-copy checks',
  meanwhile: 'older articles are not checked as near copies',
};

/** The v16 upgrade's sketch move (db/sketch-move.ts) as a status line; nothing when idle. */
export function SketchMoveStatus(props: {
  progress: SketchMoveProgress | null;
  onStop: () => void;
}) {
  return <UpgradeStatus words={words} {...props} />;
}
