import { type ReactNode, useEffect, useId, useState } from 'react';

/**
 * The app's one modal dialog: a native `<dialog>` opened with `showModal` (so the page behind is
 * inert and Escape closes it), titled for screen readers, focus moved in on open and handed back
 * to whatever had it on close. `children` is given `close`, for its Cancel or Close buttons.
 */
export function Dialog({
  title,
  className,
  onClose,
  children,
}: {
  title: string;
  className?: string;
  onClose: () => void;
  children: (close: () => void) => ReactNode;
}) {
  // The element is state, not a ref, so `close` may be handed to children during render.
  const [element, setElement] = useState<HTMLDialogElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    if (!element) return;
    // Whatever had focus when the dialog opened gets it back, so a keyboard user is not left at
    // the top of the page (Chromium restores it on close, but not when the dialog is unmounted
    // open). Unmounting takes the dialog out of the top layer; closing it here would fire
    // `close`, and under StrictMode's second mount that would shut a dialog just opened.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    if (!element.contains(document.activeElement)) focusFirst(element);
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [element]);
  const close = (): void => element?.close();
  return (
    <dialog
      ref={setElement}
      className={['dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId}>{title}</h2>
      {children(close)}
    </dialog>
  );
}

// showModal focuses the first focusable element only when nothing asks for autofocus; React's
// autoFocus is applied on mount, before showModal, so make sure focus landed inside.
function focusFirst(element: HTMLDialogElement): void {
  element
    .querySelector<HTMLElement>('[autofocus], input, select, textarea, button, [href], [tabindex]')
    ?.focus();
}
