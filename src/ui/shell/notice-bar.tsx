import { useEffect } from 'react';
import type { Notice } from './notice';

const visibleMs = 8000;

/** The current notice, with its action, dismissed after a few seconds or by its close button. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(onDismiss, visibleMs);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);
  if (!notice) return null;
  return (
    <div className="notice-bar" role="status">
      <span>{notice.message}</span>
      {notice.action && (
        <button
          type="button"
          className="primary"
          onClick={() => {
            notice.action?.run();
            onDismiss();
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" aria-label="Dismiss message" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
