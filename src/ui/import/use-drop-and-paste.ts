import { useEffect, useState } from 'react';
import type { ImportItem } from '../../import/import-types';
import { isTypingTarget } from '../shell/is-typing-target';
import { readDroppedFiles } from './dropped-files';
import { pastedItems } from './pasted-items';

/** Imports files and folders dropped anywhere on the window, and things pasted outside a text field. */
export function useDropAndPaste(onItems: (items: ImportItem[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const hasFiles = (event: DragEvent): boolean =>
      event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent): void => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent): void => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent): void => {
      setDragging(false);
      if (!event.dataTransfer || !hasFiles(event)) return;
      event.preventDefault();
      void readDroppedFiles(event.dataTransfer).then((files) =>
        onItems(files.map((file) => ({ kind: 'file', file }))),
      );
    };
    const onPaste = (event: ClipboardEvent): void => {
      if (!event.clipboardData || isTypingTarget(event.target)) return;
      event.preventDefault();
      void pastedItems(event.clipboardData).then(onItems);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, [onItems]);
  return dragging;
}
