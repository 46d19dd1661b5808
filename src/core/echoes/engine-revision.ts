/**
 * The echo engine's results revision. Bump it in the same commit as any change that alters what
 * a scan finds or how it orders it (passages, similarities, origins, clusters), so results stored
 * by an earlier build of the same app version are recomputed rather than shown stale.
 * 1: as of session 21.
 */
export const ENGINE_REVISION = 1;
