import { describe, expect, it } from 'vitest';
import { ensureBrowser, ensureCjkFonts, findInstalledBrowser, type BrowserProbes } from '@/scripts/lib/find-browser';

interface Machine {
  files?: string[];
  path?: Record<string, string>;
  chromePath?: string;
  playwright?: string;
  root?: boolean;
  apt?: boolean;
  /** What each command does to the machine when run; absent commands fail. */
  commands?: Record<string, (machine: Required<Pick<Machine, 'files' | 'path'>>) => void>;
}

function probes(machine: Machine) {
  const files = new Set(machine.files ?? []);
  const state = { files: machine.files ?? [], path: { ...machine.path } };
  const ran: string[] = [];
  const log: string[] = [];
  const value: BrowserProbes = {
    chromePath: machine.chromePath,
    exists: (path) => files.has(path) || state.files.includes(path),
    onPath: (command) => state.path[command],
    playwrightExecutable: () => machine.playwright,
    isRoot: machine.root ?? false,
    aptGet: () => (machine.apt ? '/usr/bin/apt-get' : undefined),
    run: (command, args) => {
      const line = [command, ...args].join(' ');
      ran.push(line);
      const effect = machine.commands?.[line];
      effect?.(state);
      return effect !== undefined;
    },
    log: (line) => log.push(line),
  };
  return { value, ran, log };
}

const PLAYWRIGHT = '/home/x/.cache/ms-playwright/chromium/chrome';
const DOWNLOAD = 'npx --no-install playwright install chromium';

describe('findInstalledBrowser', () => {
  it('prefers CHROME_PATH, then a system browser on PATH, then Playwright’s download', () => {
    const everything = { files: ['/opt/chrome', PLAYWRIGHT], path: { chromium: '/usr/bin/chromium' }, playwright: PLAYWRIGHT };
    expect(findInstalledBrowser(probes({ ...everything, chromePath: '/opt/chrome' }).value)).toEqual({ source: 'CHROME_PATH', path: '/opt/chrome' });
    expect(findInstalledBrowser(probes(everything).value)).toEqual({ source: 'system', path: '/usr/bin/chromium' });
    expect(findInstalledBrowser(probes({ ...everything, path: {} }).value)).toEqual({ source: 'Playwright' });
    expect(findInstalledBrowser(probes({ playwright: PLAYWRIGHT }).value)).toBeUndefined();
  });

  it('takes chromium-browser or google-chrome when there is no chromium', () => {
    expect(findInstalledBrowser(probes({ path: { 'google-chrome': '/usr/bin/google-chrome' } }).value)?.path).toBe('/usr/bin/google-chrome');
    expect(findInstalledBrowser(probes({ path: { 'chromium-browser': '/snap/bin/chromium-browser', 'google-chrome': '/g' } }).value)?.path).toBe('/snap/bin/chromium-browser');
  });

  it('looks further, with a warning, when CHROME_PATH names a missing file', () => {
    const machine = probes({ chromePath: '/nowhere/chrome', path: { chromium: '/usr/bin/chromium' } });
    expect(ensureBrowser(machine.value)).toEqual({ ok: true, browser: { source: 'system', path: '/usr/bin/chromium' } });
    expect(machine.log).toEqual(['CHROME_PATH names /nowhere/chrome, which does not exist; looking elsewhere']);
  });
});

describe('ensureBrowser', () => {
  it('installs nothing when a browser is there', () => {
    const machine = probes({ root: true, apt: true, path: { chromium: '/usr/bin/chromium' } });
    expect(ensureBrowser(machine.value).ok).toBe(true);
    expect(machine.ran).toEqual([]);
  });

  it('as root on Debian, installs the chromium package before trying Playwright’s download', () => {
    const machine = probes({
      root: true,
      apt: true,
      commands: {
        '/usr/bin/apt-get update': () => {},
        '/usr/bin/apt-get install -y chromium': (state) => state.files.push('/usr/bin/chromium'),
      },
    });
    expect(ensureBrowser(machine.value)).toEqual({ ok: true, browser: { source: 'apt-get', path: '/usr/bin/chromium' } });
    expect(machine.ran).toEqual(['/usr/bin/apt-get update', '/usr/bin/apt-get install -y chromium']);
  });

  it('downloads Playwright’s Chromium last: without root, or when apt fails', () => {
    for (const machine of [
      probes({ apt: true, playwright: PLAYWRIGHT, commands: { [DOWNLOAD]: (state) => state.files.push(PLAYWRIGHT) } }),
      probes({ root: true, apt: true, playwright: PLAYWRIGHT, commands: { [DOWNLOAD]: (state) => state.files.push(PLAYWRIGHT) } }),
    ]) {
      expect(ensureBrowser(machine.value)).toEqual({ ok: true, browser: { source: 'Playwright download' } });
      expect(machine.ran.at(-1)).toBe(DOWNLOAD);
    }
  });

  it('fails with the one command to run when nothing works', () => {
    const asUser = ensureBrowser(probes({ apt: true, playwright: PLAYWRIGHT }).value);
    expect(asUser).toEqual({ ok: false, message: expect.stringContaining('Run: sudo apt-get install -y chromium') });
    const elsewhere = ensureBrowser(probes({ playwright: PLAYWRIGHT }).value);
    expect(elsewhere).toEqual({ ok: false, message: expect.stringContaining('Run: npx playwright install chromium') });
  });
});

describe('ensureCjkFonts', () => {
  it('installs fonts-noto-cjk as root when missing, and never fails the run', () => {
    const missing = probes({ root: true, apt: true });
    ensureCjkFonts(missing.value, () => false);
    expect(missing.ran).toEqual(['/usr/bin/apt-get install -y fonts-noto-cjk', '/usr/bin/apt-get update']);
    expect(missing.log.at(-1)).toMatch(/could not be installed/);

    for (const [machine, installed] of [
      [probes({ root: true, apt: true }), true],
      [probes({ apt: true }), false],
      [probes({ root: true }), undefined],
    ] as const) {
      ensureCjkFonts(machine.value, () => installed);
      expect(machine.ran).toEqual([]);
    }
  });
});
