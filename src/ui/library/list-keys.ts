/** What a key pressed in the library's list asks for: go to another row, open, or select. */
export type ListKeyAction =
  | { readonly kind: 'move'; readonly to: number }
  | { readonly kind: 'open' }
  | { readonly kind: 'toggle'; readonly range: boolean };

/**
 * The WAI-ARIA listbox keys over a list of `count` rows with row `active` focused and `pageRows`
 * rows on screen: arrows step a row, Page Up/Down a screen less one row (the row you were on
 * stays in sight, as a browser's page scroll keeps a line), Home/End the ends; Enter opens, Space
 * selects (Shift+Space selects the rows since the last one chosen). Undefined for any other key,
 * and for keys held with Ctrl, Alt or Meta, which belong to the browser and the app (Alt+← is
 * Back).
 */
export function listKeyAction(
  key: string,
  modifiers: { readonly shift: boolean; readonly other: boolean },
  active: number,
  count: number,
  pageRows: number,
): ListKeyAction | undefined {
  if (modifiers.other || count <= 0) return undefined;
  const last = count - 1;
  const page = Math.max(1, pageRows - 1);
  const move = (to: number): ListKeyAction => ({
    kind: 'move',
    to: Math.min(last, Math.max(0, to)),
  });
  switch (key) {
    case 'ArrowDown':
      return move(active + 1);
    case 'ArrowUp':
      return move(active - 1);
    case 'PageDown':
      return move(active + page);
    case 'PageUp':
      return move(active - page);
    case 'Home':
      return move(0);
    case 'End':
      return move(last);
    case 'Enter':
      return { kind: 'open' };
    case ' ':
      return { kind: 'toggle', range: modifiers.shift };
    default:
      return undefined;
  }
}
