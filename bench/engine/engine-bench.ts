import { loadCorpus } from './corpus';
import { runQuality } from './quality';
import { runSpeed } from './speed';

/** The echo engine's quality evaluation and speed benchmark (skips when ../shared is absent). */
export async function runEngineBench(): Promise<void> {
  const corpus = loadCorpus();
  if (typeof corpus === 'string') {
    console.log(`echo engine: skipped — ${corpus}`);
    return;
  }
  runQuality(corpus);
  runSpeed(corpus);
}
