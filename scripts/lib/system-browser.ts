import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';
import { findInstalledBrowser, installAdvice, type BrowserProbes } from './find-browser';

/** The probes of scripts/lib/find-browser.ts on this machine. */
export function systemBrowserProbes(): BrowserProbes {
  const onPath = (command: string) => {
    for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
      const path = join(dir, command);
      try {
        accessSync(path, constants.X_OK);
        return path;
      } catch {
        // Not in this folder.
      }
    }
    return undefined;
  };
  return {
    chromePath: process.env.CHROME_PATH || undefined,
    exists: existsSync,
    onPath,
    playwrightExecutable: () => {
      try {
        return chromium.executablePath();
      } catch {
        return undefined;
      }
    },
    isRoot: process.getuid?.() === 0,
    // By its usual path as well: a stripped PATH must not hide the package manager.
    aptGet: () => onPath('apt-get') ?? (existsSync('/usr/bin/apt-get') ? '/usr/bin/apt-get' : undefined),
    run: (command, args, { timeoutMs, env }) => {
      const result = spawnSync(command, args, {
        stdio: 'inherit',
        timeout: timeoutMs,
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', ...env },
      });
      return result.status === 0;
    },
    log: (line) => console.error(line),
  };
}

/**
 * The executable for Playwright's launchOptions: a found browser's path, or undefined for Playwright's
 * own. When there is none, says in one line what to run and exits (`npm run check` installs one first).
 */
export function browserExecutable(): string | undefined {
  const probes = systemBrowserProbes();
  const found = findInstalledBrowser(probes);
  if (found) return found.path;
  console.error(`No Chromium found. Run: ${installAdvice(probes)}  (or set CHROME_PATH)`);
  process.exit(1);
}
