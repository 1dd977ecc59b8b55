/** The register worker of the viewer: the engine's own worker module, bundled by Vite. */
import '@lokus/registers/browser/worker';
