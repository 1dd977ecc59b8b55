/**
 * Chromium for the viewer's browser benchmarks: the test harness's flags (software WebGL through
 * SwiftShader), without the work a fresh headless Chromium does for itself beside the first page.
 */
import { CHROMIUM_ARGS, chromiumPath } from '@lokus/viewer/testing';
import { type Browser, chromium } from 'playwright-core';

/**
 * Browser features switched off for the benchmarks. A fresh headless Chromium (version 156)
 * preloads the WebUI of its address-bar popup in a renderer of its own while the first page
 * loads: about 1.5–2 s of CPU (and the browser process's share of it) on a 2-core machine, which
 * is no part of the viewer and which a browser the analyst already has open has long done.
 */
export const BENCH_DISABLED_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
];

/**
 * Launches Debian's chromium for a benchmark, or returns null when it is not installed.
 *
 * @example
 * const browser = await launchBenchBrowser();
 * browser === null || browser.isConnected(); // => true
 */
export async function launchBenchBrowser(): Promise<Browser | null> {
  const executablePath = chromiumPath();
  if (!executablePath) return null;
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS, `--disable-features=${BENCH_DISABLED_FEATURES.join(',')}`],
  });
}
