import { ariaShortcut, type MenuCommand } from '../../shared/commands';
import type { ImportActions } from './import-actions';

const isMac = /Mac/.test(navigator.platform);

/** Import buttons for the library toolbar; their shortcuts are the menu's, from one table. */
export function ImportButtons({ actions, busy }: { actions: ImportActions; busy: boolean }) {
  const buttons: readonly [MenuCommand, string, () => void][] = [
    ['import-files', 'Import files…', actions.importFiles],
    ['import-folder', 'Import folder…', actions.importFolder],
    ['import-url', 'Import URL…', actions.importUrl],
  ];
  return (
    <div className="import-buttons" role="group" aria-label="Import">
      {buttons.map(([command, label, run], index) => (
        <button
          key={command}
          type="button"
          className={index === 0 ? 'primary' : undefined}
          onClick={run}
          disabled={busy}
          aria-keyshortcuts={ariaShortcut(command, isMac)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
