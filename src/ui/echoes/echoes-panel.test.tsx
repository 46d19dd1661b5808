// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { findEchoesWithin } from '../../core/echoes/find-echoes-within';
import { strongestFirst } from '../../core/echoes/strength';
import { articleClusters } from '../clusters/article-clusters';
import type { Echo, Passage } from '../../core/model';
import { EchoesPanel, LIST_STEP } from './echoes-panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

// The weaker echo (a paragraph reworded) comes first in the text, the exact one (a quote printed
// twice) second: the reader numbers its highlights 1 and 2 in text order, the list shows the
// exact one first.
const text = [
  'Council approves new harbour plan',
  'The council said on Monday that the harbour plan would cost about four million pounds over five years and that work would start in spring after a long consultation with residents.',
  'Residents were divided. Some welcomed the jobs the works would bring, others feared the noise.',
  'The mayor told reporters that the project marks a turning point for the town and its fishing fleet after years of decline.',
  'Local shops expect more trade during the summer season once the new quay opens to visitors.',
  'The council said on Monday that the harbour plan would cost roughly four million pounds over the next five years and that work would begin in spring after a long consultation with local residents.',
  'The mayor told reporters that the project marks a turning point for the town and its fishing fleet after years of decline.',
].join('\n\n');

async function panel(
  onShow?: (passage: Passage) => void,
  titleLineHidden?: ReadonlySet<string>,
): Promise<HTMLElement> {
  const echoes = findEchoesWithin({ id: 'a', text }).sort(strongestFirst);
  const clusters = articleClusters(echoes, 'a');
  const host = document.createElement('div');
  document.body.append(host);
  await act(async () => {
    createRoot(host).render(
      <EchoesPanel
        echoes={echoes}
        texts={new Map([['a', text]])}
        titles={new Map([['a', 'Council approves new harbour plan']])}
        onCompare={() => undefined}
        onShow={onShow}
        titleLineHidden={titleLineHidden}
        clusters={clusters}
      />,
    );
  });
  return host;
}

describe('EchoesPanel in the reader', () => {
  it('names each echo by the number its highlights carry in the text, not by its rank', async () => {
    const host = await panel();
    const heads = [...host.querySelectorAll('.echo-item-head strong')].map((e) => e.textContent);
    const first = host.querySelector('.echo-item')?.textContent ?? '';
    // Strongest first: the quote printed word for word, which is the second passage in the text.
    expect(first).toContain('The mayor told reporters');
    expect(first).toContain('100% similar');
    expect(heads).toEqual(['Cluster 2', 'Cluster 1']);
    expect(host.textContent).not.toMatch(/Echo \d/);
  });

  it('says where each copy is (its paragraph) and shows that copy when it is clicked', async () => {
    const shown: Passage[] = [];
    const host = await panel((passage) => shown.push(passage));
    // The mayor's quote, word for word in paragraphs 4 and 7: the two excerpts read the same,
    // so only where they are tells them apart.
    const quote = host.querySelector('.echo-item');
    const places = [...(quote?.querySelectorAll('button.echo-where') ?? [])];
    expect(places.map((b) => b.textContent)).toEqual(['paragraph 4', 'paragraph 7']);
    expect(places[1]?.getAttribute('aria-label')).toBe('Show this copy: paragraph 7');
    await act(async () => (places[1] as HTMLButtonElement).click());
    expect(shown).toHaveLength(1);
    expect(text.slice(shown[0]?.start, shown[0]?.end)).toContain('The mayor told reporters');
    expect(shown[0]?.start).toBeGreaterThan(text.indexOf('Local shops'));
  });

  it('counts paragraphs after a title line the reader leaves out', async () => {
    // The text's first line repeats its title: the reader shows it as the heading only
    // (withoutTitleLine), so the quote is the 3rd and 6th paragraph a person sees.
    const host = await panel(() => undefined, new Set(['a']));
    const places = [...(host.querySelector('.echo-item')?.querySelectorAll('.echo-where') ?? [])];
    expect(places.map((b) => b.textContent)).toEqual(['paragraph 3', 'paragraph 6']);
  });
});

const sentence = 'The council said on Tuesday that the new bridge would open in the spring. ';
const copies = 1_000;
const printed = sentence.repeat(copies);
// One sentence printed a thousand times: 999 echoes with the first copy, as the engine gives.
const echoes: Echo[] = Array.from({ length: copies - 1 }, (_, i) => ({
  kind: 'within',
  similarity: 1,
  a: { doc: 'open', start: 0, end: sentence.length - 1 },
  b: { doc: 'open', start: (i + 1) * sentence.length, end: (i + 2) * sentence.length - 1 },
}));

describe('EchoesPanel with an echo per copy of a passage printed a thousand times', () => {
  it('lists the first ones, says how many more, and lists more when asked', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () => {
      root.render(
        <EchoesPanel
          echoes={echoes}
          texts={new Map([['open', printed]])}
          titles={new Map()}
          onCompare={() => undefined}
        />,
      );
    });
    const items = () => host.querySelectorAll('li.echo-item');
    expect(host.querySelector('h4')?.textContent).toBe('Within this article (999)');
    expect(items()).toHaveLength(LIST_STEP);
    expect(host.querySelector('.echo-more')?.textContent).toContain(
      `and ${copies - 1 - LIST_STEP} more`,
    );
    await act(async () => {
      host.querySelector<HTMLButtonElement>('.echo-more button')?.click();
    });
    expect(items()).toHaveLength(2 * LIST_STEP);
    // Numbered as the highlights are: by place in the whole list.
    expect(items()[2 * LIST_STEP - 1]?.textContent).toContain(`Echo ${2 * LIST_STEP}`);
    await act(async () => root.unmount());
  });
});
