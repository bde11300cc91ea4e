import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { seededApi, type SeededApi } from './api.js';

/** Debian's Chromium (installed by .ci/run); never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** True for requests that stay on this machine. */
export const isLocal = (url: string) =>
  /^(?:https?|wss?):\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\//.test(url) || /^(?:data|blob|about):/.test(url);

export interface BrowserSession {
  api: SeededApi;
  browser: Browser;
  close(): Promise<void>;
}

/** A seeded API (see seededApi) and a headless Chromium, for tests that look at pages. */
export async function seededBrowser(files: string[]): Promise<BrowserSession> {
  const api = await seededApi(files);
  const browser = await launchBrowser();
  return {
    api,
    browser,
    async close() {
      await browser.close();
      await api.close();
    },
  };
}
