import { createServer } from 'node:net';

/**
 * The first port from `start` (trying 100) on which 127.0.0.1 can listen, or null.
 *
 * @example
 * const port = await freePort(4173); // 4173 when nothing else listens there
 * port !== null && port >= 4173 && port < 4273; // => true
 */
export async function freePort(start: number): Promise<number | null> {
  for (let port = start; port < start + 100 && port < 65536; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .once('listening', () => probe.close(() => resolve(true)))
        .listen(port, '127.0.0.1');
    });
    if (free) return port;
  }
  return null;
}
