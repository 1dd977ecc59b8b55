/**
 * Named moments of the viewer's start and runs on the browser's performance timeline
 * (`lokus:<name>`), read by the benchmark and visible in the browser's Performance panel.
 *
 * @example
 * perfMark('manifest');
 * performance.getEntriesByName('lokus:manifest').length; // => 1
 */
export function perfMark(name: string): void {
  performance.mark(`lokus:${name}`);
}
