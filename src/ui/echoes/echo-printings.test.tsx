// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { articleClusters } from '../clusters/article-clusters';
import type { Echo, Passage } from '../../core/model';
import type { ArticleAbout } from './echo-cards';
import { EchoesPanel } from './echoes-panel';
import { PRINTINGS_STEP } from './echo-printings';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

const wire =
  'The regional council approved the harbour plan on Monday, saying the works would cost four million pounds.';
const own = `Harbour plan approved\n\n${wire}\n\nLocal reaction was mixed.`;
const at = own.indexOf(wire);
const day = (n: number): number => Date.UTC(2026, 2, n);

/** A wire story printed by `papers` papers: each one's echo with the open article's passage. */
function printedBy(papers: number) {
  const texts = new Map([['open', own]]);
  const about = new Map<string, ArticleAbout>([
    [
      'open',
      {
        title: 'Harbour plan approved',
        source: 'Coast Post',
        publishedAt: day(5),
        importedAt: day(9),
      },
    ],
  ]);
  const echoes: Echo[] = [];
  for (let i = 0; i < papers; i++) {
    const id = `paper-${i}`;
    texts.set(id, `${wire} More later.`);
    // Paper 7 printed it first; papers 1 and 2 are one publisher spelt two ways.
    const source = i === 1 ? 'Daily Ledger' : i === 2 ? 'dailyledger.example' : `Paper ${i}`;
    about.set(id, {
      title: `Harbour story ${i}`,
      source,
      publishedAt: day(i === 7 ? 2 : 6 + (i % 20)),
      importedAt: day(28),
    });
    echoes.push({
      kind: 'across',
      similarity: i % 2 === 0 ? 1 : 0.96,
      a: { doc: 'open', start: at, end: at + wire.length },
      b: { doc: id, start: 0, end: wire.length },
    });
  }
  return { texts, about, echoes };
}

/** The reader's echoes panel for the open article and `papers` printings (`about` as given). */
async function render(
  papers: number,
  shown: Passage[] = [],
  compared: Echo[] = [],
  edit: (about: ReturnType<typeof printedBy>['about']) => void = () => undefined,
) {
  const { texts, about, echoes } = printedBy(papers);
  edit(about);
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root?.render(
      <EchoesPanel
        echoes={echoes}
        texts={texts}
        titles={new Map([...about].map(([id, a]) => [id, a.title]))}
        clusters={articleClusters(echoes, 'open')}
        openId="open"
        about={about}
        onCompare={(echo) => compared.push(echo)}
        onShow={(passage) => shown.push(passage)}
      />,
    );
  });
  return host;
}

const button = (host: HTMLElement, name: RegExp): HTMLButtonElement => {
  const found = [...host.querySelectorAll('button')].find((b) => name.test(b.textContent));
  if (!found) throw new Error(`no button ${name}`);
  return found;
};

