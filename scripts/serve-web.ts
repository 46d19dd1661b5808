// `npm run web` / `npm run serve`: the built renderer in a plain browser. Loopback only: the
// archive then lives in that browser's IndexedDB for this origin.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from './static-server';

const root = resolve(process.argv[2] ?? 'out/renderer');
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built renderer in ${root}: run "npm run build" first.`);
  process.exit(1);
}
const { url } = await serveStatic(root, Number(process.env.PORT ?? 5174));
console.log(`Verso (web host) at ${url}`);
