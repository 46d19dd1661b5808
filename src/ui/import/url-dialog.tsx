import { useId, useState } from 'react';
import { Dialog } from '../common/dialog';
import { readTypedAddress } from './typed-address';

/** Asks for the address of a page to import; an address it cannot take is refused in words. */
export function UrlDialog({
  onImport,
  onClose,
}: {
  onImport: (url: string) => void;
  onClose: () => void;
}) {
  const [url, setUrl] = useState('');
  // Said after Import, not while typing: "https:" on the way to an address is not yet one.
  const [refusal, setRefusal] = useState('');
  const refusalId = useId();
  const typed = readTypedAddress(url);
  return (
    <Dialog title="Import from a URL" onClose={onClose}>
      {(close) => (
        <form
          method="dialog"
          // The field is checked here, in words, not by the browser's own bubble (which refused
          // an address typed without https:// and said nothing of why Import did nothing).
          noValidate
          onSubmit={(event) => {
            // Never the form's own submission: Import unmounts the dialog as it starts the
            // import, and the browser then said on every import "Form submission canceled
            // because the form is not connected".
            event.preventDefault();
            if (typed.kind === 'page') onImport(typed.url);
            else if (typed.kind === 'refused') setRefusal(typed.reason);
          }}
        >
          <label className="field">
            Address of the page
            <input
              type="url"
              required
              placeholder="https://…"
              value={url}
              aria-invalid={refusal ? true : undefined}
              aria-describedby={refusal ? refusalId : undefined}
              onChange={(event) => {
                setUrl(event.target.value);
                setRefusal('');
              }}
            />
          </label>
          {refusal && (
            <p id={refusalId} className="field-error" role="alert">
              {refusal}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={close}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={typed.kind === 'empty'}>
              Import
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
