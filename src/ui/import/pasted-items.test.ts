import { describe, expect, it } from 'vitest';
import { pastedItems } from './pasted-items';

// What a paste's clipboard holds: no files, a plain text and maybe HTML.
function clipboard(text: string, html = ''): DataTransfer {
  const data = { 'text/plain': text, 'text/html': html };
  return {
    files: { length: 0 },
    getData: (type: string) => (type === 'text/plain' || type === 'text/html' ? data[type] : ''),
  } as unknown as DataTransfer;
}

describe('pastedItems', () => {
  it('imports one pasted link as a URL', async () => {
    expect(await pastedItems(clipboard('  https://news.example.org/a  '))).toEqual([
      { kind: 'url', url: 'https://news.example.org/a' },
    ]);
  });

  it('imports a column of links (copied from a spreadsheet or a list) as one URL each, not as an article of addresses', async () => {
    const links = [
      'https://news.example.org/a',
      '',
      'http://127.0.0.1:8080/story?id=2\r',
      '  https://www.example.com/2026/03/flood-plan  ',
    ].join('\n');
    expect(await pastedItems(clipboard(links, '<p>links</p>'))).toEqual([
      { kind: 'url', url: 'https://news.example.org/a' },
      { kind: 'url', url: 'http://127.0.0.1:8080/story?id=2' },
      { kind: 'url', url: 'https://www.example.com/2026/03/flood-plan' },
    ]);
  });

  it('keeps text that only mentions links an article of its own', async () => {
    const text = 'The council said:\nhttps://news.example.org/a\nwas wrong.';
    expect(await pastedItems(clipboard(text))).toEqual([{ kind: 'paste', text }]);
  });
});
