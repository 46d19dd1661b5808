import { expect, test } from '@playwright/test';
import { importFiles } from './support/import-files';
import { markdownFile } from './support/wire-stories';

// A minister's quote as four papers printed it: the first paper word for word, the three after it
// with "comes whatever" reprinted as "snow however". The three alike make one of them the
// cluster's representative, so the first printing is not what the copies are aligned against.
const said = (words: string) =>
  `The minister told reporters at the harbour: "We will not let the people of Harwick down and we will build the bridge before the winter ${words} it costs to finish the job."`;
const papers = [
  { paper: 'Harwick Herald', day: '01', words: 'comes whatever', own: 'Ferries ran late again.' },
  { paper: 'Coastal Courier', day: '02', words: 'snow however', own: 'Rain closed the pier.' },
  { paper: 'Valley Tribune', day: '03', words: 'snow however', own: 'Shops opened at nine.' },
  { paper: 'Western Gazette', day: '04', words: 'snow however', own: 'The market was busy.' },
];

test('a copy of a cluster compares with the first printing, to read how a quote drifted', async ({
  page,
}) => {
  await page.goto('/');
  await importFiles(
    page,
    papers.map(({ paper, day, words, own }, i) =>
      markdownFile({
        file: `bridge-${i}.md`,
        title: `Bridge row in ${paper}`,
        source: paper,
        date: `2026-04-${day}`,
        body: `${own} Council officers met on Monday.\n\n${said(words)}\n\nVoting ends on Friday.`,
      }),
    ),
  );
  await expect(page.getByRole('status', { name: 'Import summary' })).toContainText('4 added');
  await page.getByRole('button', { name: 'Strongest echoes' }).click();
  const row = page.getByRole('list', { name: 'Clusters' }).getByRole('listitem').first();
  await expect(row).toContainText('first on 1 Apr 2026 by Harwick Herald');
  await row.getByRole('button').first().click();
  const copies = page.getByRole('list', { name: 'Every copy, earliest first' });
  const first = copies.getByRole('listitem', { name: /^Copy 1: Harwick Herald/ });
  const last = copies.getByRole('listitem', { name: /^Copy 4: Western Gazette/ });
  await expect(first).toContainText('origin');
  // The first printing is not compared with itself.
  await expect(first.getByRole('button', { name: 'Compare with the first printing' })).toHaveCount(
    0,
  );
  await last.getByRole('button', { name: 'Compare with the first printing' }).click();
  const left = page.getByRole('region', { name: 'Left: Bridge row in Harwick Herald' });
  const right = page.getByRole('region', { name: 'Right: Bridge row in Western Gazette' });
  await expect(left).toContainText('before the winter comes whatever it costs');
  await expect(right).toContainText('before the winter snow however it costs');
});
