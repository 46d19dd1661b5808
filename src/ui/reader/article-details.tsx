import { useContext, useRef, useState, type FocusEvent } from 'react';
import { editArticle, updateArticle, type UpdateOptions } from '../../db/articles';
import type { ArticleRecord } from '../../db/records';
import { detailsDraftKey, dropDraft, keepDraft, keptDraftOr } from '../common/kept-drafts';
import { useWrite } from '../common/use-write';
import { archive } from '../data/archive';
import { NotifyContext } from '../shell/notify-context';
import {
  type DetailsDraft,
  describePatch,
  draftOf,
  readDraft,
  undoPatchOf,
} from './details-fields';
import './article-details.css';

const fields: readonly { readonly name: keyof DetailsDraft; readonly label: string }[] = [
  { name: 'source', label: 'Source' },
  { name: 'title', label: 'Title' },
  { name: 'byline', label: 'Byline' },
  { name: 'published', label: 'Published' },
];

// Said when a source edit took the article out of its story.
const leftStoryWords =
  'Another paper’s article is not a version of this story’s: it is now an article of its own.';

// A kept draft from before a reload, if it is one.
function keptDetails(key: string): DetailsDraft | undefined {
  try {
    const kept: unknown = JSON.parse(keptDraftOr(key, 'null'));
    if (typeof kept !== 'object' || kept === null) return undefined;
    const record = kept as Record<string, unknown>;
    if (fields.every(({ name }) => typeof record[name] === 'string')) return kept as DetailsDraft;
  } catch {
    // Not JSON: not a draft this form kept.
  }
  return undefined;
}

/**
 * The article's source, title, byline and publication date, corrected in a form: Enter or
 * leaving the form saves, Escape abandons, and the notice offers Undo. What is typed is kept
 * (kept-drafts.ts) until it is saved, so a reload reopens the form with it. The edit goes through
 * updateArticle, which keeps summaries, counts, search and the echo stamp current (a source or
 * date changes who printed a passage first).
 */
export function ArticleDetails({ article }: { article: ArticleRecord }) {
  const key = detailsDraftKey(article.id);
  const [draft, setDraft] = useState<DetailsDraft | undefined>(() => keptDetails(key));
  // Whether the form is open, for the blur a closing form may still deliver (it must not save).
  const open = useRef(draft !== undefined);
  const [problem, setProblem] = useState<{ field: keyof DetailsDraft; message: string }>();
  const opener = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const write = useWrite();
  const notify = useContext(NotifyContext);

  const close = (): void => {
    open.current = false;
    dropDraft(key);
    setDraft(undefined);
    setProblem(undefined);
    // The button that opened the form is back: focus returns to it, not to the page's top.
    queueMicrotask(() => opener.current?.focus());
  };
  const change = (name: keyof DetailsDraft, value: string): void => {
    if (!draft) return;
    const next = { ...draft, [name]: value };
    setDraft(next);
    if (problem?.field === name) setProblem(undefined);
    keepDraft(key, JSON.stringify(next));
  };
  const save = (): void => {
    if (!draft || !open.current) return;
    const reading = readDraft(draft, article);
    if (reading.kind === 'invalid') {
      setProblem(reading);
      form.current?.querySelector<HTMLInputElement>(`[name="${reading.field}"]`)?.focus();
      return;
    }
    const { patch } = reading;
    close();
    if (Object.keys(patch).length === 0) return;
    const undo = undoPatchOf(patch, article);
    const { id } = article;
    let left = false;
    let undoOptions: UpdateOptions = {};
    const saveDetails = async (): Promise<void> => {
      const edit = await editArticle(archive(), id, patch);
      // Named another paper's, it left its story (a version is the same paper's article):
      // said, and Undo puts it back among its versions (the story's row as it was, if it went).
      left = edit.left !== undefined;
      undoOptions = edit.left === undefined ? {} : { backInto: edit.left };
    };
    void write('saving the article’s details', saveDetails).then((stored) => {
      if (!stored) return;
      notify({
        message: left ? `${describePatch(patch)} ${leftStoryWords}` : describePatch(patch),
        action: {
          label: 'Undo',
          run: () =>
            void write('undoing the details edit', () =>
              updateArticle(archive(), id, undo, undoOptions),
            ),
        },
      });
    });
  };
  const leave = (event: FocusEvent<HTMLFormElement>): void => {
    // Focus moving between the form's own fields is not leaving it.
    if (event.relatedTarget instanceof Node && form.current?.contains(event.relatedTarget)) return;
    save();
  };

  if (!draft)
    return (
      <button
        ref={opener}
        type="button"
        className="link-button muted"
        onClick={() => {
          open.current = true;
          setDraft(draftOf(article));
          setProblem(undefined);
        }}
      >
        Edit details
      </button>
    );
  return (
    <form
      ref={form}
      className="article-details"
      aria-label="Article details"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onBlur={leave}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Escape abandons the edit; it must not also leave the reader.
        event.stopPropagation();
        close();
      }}
    >
      {fields.map(({ name, label }, index) => (
        <label key={name} className="article-details-field">
          <span>{label}</span>
          <input
            name={name}
            value={draft[name]}
            // The person asked to edit: the first field takes the focus.
            autoFocus={index === 0}
            placeholder={name === 'published' ? '2026-03-02 or 2026-03-02 09:30' : ''}
            aria-invalid={problem?.field === name || undefined}
            aria-describedby={problem?.field === name ? 'article-details-problem' : undefined}
            onChange={(event) => change(name, event.target.value)}
          />
        </label>
      ))}
      {problem && (
        <p id="article-details-problem" role="alert">
          {problem.message}
        </p>
      )}
      <p className="article-details-actions">
        <button type="submit">Save details</button>
        <button type="button" onClick={close}>
          Cancel
        </button>
        <span className="muted">
          Enter saves, Escape cancels. A source or date change moves who printed it first.
        </span>
      </p>
    </form>
  );
}
