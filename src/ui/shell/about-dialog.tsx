import { Fragment, useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/ipc';
import { Dialog } from '../common/dialog';
import { useHost } from '../host-context';

/** Help › About: the app's version and what it runs on (Electron, Chromium, Node; or the browser). */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const host = useHost();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void host.appInfo().then(setInfo);
  }, [host]);
  return (
    <Dialog title="About Verso" onClose={onClose}>
      {(close) => (
        <>
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
          <button type="button" onClick={close}>
            Close
          </button>
        </>
      )}
    </Dialog>
  );
}
