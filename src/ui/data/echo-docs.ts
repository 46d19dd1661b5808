import { readContentHashes } from '../../db/echo-docs';
import { archive } from './archive';

/** Every article's id with its content hash, read a page of records at a time until `signal`. */
export function archiveHashes(signal?: AbortSignal): Promise<Map<string, string>> {
  return readContentHashes(archive(), signal);
}
