/// <reference lib="webworker" />
import { setClusterKeeper, setTextReader } from '../../workers/echo-worker';
import { archiveClusterKeeper } from './cluster-keeper';
import { archiveTextReader } from './echo-texts';

// The echo worker's entry: the one place it meets the database, so src/workers stays free of it.
// The worker reads the texts it indexes itself and the page sends only their ids: at 100,000
// articles the texts read and cloned on the page made its garbage collections its longest tasks.
// For the same reason it stores a clusters scan's result itself, and the page reads it back.
setTextReader(archiveTextReader());
setClusterKeeper(archiveClusterKeeper());
