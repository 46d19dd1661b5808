import type { Host } from '../../host/host';

/**
 * The host a bench page renders views with: saving and opening links succeed and do nothing,
 * no menu commands arrive. Only what the benched views call is there, hence the one cast.
 */
export const benchHost = {
  kind: 'web',
  saveFile: async () => true,
  openSave: async () => undefined,
  openExternal: async () => true,
  onMenuCommand: () => () => undefined,
} as unknown as Host;
