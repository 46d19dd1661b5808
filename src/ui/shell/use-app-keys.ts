import { useEffect } from 'react';
import { isTypingTarget } from './is-typing-target';
import type { Route } from './route';
import { goBack } from './use-route';

function focusNextEchoMark(backwards: boolean): void {
  const marks = [...document.querySelectorAll<HTMLElement>('.echo-mark')];
  if (marks.length === 0) return;
  const at = marks.indexOf(document.activeElement as HTMLElement);
  const next =
    at < 0
      ? backwards
        ? marks.length - 1
        : 0
      : (at + (backwards ? -1 : 1) + marks.length) % marks.length;
  marks[next]?.focus();
}

/**
 * App-wide keys beside the menu accelerators: Alt+← / Alt+→ for back and forward (Electron has no
 * default), Escape to leave a reader, compare or versions screen, "/" to search the archive from
 * any screen (as Ctrl+F does), "?" for the list of shortcuts, and in the reader "e" / Shift+E to
 * step through the echo highlights.
 */
export function useAppKeys(route: Route, focusSearch: () => void, showShortcuts: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'ArrowLeft') goBack();
      else if (event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'ArrowRight')
        history.forward();
      else if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target))
        return;
      else if (
        event.key === 'Escape' &&
        route.kind !== 'library' &&
        !document.querySelector('dialog[open]')
      )
        goBack();
      // Not over an open dialog: it would change the screen behind it, and the search box there
      // cannot take focus while the dialog is modal.
      else if (event.key === '/' && !document.querySelector('dialog[open]')) focusSearch();
      else if (event.key === '?') showShortcuts();
      else if ((event.key === 'e' || event.key === 'E') && route.kind === 'reader')
        focusNextEchoMark(event.shiftKey);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [route, focusSearch, showShortcuts]);
}
