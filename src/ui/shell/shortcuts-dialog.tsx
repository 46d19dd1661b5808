import { commandInfo, menuCommands } from '../../shared/commands';
import { Dialog } from '../common/dialog';

const isMac = /Mac/.test(navigator.platform);
const keysOf = (accelerator: string): string =>
  accelerator.replace('CmdOrCtrl', isMac ? '⌘' : 'Ctrl').replaceAll('+', ' + ');

const appKeys: readonly (readonly [string, string])[] = [
  ['/', 'Search the archive'],
  ['↓ (in the search box)', 'Go to the hits'],
  ['↑ ↓, Page Up / Down, Home / End', 'Move through the library (Enter opens, Space selects)'],
  ['h', 'Highlight the selected words (reader)'],
  ['s', 'Search the archive for the selected words (reader)'],
  ['c', 'Find copies of the selected passage, edited ones too (reader)'],
  ['e, Shift + e', 'Next / previous echo highlight (reader); Enter opens its cluster'],
  ['n or j, p or k', 'Next / previous difference (compare) or change (versions)'],
  ['Escape, Alt + ←', 'Back'],
  ['Alt + →', 'Forward'],
  ['?', 'This list'],
];

/** Every keyboard shortcut: the menu's accelerators (the same list as the native menu) and the app's keys. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const rows = [
    ...menuCommands.flatMap((command) => {
      const { label, accelerator } = commandInfo[command];
      return accelerator ? [[keysOf(accelerator), label.replace('…', '')] as const] : [];
    }),
    ...appKeys,
  ];
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      {(close) => (
        <>
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
          <button type="button" onClick={close}>
            Close
          </button>
        </>
      )}
    </Dialog>
  );
}
