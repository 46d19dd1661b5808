import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../core/versions/align-paragraphs';
import { versionsSummary } from './versions-summary';

const body = [
  'The agency said on Monday that the mine deal would go ahead in stage one.',
  'Officials declined to say how much it would cost the taxpayers of the region.',
].join('\n\n');

describe('versionsSummary', () => {
  it('counts the paragraphs that changed, moved, came and went', () => {
    const edited = `${body}\n\nA new paragraph says the minister resigned on Tuesday.`;
    expect(
      versionsSummary(
        { title: 'Mine deal signed', text: body },
        { title: 'Mine deal signed', text: edited },
        alignParagraphs(body, edited),
        0,
      ),
    ).toBe('0 paragraphs changed, 0 moved, 1 inserted, 0 deleted.');
  });

  it('says first that the headline changed, from what to what: a page keeps its headline out of its text, so no paragraph shows it', () => {
    expect(
      versionsSummary(
        { title: 'Mine deal signed', text: body },
        { title: 'Mine deal signed, minister resigns', text: body },
        alignParagraphs(body, body),
        0,
      ),
    ).toBe(
      'Headline changed: “Mine deal signed” → “Mine deal signed, minister resigns”. 0 paragraphs changed, 0 moved, 0 inserted, 0 deleted.',
    );
  });
});
