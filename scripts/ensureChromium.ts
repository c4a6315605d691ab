/**
 * Makes sure a Chromium is available for the end-to-end tests and the browser benchmark.
 * Order: `CHROME_PATH` (if set and executable), `/usr/bin/chromium`, then — only when running as root on a
 * machine with apt-get — `apt-get install -y chromium`. Otherwise explains how to get one and exits 1.
 * Run with `tsx scripts/ensureChromium.ts`.
 */
import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { findChromium, isExecutable } from './chromiumPath';

const installHint =
  "RiskDesk's end-to-end tests need Chromium. Install it with `sudo apt-get install -y chromium` " +
  'or set CHROME_PATH to a Chromium/Chrome binary.';

function onPath(command: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir !== '');
  return dirs.map((dir) => join(dir, command)).find(isExecutable);
}

function run(command: string, args: readonly string[]): boolean {
  console.error(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error !== undefined) console.error(result.error.message);
  return result.status === 0;
}

function version(path: string): string {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return result.status === 0 ? result.stdout.trim() : 'version unknown';
}

function report(path: string): void {
  console.log(`Chromium: ${path} (${version(path)})`);
}

function main(): number {
  const requested = process.env.CHROME_PATH;
  if (requested !== undefined && requested !== '' && !isExecutable(requested)) {
    console.error(`CHROME_PATH=${requested} is not an executable file; looking for another Chromium.`);
  }

  const found = findChromium();
  if (found !== undefined) {
    report(found);
    return 0;
  }

  const aptGet = onPath('apt-get');
  if (process.getuid?.() === 0 && aptGet !== undefined) {
    console.error('No Chromium found; installing Debian chromium with apt-get.');
    if (run(aptGet, ['update']) && run(aptGet, ['install', '-y', 'chromium'])) {
      const installed = findChromium();
      if (installed !== undefined) {
        report(installed);
        return 0;
      }
    }
    console.error('apt-get did not provide a Chromium.');
  }

  console.error(installHint);
  return 1;
}

process.exitCode = main();
