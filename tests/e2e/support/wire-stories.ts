import type { PickedFile } from './import-files';

/** The wire paragraph's first sentence: £200m for the coastal railway. */
export const railWireOpening =
  'The regional transport authority confirmed on Tuesday that £200m would be spent over five years to rebuild the coastal railway line, which was closed after storms washed away a section of track near the harbour last winter.';

/** One wire paragraph that papers print, lightly edited, in the cluster and scan tests. */
export const railWire = `${railWireOpening} Engineers expect the first trains to run again by the autumn of next year, and a temporary bus service will continue until then.`;

/** An article written as a Markdown file with front matter, as a person's notes folder holds it. */
export interface MarkdownStory {
  readonly file: string;
  readonly title: string;
  readonly source: string;
  readonly date: string;
  readonly body: string;
}

/** The story as a file for the page's chooser: front matter (title, source, date), then its body. */
export function markdownFile(story: MarkdownStory): PickedFile {
  const { title, source, date, body } = story;
  return {
    name: story.file,
    mimeType: 'text/markdown',
    buffer: Buffer.from(`---\ntitle: ${title}\nsource: ${source}\ndate: ${date}\n---\n\n${body}\n`),
  };
}
