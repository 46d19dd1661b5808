import { commandForKey } from '../../shared/commands';
import { isTypingTarget } from './is-typing-target';

/**
 * Keys pressed in the page's first moments. The page starts in two parts (main.tsx): the app's
 * key listeners come with the second, after the page's load event, so a shortcut pressed as the
 * window appears (Ctrl+O, "/", "?") reached nothing and was lost. The first part holds them here
 * and the shell plays them back once it listens (replayEarlyKeys, from App's last effect).
 */
let held: KeyboardEvent[] | undefined;

// Keys whose browser default must not run now because the app will act on them when played
// back: the web host's menu accelerators and the app's own keys (use-app-keys.ts) that a browser
// also answers ("/" is quick find in some browsers; Alt+←/→ would go back or forward twice).
// Any other key keeps its default (a reload, a tab switch), the app's listeners just hear it late.
const appKeys = new Set(['/', '?']);
const isMac = /Mac/.test(navigator.platform);

function takesOver(event: KeyboardEvent): boolean {
  if (commandForKey(event, isMac)) return true;
  if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) return true;
  return !event.ctrlKey && !event.metaKey && !event.altKey && appKeys.has(event.key);
}

function hold(event: KeyboardEvent): void {
  // A field typed into keeps its characters by itself.
  if (!held || isTypingTarget(event.target)) return;
  held.push(event);
  if (takesOver(event)) event.preventDefault();
}

/** Starts holding the keys pressed before the app's shell listens (call from the first part). */
export function holdEarlyKeys(): void {
  if (held) return;
  held = [];
  window.addEventListener('keydown', hold, true);
}

/** Stops holding keys and gives back those held, in the order they were pressed. */
export function takeEarlyKeys(): KeyboardEvent[] {
  window.removeEventListener('keydown', hold, true);
  const taken = held ?? [];
  held = undefined;
  return taken;
}

/**
 * Plays the held keys to the page's listeners, one per frame: a key that moves focus ("/" puts
 * the cursor in the search box a frame later) is done before the next is heard. The key's
 * transient user activation lasts seconds, so a replayed Ctrl+O may still open a file chooser.
 */
export function replayEarlyKeys(): void {
  const keys = takeEarlyKeys();
  let acted = false;
  const until = performance.now() + 3000;
  const next = (): void => {
    const key = keys[0];
    if (!key) return;
    const printable = key.key.length === 1 && !key.ctrlKey && !key.metaKey && !key.altKey;
    // After a key the app acted on ("/"), characters wait for the field it focuses: the library
    // draws its search box once the archive's count is read, a few frames after the shell.
    if (printable && acted && !isTypingTarget(document.activeElement) && performance.now() < until)
      return void requestAnimationFrame(next);
    keys.shift();
    const target = document.activeElement ?? document.body;
    const played = new KeyboardEvent('keydown', {
      key: key.key,
      code: key.code,
      location: key.location,
      ctrlKey: key.ctrlKey,
      metaKey: key.metaKey,
      shiftKey: key.shiftKey,
      altKey: key.altKey,
      repeat: key.repeat,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    target.dispatchEvent(played);
    acted = played.defaultPrevented;
    // A played key inserts no text by itself: a character typed after "/" goes into the search
    // box the way the browser would have put it there (an input event, which React hears).
    if (printable && !played.defaultPrevented && isTypingTarget(document.activeElement))
      document.execCommand('insertText', false, key.key);
    requestAnimationFrame(next);
  };
  next();
}
