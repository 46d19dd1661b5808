import type { FilledField } from '../../db/fill-details';

// The person's words for each detail, in the order they are said.
const words: Readonly<Record<FilledField, string>> = {
  title: 'title',
  source: 'source',
  date: 'date',
  address: 'address',
  author: 'author',
};
const order = Object.keys(words) as FilledField[];

/** Details as a list in words: "source, date and address". */
export function detailsInWords(fields: readonly FilledField[]): string {
  const said = order.filter((field) => fields.includes(field)).map((field) => words[field]);
  const last = said.pop() ?? '';
  return said.length ? `${said.join(', ')} and ${last}` : last;
}

/**
 * The summary's line for repeats that gave their archived article details it lacked, or '' when
 * none did: "1 already archived — its source, date and address filled in from this copy". Said
 * because "already archived" alone reads as "nothing happened", and the article has changed.
 */
export function filledLine(
  filled: readonly (readonly FilledField[])[],
  alreadyArchived: number,
): string {
  if (!filled.length) return '';
  const count = filled.length;
  const who =
    count === alreadyArchived
      ? `${count} already archived`
      : `${count} of the ${alreadyArchived} already archived`;
  const details = detailsInWords(filled.flat());
  return count === 1
    ? `${who} — its ${details} filled in from this copy`
    : `${who} — their ${details} filled in from these copies, where they had none`;
}
