/** The page's register worker. */
import { serveRegisterRequests } from '../../src/browser/serveRegisterRequests.ts';

serveRegisterRequests();
