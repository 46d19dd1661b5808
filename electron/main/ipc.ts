import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { invokeChannel, type InvokeContract, type InvokeName } from '../../src/shared/ipc';
import { argGuards } from './arg-guards';
import { isTrustedSenderUrl } from './url-guard';

/** Implementations of the contract, as main provides them. */
export type Handlers = {
  readonly [K in InvokeName]: (
    ...args: Parameters<InvokeContract[K]>
  ) => ReturnType<InvokeContract[K]>;
};

/**
 * Registers every contract handler through one gate: the sender must be our window's main frame
 * showing our page, and the arguments must pass the channel's guard. Anything else is rejected.
 */
export function registerHandlers(
  handlers: Handlers,
  isOurWindow: (event: IpcMainInvokeEvent) => boolean,
  appUrl: string,
): void {
  for (const name of Object.keys(handlers) as InvokeName[]) {
    ipcMain.handle(invokeChannel(name), (event, ...args: unknown[]) => {
      const frame = event.senderFrame;
      if (
        !frame ||
        frame.parent !== null ||
        !isOurWindow(event) ||
        !isTrustedSenderUrl(frame.url, appUrl)
      ) {
        throw new Error(`Refused ${name}: untrusted sender`);
      }
      if (!argGuards[name](args)) throw new Error(`Refused ${name}: invalid arguments`);
      // The guard proved the tuple's shape, but TypeScript cannot tie handlers[name] to this
      // name's arguments (a union of handlers takes only what all of them take), so apply it.
      return Reflect.apply(handlers[name], undefined, args) as unknown;
    });
  }
}
