import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs's result for these options, or the reason the arguments are wrong, in words. */
export function parseOptions<O extends Options>(
  args: readonly string[],
  options: O,
):
  | ReturnType<
      typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
    >
  | string {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) return `unknown option ${unknown[1]}`;
    // "--files-from -list.txt": parseArgs will not take a value that starts with a dash; it
    // was given, so "needs a value" would send the person looking for the wrong mistake.
    const ambiguous = /Option '(-{1,2}[\w-]+)' argument is ambiguous/.exec(message);
    const flag = ambiguous?.[1] ?? '';
    // The option may be given more than once (--files-from a --files-from -b): parseArgs stops
    // at the first use followed by a dash-led value, so that is the one to name.
    const at = args.findIndex((arg, i) => arg === flag && args[i + 1]?.startsWith('-'));
    const given = ambiguous && at >= 0 ? args[at + 1] : undefined;
    if (given !== undefined) {
      const write = flag.startsWith('--') ? `${flag}=${given}` : `${flag}${given}`;
      return `${flag} was given "${given}", which starts with a dash; if it is the value, write ${write}`;
    }
    const missing = /Option '(?:-\w, )?(--[\w-]+)/.exec(message);
    return missing ? `${missing[1]} needs a value` : message;
  }
}

/** Was help asked for (anywhere among the arguments, before a `--`)? */
export function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

// A number as a person writes one: 12, 0.5, .5, 1e3. Number() also took "0x1", "0b1" and
// " 1 " (hex for a similarity is a typo, not a wish).
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** A number option, or why it is not one. */
export function numberOption(flag: string, raw: string | undefined): number | string | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  return !DECIMAL.test(raw) || !Number.isFinite(value) ? `${flag} needs a number` : value;
}
