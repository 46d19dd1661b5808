import { lazy, type ComponentType } from 'react';

/**
 * The code of a screen or dialog did not load (the connection dropped, or the app was updated
 * since the page opened and the old chunk is gone): not a fault of the screen itself.
 */
export class PartLoadError extends Error {
  override readonly name = 'PartLoadError';

  constructor(
    cause: unknown,
    /** Makes the next render load the part again (the boundary's "Try again"). */
    readonly reload: () => void,
  ) {
    super('A part of the app did not load', { cause });
  }
}

/**
 * React.lazy for a part of the app loaded when first shown. A failed load becomes a
 * PartLoadError, so the boundary around it can say what happened in words and, on "Try again",
 * have it loaded afresh: React.lazy alone keeps its first failure for the life of the page. Not
 * on every render: React renders a failed part again at once, and would load it in a loop.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  const attempt = (): ComponentType<P> =>
    lazy(async () => {
      try {
        return { default: await load() };
      } catch (error) {
        throw new PartLoadError(error, () => (current = attempt()));
      }
    });
  let current = attempt();
  return function LazyPart(props: P) {
    const Part = current;
    return <Part {...props} />;
  };
}
