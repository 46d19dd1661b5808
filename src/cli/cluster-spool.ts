import { appendFileSync, createReadStream, rmSync } from 'node:fs';
import type { CommandIo } from './command-io';

/** Passages' JSON held in memory up to this many characters, then appended to a file. */
const IN_MEMORY = 1 << 23;

/**
 * The passages of the cluster being written. Its header (size, mean similarity) is known only
 * after the last passage, yet comes first in the line, so the passages wait here: in memory
 * while small, in a temporary file once large, and are then copied out behind the header.
 */
export class ClusterSpool {
  private parts: string[] = [];
  private size = 0;
  private spilled = false;

  constructor(private readonly file: string) {}

  /** Keep one passage's JSON. */
  add(json: string): void {
    this.parts.push(json);
    this.size += json.length + 1;
    if (this.size >= IN_MEMORY) {
      appendFileSync(this.file, (this.spilled ? ',' : '') + this.parts.join(','));
      this.spilled = true;
      this.parts = [];
      this.size = 0;
    }
  }

  /** Write `head` (the header without its closing brace), the passages, and the end of line. */
  async writeLine(head: string, io: CommandIo): Promise<void> {
    await io.write(`${head},"passages":[`);
    if (this.spilled) {
      for await (const chunk of createReadStream(this.file, { encoding: 'utf8' }))
        await io.write(chunk as string);
      if (this.parts.length) await io.write(',');
    }
    await io.write(this.parts.join(','));
    await io.stdout(']}');
    this.drop();
  }

  /** Forget the passages kept (a cluster not written), ready for the next cluster. */
  drop(): void {
    if (this.spilled) rmSync(this.file, { force: true });
    this.parts = [];
    this.size = 0;
    this.spilled = false;
  }
}
