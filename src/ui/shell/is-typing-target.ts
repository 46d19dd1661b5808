// Inputs that take no typed characters: a single-key shortcut must still work while one has focus
// (a focused "Hide equivalent differences" checkbox used to swallow n and p).
const notTyped = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
]);

/** True when a key event comes from a field the person is typing in, so single-key shortcuts stay out. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    (target instanceof HTMLInputElement && !notTyped.has(target.type)) ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}
