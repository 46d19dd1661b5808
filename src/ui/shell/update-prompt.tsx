import { useState } from 'react';
import { useServiceWorker } from './use-service-worker';

/** A bar offering to reload onto a new build of the web app once its service worker is waiting. */
export function UpdatePrompt() {
  const { updateReady, update } = useServiceWorker();
  const [dismissed, setDismissed] = useState(false);
  if (!updateReady || dismissed) return null;
  return (
    <div className="update-prompt" role="status">
      <span>A new version of Verso is available.</span>
      <button type="button" onClick={update}>
        Reload to update
      </button>
      <button type="button" onClick={() => setDismissed(true)}>
        Later
      </button>
    </div>
  );
}
