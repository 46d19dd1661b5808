import type { Page } from '@playwright/test';

/** A file handed to the page's file chooser. */
export interface PickedFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

/** Picks `files` through the library's Import files… button, as a person would. */
export async function importFiles(page: Page, files: readonly PickedFile[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).first().click();
  await (await chooser).setFiles([...files]);
}
