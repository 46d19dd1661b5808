import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openArchive } from './database';
import { afterWrites, withWriteSession } from './write-session';

describe('afterWrites', () => {
  it('waits for every write session of the tab to end, and not at all when none is open', async () => {
    const db = await openArchive(`sessions-${crypto.randomUUID()}`);
    const order: string[] = [];
    await afterWrites(db).then(() => order.push('none open'));
    let finish: () => void = () => undefined;
    const writing = withWriteSession(
      db,
      () => new Promise<void>((resolve) => (finish = resolve)),
    ).then(() => order.push('session ended'));
    const waiting = afterWrites(db).then(() => order.push('after writes'));
    // Let the session and the waiter settle as far as they can before the write ends.
    await new Promise((resolve) => setTimeout(resolve, 20));
    order.push('finishing');
    finish();
    await Promise.all([writing, waiting]);
    expect(order).toEqual(['none open', 'finishing', 'session ended', 'after writes']);
    await db.delete();
  });
});
