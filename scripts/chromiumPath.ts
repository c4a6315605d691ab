import { accessSync, constants } from 'node:fs';

/** Where Debian's `apt-get install chromium` puts the browser. */
export const defaultChromiumPath = '/usr/bin/chromium';

/**
 * Arguments for every headless Chromium we launch (Playwright tests and the browser benchmark). The machine
 * may run as root in a container (hence no sandbox) and must not talk to Google's services during a run.
 * Playwright refuses `--user-data-dir` here: use `launchPersistentContext(dir, …)` for a profile.
 */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to use: `CHROME_PATH` if set and executable, else Debian's, else `undefined`. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv !== undefined && fromEnv !== '' && isExecutable(fromEnv)) return fromEnv;
  if (isExecutable(defaultChromiumPath)) return defaultChromiumPath;
  return undefined;
}

/**
 * The Chromium binary to launch. Same choice as `findChromium`; when none is found it still returns a path
 * (`CHROME_PATH` or Debian's) so that the launcher reports which binary is missing.
 * `scripts/ensureChromium.ts` installs one before the tests run.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROME_PATH;
  return findChromium(env) ?? (fromEnv !== undefined && fromEnv !== '' ? fromEnv : defaultChromiumPath);
}
