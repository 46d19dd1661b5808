/** A window's remembered bounds. */
export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

/** A display's usable area. */
export interface Area {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The size a first window opens at. */
export const defaultWindowState: WindowState = { width: 1200, height: 800, maximized: false };

const minWidth = 640;
const minHeight = 480;

/**
 * Turns whatever was saved (maybe corrupt, maybe from a monitor since unplugged) into bounds that
 * are sane and visible: a window restored off-screen is a window the user cannot find.
 */
export function restoreWindowState(saved: unknown, areas: readonly Area[]): WindowState {
  if (typeof saved !== 'object' || saved === null) return defaultWindowState;
  const s = saved as Record<string, unknown>;
  const num = (v: unknown): number | undefined =>
    typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : undefined;
  const width = Math.max(minWidth, num(s.width) ?? defaultWindowState.width);
  const height = Math.max(minHeight, num(s.height) ?? defaultWindowState.height);
  const maximized = s.maximized === true;
  const x = num(s.x);
  const y = num(s.y);
  if (x === undefined || y === undefined) return { width, height, maximized };
  const area = areas.find(
    (a) =>
      x + 100 <= a.x + a.width && x + width - 100 >= a.x && y >= a.y && y + 40 <= a.y + a.height,
  );
  if (!area) return { width, height, maximized };
  return {
    x,
    y,
    width: Math.min(width, area.width),
    height: Math.min(height, area.height),
    maximized,
  };
}