describe('the reader’s echoes of a wire story printed by 60 papers', () => {
  it('are one card saying how many printed it and who first, listing them on demand', async () => {
    const shown: Passage[] = [];
    const compared: Echo[] = [];
    const host = await render(60, shown, compared);
    expect(host.querySelector('h4')?.textContent).toBe('With the rest of the archive (60)');
    expect(host.querySelectorAll('li.echo-item')).toHaveLength(1);
    expect(host.querySelector('.echo-item-head')?.textContent).toBe(
      'Cluster 1 100% similar · 61 copies',
    );
    expect(host.querySelector('.echo-printings p')?.textContent).toMatch(
      /^Printed in 60 other articles from 59 sources, first on 2 Mar 2026 by Paper 7\. List all 60$/,
    );
    expect(host.querySelector('.printing-list')).toBeNull();
    await act(async () => button(host, /^List all 60$/).click());
    const rows = [...host.querySelectorAll('li.printing')];
    expect(rows).toHaveLength(60);
    expect(rows[0]?.textContent).toMatch(/^2 Mar 2026 Paper 7 — Harbour story 7 96% Compare$/);
    // Each row shows its own copy and compares its own echo.
    await act(async () => rows[0]?.querySelector<HTMLButtonElement>('button')?.click());
    expect(shown).toEqual([{ doc: 'paper-7', start: 0, end: wire.length }]);
    await act(async () => button(rows[0] as HTMLElement, /^Compare$/).click());
    expect(compared[0]?.b.doc).toBe('paper-7');
    await act(async () => button(host, /^Hide the list$/).click());
    expect(host.querySelector('.printing-list')).toBeNull();
  });

  it('says so when the open article printed it first', async () => {
    const host = await render(3, [], [], (about) =>
      about.set('open', {
        title: 'Harbour plan approved',
        source: 'Coast Post',
        publishedAt: day(1),
        importedAt: day(9),
      }),
    );
    expect(host.querySelector('.echo-printings p')?.textContent).toContain(
      'Printed in 3 other articles from 2 sources, first here (1 Mar 2026).',
    );
  });

  it('names every paper that printed it on the earliest day, the open article among them', async () => {
    // Paper 0 printed it at 09:00 on the 2nd, the Daily Ledger gives the 2nd without a time: it
    // cannot be ordered against 09:00, so both printed it first, and the words say why.
    const host = await render(3, [], [], (about) => {
      const paper0 = about.get('paper-0');
      const ledger = about.get('paper-1');
      if (paper0) about.set('paper-0', { ...paper0, publishedAt: day(2) + 9 * 3_600_000 });
      if (ledger) about.set('paper-1', { ...ledger, publishedAt: day(2) });
    });
    expect(host.querySelector('.echo-printings p')?.textContent).toContain(
      'Printed in 3 other articles from 2 sources, first: Paper 0 at 09:00 UTC and Daily Ledger (no time given), both 2 Mar 2026.',
    );
    const tied = await render(3, [], [], (about) => {
      const paper0 = about.get('paper-0');
      if (paper0) about.set('paper-0', { ...paper0, publishedAt: day(1) + 9 * 3_600_000 });
      about.set('open', {
        title: 'Harbour plan approved',
        source: 'Coast Post',
        publishedAt: day(1),
        importedAt: day(9),
      });
    });
    expect(tied.querySelector('.echo-printings p')?.textContent).toContain(
      'Printed in 3 other articles from 2 sources, first: Paper 0 at 09:00 UTC and this article (no time given), both 1 Mar 2026.',
    );
    // Both state their times: the earlier is first alone, and its time is said.
    const earlier = await render(3, [], [], (about) => {
      const paper0 = about.get('paper-0');
      if (paper0) about.set('paper-0', { ...paper0, publishedAt: day(1) + 9 * 3_600_000 });
      about.set('open', {
        title: 'Harbour plan approved',
        source: 'Coast Post',
        publishedAt: day(1) + 6 * 3_600_000,
        importedAt: day(9),
      });
    });
    expect(earlier.querySelector('.echo-printings p')?.textContent).toContain(
      'Printed in 3 other articles from 2 sources, first here (1 Mar 2026, 06:00 UTC).',
    );
  });

  it('dates an article with no publication date by its page’s last change, not its import', async () => {
    const host = await render(3, [], [], (about) => {
      const paper0 = about.get('paper-0');
      if (paper0)
        about.set('paper-0', {
          ...paper0,
          publishedAt: 0,
          modifiedAt: day(3),
          importedAt: day(28),
        });
    });
    expect(host.querySelector('.echo-printings p')?.textContent).toContain(
      'first on 3 Mar 2026 (last changed) by Paper 0.',
    );
  });

  it('dates the open article by its publication date when that is before 1970', async () => {
    const host = await render(3, [], [], (about) =>
      about.set('open', {
        title: 'Harbour plan approved',
        source: 'Coast Post',
        publishedAt: Date.UTC(1966, 2, 1),
        importedAt: day(9),
      }),
    );
    expect(host.querySelector('.echo-printings p')?.textContent).toContain(
      'Printed in 3 other articles from 2 sources, first here (1 Mar 1966).',
    );
  });

  it('lists a thousand printings a hundred at a time', async () => {
    const host = await render(1_000);
    expect(host.querySelectorAll('li.echo-item')).toHaveLength(1);
    await act(async () => button(host, /^List all 1,000$/).click());
    expect(host.querySelectorAll('li.printing')).toHaveLength(PRINTINGS_STEP);
    expect(host.querySelector('.echo-printings .echo-more')?.textContent).toContain(
      `and ${(1_000 - PRINTINGS_STEP).toLocaleString('en')} more`,
    );
    await act(async () => button(host, /^List 100 more$/).click());
    expect(host.querySelectorAll('li.printing')).toHaveLength(2 * PRINTINGS_STEP);
  });
});
