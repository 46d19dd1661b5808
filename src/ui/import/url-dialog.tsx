import { useEffect, useRef, useState } from 'react';
import { webAddress } from '../../core/extract/web-address';

/** Asks for the address of a page to import. */
export function UrlDialog({
  onImport,
  onClose,
}: {
  onImport: (url: string) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [url, setUrl] = useState('');
  const valid = webAddress(url) !== undefined;
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog
      ref={dialog}
      className="about-dialog"
      aria-labelledby="url-dialog-title"
      onClose={onClose}
    >
      <form
        method="dialog"
        onSubmit={() => {
          if (valid) onImport(url.trim());
        }}
      >
        <h2 id="url-dialog-title">Import from a URL</h2>
        <label className="field">
          Address of the page
          <input
            type="url"
            autoFocus
            required
            placeholder="https://…"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!valid}>
            Import
          </button>
        </div>
      </form>
    </dialog>
  );
}
