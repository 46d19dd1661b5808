/**
 * The echo engine's results revision. Bump it in the same commit as any change that alters what
 * a scan finds or how it orders it (passages, similarities, origins, clusters), so results stored
 * by an earlier build of the same app version are recomputed rather than shown stale.
 * 1: as of session 21. 2: a page's last change (modifiedAt) dates an undated copy before its import.
 */
export const ENGINE_REVISION = 2;
