import { useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../shared/ipc';
import { useHost } from '../host-context';

/** Help › About: name, version and runtime, in a modal dialog. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const host = useHost();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    void host.appInfo().then(setInfo);
  }, [host]);
  return (
    <dialog ref={dialog} className="about-dialog" aria-labelledby="about-title" onClose={onClose}>
      <h2 id="about-title">About Verso</h2>
      <p>Archive news articles and see what repeats in them.</p>
      {info && (
        <dl>
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Runtime</dt>
          <dd>{info.runtime}</dd>
        </dl>
      )}
      <button type="button" autoFocus onClick={() => dialog.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
