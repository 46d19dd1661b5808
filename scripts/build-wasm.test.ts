import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { WASM_MODULE, compileTokeniser, moduleText } from './build-wasm';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

it('the committed WebAssembly tokeniser is what its AssemblyScript source compiles to', async () => {
  process.chdir(ROOT);
  const bytes = await compileTokeniser();
  // If this fails, the source changed without `npx tsx scripts/build-wasm.ts` being run.
  expect(readFileSync(`${ROOT}${WASM_MODULE}`, 'utf8')).toBe(moduleText(bytes));
});
