import { Fragment, useEffect, useRef, useState } from 'react';
import type { AppInfo } from '../../shared/ipc';
import { useHost } from '../host-context';

/** Help › About: the app's version and what it runs on (Electron, Chromium, Node; or the browser). */
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
          {info.components.map(({ name, version }) => (
            <Fragment key={name}>
              <dt>{name}</dt>
              <dd>{version}</dd>
            </Fragment>
          ))}
          <dt>Platform</dt>
          <dd>{info.platform}</dd>
        </dl>
      )}
      <button type="button" autoFocus onClick={() => dialog.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
