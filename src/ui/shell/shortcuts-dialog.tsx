import { useEffect, useRef } from 'react';
import { commandInfo, menuCommands } from '../../shared/commands';

const isMac = /Mac/.test(navigator.platform);
const keysOf = (accelerator: string): string =>
  accelerator.replace('CmdOrCtrl', isMac ? '⌘' : 'Ctrl').replaceAll('+', ' + ');

const appKeys: readonly (readonly [string, string])[] = [
  ['/', 'Search the archive (library)'],
  ['e, Shift + e', 'Next / previous echo highlight (reader); Enter compares it'],
  ['n or j, p or k', 'Next / previous difference (compare)'],
  ['Escape, Alt + ←', 'Back'],
  ['Alt + →', 'Forward'],
  ['?', 'This list'],
];

/** Every keyboard shortcut: the menu's accelerators (the same list as the native menu) and the app's keys. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  const rows = [
    ...menuCommands.flatMap((command) => {
      const { label, accelerator } = commandInfo[command];
      return accelerator ? [[keysOf(accelerator), label.replace('…', '')] as const] : [];
    }),
    ...appKeys,
  ];
  return (
    <dialog
      ref={dialog}
      className="about-dialog"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts">
        <tbody>
          {rows.map(([keys, action]) => (
            <tr key={action}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" autoFocus onClick={() => dialog.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
