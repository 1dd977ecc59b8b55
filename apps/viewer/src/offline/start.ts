/**
 * Runs before the app (its own module script, first in index.html): checks the link in the
 * address bar before anything reads it (see {@link guardSharedLink}).
 */
import { guardSharedLink } from './guardSharedLink.ts';

guardSharedLink({ location, history, storage: localStorage, document });
