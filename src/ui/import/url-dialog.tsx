import { useState } from 'react';
import { webAddress } from '../../core/extract/web-address';
import { Dialog } from '../common/dialog';

/** Asks for the address of a page to import. */
export function UrlDialog({
  onImport,
  onClose,
}: {
  onImport: (url: string) => void;
  onClose: () => void;
}) {
  const [url, setUrl] = useState('');
  const valid = webAddress(url) !== undefined;
  return (
    <Dialog title="Import from a URL" onClose={onClose}>
      {(close) => (
        <form
          method="dialog"
          onSubmit={() => {
            if (valid) onImport(url.trim());
          }}
        >
          <label className="field">
            Address of the page
            <input
              type="url"
              required
              placeholder="https://…"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
            />
          </label>
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={!valid}>
              Import
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
