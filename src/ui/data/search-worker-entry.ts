/// <reference lib="webworker" />
import { ArchiveDatabase } from '../../db/database';
import { archiveSearchStore } from '../../db/search-store';
import { serveSearch } from '../../search/search-worker';

// The search worker's entry: the one place the worker meets the database, so src/search stays
// free of it. The worker opens the archive by name and reads articles itself when it rebuilds.
serveSearch((name) => archiveSearchStore(new ArchiveDatabase(name)));
