/** How many files File › Open Recent lists. */
export const maxRecent = 10;

/** The list with `paths` moved to the front (most recent first), without duplicates, capped. */
export function addRecent(list: readonly string[], paths: readonly string[]): string[] {
  const fresh = [...paths].reverse();
  return [...fresh, ...list.filter((path) => !fresh.includes(path))].slice(0, maxRecent);
}

/** A saved recent list, or an empty one when the file is missing or not a list of paths. */
export function parseRecent(saved: unknown): string[] {
  if (!Array.isArray(saved)) return [];
  return saved.filter((path): path is string => typeof path === 'string').slice(0, maxRecent);
}
