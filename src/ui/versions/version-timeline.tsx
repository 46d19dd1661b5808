import type { ArticleRecord } from '../../db/records';
import { versionLabel } from './version-label';

/** A story's versions in time order; the person picks which two to compare, or unlinks one. */
export function VersionTimeline({
  versions,
  left,
  right,
  onPick,
  onUnlink,
  onRead,
}: {
  onRead: (id: string) => void;
  onUnlink: (id: string) => void;
  versions: readonly ArticleRecord[];
  left: string;
  right: string;
  onPick: (side: 'left' | 'right', id: string) => void;
}) {
  return (
    <ol className="version-timeline" aria-label="Versions, oldest first">
      {versions.map((version, index) => (
        <li
          key={version.id}
          className={version.id === left || version.id === right ? 'picked' : ''}
        >
          <span className="version-dot" aria-hidden="true" />
          <strong>
            Version {index + 1}
            {versions.length > 1 && index === 0 && ' (first)'}
            {versions.length > 1 && index === versions.length - 1 && ' (latest)'}
          </strong>
          <span className="version-source">
            {versionLabel(version)} · {version.wordCount} words
          </span>
          <span className="version-title">{version.title}</span>
          <span className="version-picks">
            <label>
              <input
                type="radio"
                name="left-version"
                checked={version.id === left}
                onChange={() => onPick('left', version.id)}
              />
              left
            </label>
            <label>
              <input
                type="radio"
                name="right-version"
                checked={version.id === right}
                onChange={() => onPick('right', version.id)}
              />
              right
            </label>
            <button
              type="button"
              className="link-button"
              aria-label={`Read version ${index + 1}`}
              onClick={() => onRead(version.id)}
            >
              Read
            </button>
            <button
              type="button"
              className="link-button"
              aria-label={`Unlink version ${index + 1} from this story`}
              onClick={() => onUnlink(version.id)}
            >
              Unlink
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
