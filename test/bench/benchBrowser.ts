/**
 * Chromium for the viewer's browser benchmarks: the test harness's browser (software WebGL
 * through SwiftShader, and without the address-bar popup a fresh headless Chromium preloads
 * beside the first page: see `DISABLED_FEATURES` in the harness).
 */
import { DISABLED_FEATURES, launchBrowser } from '@lokus/viewer/testing';
import type { Browser } from 'playwright-core';

/** Browser features switched off for the benchmarks (reported with their figures). */
export const BENCH_DISABLED_FEATURES: readonly string[] = DISABLED_FEATURES;

/**
 * Launches Debian's chromium for a benchmark, or returns null when it is not installed.
 *
 * @example
 * const browser = await launchBenchBrowser();
 * browser === null || browser.isConnected(); // => true
 */
export function launchBenchBrowser(): Promise<Browser | null> {
  return launchBrowser();
}
