import { setFlagsFromString } from 'node:v8';

/**
 * Bytecode a function runs before V8 considers optimising it (V8 11.3's default is 67,584). On
 * a 10,000-file scan, the default has TurboFan compile ~165 functions, several twice (once
 * whole, once on-stack), at ~0.5 s of CPU on V8's background threads — as much as a third of
 * what the scan itself costs. Six times the budget lets only the truly hot loops reach TurboFan
 * (~90 jobs), a little later, for less CPU in all (`npm run bench -- cli-speed`). Read when a
 * function's feedback is set up, so it takes effect for every module loaded after this one.
 */
export const INTERRUPT_BUDGET = 400_000;

setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
