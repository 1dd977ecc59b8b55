/** The register worker of the viewer: the engine's request loop, bundled by Vite. */
import { serveRegisterRequests } from '@lokus/registers/browser';

serveRegisterRequests();
