import { app, BrowserWindow, Menu } from 'electron';
import { menuChannel } from '../../src/shared/ipc';
import { createHandlers } from './handlers';
import { registerHandlers } from './ipc';
import { buildMenuTemplate } from './menu-template';
import { appUrl, createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;

// A second launch focuses the running app instead of opening a second archive writer.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // A start that fails (no window could be made) must not leave a process with nothing on screen.
  app
    .whenReady()
    .then(() => {
      registerHandlers(
        createHandlers(() => mainWindow),
        (event) => mainWindow !== null && event.sender === mainWindow.webContents,
        appUrl(),
      );
      const send = (command: string): void => mainWindow?.webContents.send(menuChannel, command);
      Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send, process.platform)));
      mainWindow = createMainWindow();
      mainWindow.on('closed', () => (mainWindow = null));
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Verso could not start:', error);
      app.exit(1);
    });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
