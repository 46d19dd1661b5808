import type { Plugin } from 'vite';

/**
 * The page starts in two parts (src/main.tsx): the first sets the library's reads going, then
 * imports the app's shell. Left to the bundler, the shell's files would only be asked for once
 * the first part has run; this names them in index.html (modulepreload, and the shell's styles)
 * so the browser fetches them alongside the first part and they are ready when it asks. Off by
 * default since session 28 (VERSO_PRELOAD_APP=1 in electron.vite.config.ts): on a calm machine
 * the first rows came sooner without it.
 * `entry` ends the module path of the dynamically imported shell (`/src/ui/start-app.tsx`).
 */
export function preloadApp(entry: string): Plugin {
  return {
    name: 'verso-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return [];
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        const shell = chunks.find((item) => item.facadeModuleId?.endsWith(entry));
        if (!shell) throw new Error(`preloadApp: no chunk is built from ${entry}`);
        // What the first part already loads, so each file is named once.
        const byName = new Map(chunks.map((item) => [item.fileName, item]));
        const loaded = new Set<string>();
        const walk = (name: string, into: Set<string>): void => {
          if (into.has(name)) return;
          into.add(name);
          for (const next of byName.get(name)?.imports ?? []) walk(next, into);
        };
        walk(chunk.fileName, loaded);
        const wanted = new Set<string>();
        walk(shell.fileName, wanted);
        const scripts = [...wanted].filter((name) => !loaded.has(name));
        const styles = scripts.flatMap((name) => [
          ...(byName.get(name)?.viteMetadata?.importedCss ?? []),
        ]);
        return [
          ...scripts.map((name) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${name}` },
            injectTo: 'head' as const,
          })),
          ...styles.map((name) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `./${name}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
