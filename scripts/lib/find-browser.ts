/**
 * Which Chromium the browser tests use, and how a fresh machine gets one. The order: a browser named by
 * CHROME_PATH, a system one on PATH, one Playwright already downloaded, the system package manager when
 * run as root, and Playwright's own download last (its host is not reachable from every network, so it
 * gets a short connection timeout and runs after everything else). Every probe is injected, so the
 * order is tested without touching the machine.
 */

export type BrowserSource = 'CHROME_PATH' | 'system' | 'Playwright' | 'apt-get' | 'Playwright download';

export interface FoundBrowser {
  source: BrowserSource;
  /** Undefined for Playwright's own browser: Playwright finds it itself. */
  path?: string;
}

export interface BrowserProbes {
  chromePath: string | undefined;
  exists: (path: string) => boolean;
  /** The full path of a command found on PATH. */
  onPath: (command: string) => string | undefined;
  /** Where Playwright keeps (or would keep) its Chromium. */
  playwrightExecutable: () => string | undefined;
  isRoot: boolean;
  /** apt-get's path, when this is a Debian or Ubuntu machine. */
  aptGet: () => string | undefined;
  /** Runs a command to its end (output shown); true when it exits 0 within the timeout. */
  run: (command: string, args: string[], options: { timeoutMs: number; env?: Record<string, string> }) => boolean;
  log: (line: string) => void;
}

/** Commands of the system browsers, in order of preference. */
export const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
/** What Debian's chromium package installs. */
export const APT_CHROMIUM = '/usr/bin/chromium';
const APT_TIMEOUT_MS = 10 * 60_000;
/** Playwright retries an unreachable host; each attempt gives up after this long. */
const DOWNLOAD_CONNECTION_TIMEOUT_MS = 10_000;
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

/** The browsers already on the machine, without installing anything (what playwright.config.ts uses). */
export function findInstalledBrowser(probes: BrowserProbes, warn = false): FoundBrowser | undefined {
  const { chromePath } = probes;
  if (chromePath) {
    if (probes.exists(chromePath)) return { source: 'CHROME_PATH', path: chromePath };
    if (warn) probes.log(`CHROME_PATH names ${chromePath}, which does not exist; looking elsewhere`);
  }
  for (const command of SYSTEM_BROWSERS) {
    const path = probes.onPath(command);
    if (path) return { source: 'system', path };
  }
  const downloaded = probes.playwrightExecutable();
  if (downloaded && probes.exists(downloaded)) return { source: 'Playwright' };
  return undefined;
}

/** The one command a person runs when nothing worked. */
export function installAdvice(probes: BrowserProbes): string {
  if (probes.aptGet()) return probes.isRoot ? 'apt-get update && apt-get install -y chromium' : 'sudo apt-get install -y chromium';
  return 'npx playwright install chromium';
}

export type EnsureResult = { ok: true; browser: FoundBrowser } | { ok: false; message: string };

/** Finds a browser, installing one when none is there; never asks a person anything. */
export function ensureBrowser(probes: BrowserProbes): EnsureResult {
  const installed = findInstalledBrowser(probes, true);
  if (installed) return { ok: true, browser: installed };

  const apt = probes.aptGet();
  if (apt && probes.isRoot) {
    probes.log('No Chromium found: installing Debian’s chromium package');
    const done =
      probes.run(apt, ['update'], { timeoutMs: APT_TIMEOUT_MS }) &&
      probes.run(apt, ['install', '-y', 'chromium'], { timeoutMs: APT_TIMEOUT_MS });
    const path = probes.onPath('chromium') ?? (probes.exists(APT_CHROMIUM) ? APT_CHROMIUM : undefined);
    if (done && path) return { ok: true, browser: { source: 'apt-get', path } };
  }

  probes.log('Downloading Playwright’s Chromium');
  const downloaded = probes.run('npx', ['--no-install', 'playwright', 'install', 'chromium'], {
    timeoutMs: DOWNLOAD_TIMEOUT_MS,
    env: { PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: String(DOWNLOAD_CONNECTION_TIMEOUT_MS) },
  });
  const executable = probes.playwrightExecutable();
  if (downloaded && executable && probes.exists(executable)) return { ok: true, browser: { source: 'Playwright download' } };

  return {
    ok: false,
    message: `No Chromium for the browser tests, and none could be installed. Run: ${installAdvice(probes)}  (or set CHROME_PATH to a Chrome or Chromium)`,
  };
}

/** Noto CJK, so screenshots and Lighthouse draw Chinese as readers see it; only as root with apt, never fatal. */
export function ensureCjkFonts(probes: BrowserProbes, installed: (pkg: string) => boolean | undefined): void {
  const apt = probes.aptGet();
  if (!apt || !probes.isRoot || installed('fonts-noto-cjk') !== false) return;
  probes.log('Installing fonts-noto-cjk for screenshots of Chinese pages');
  const install = () => probes.run(apt, ['install', '-y', 'fonts-noto-cjk'], { timeoutMs: APT_TIMEOUT_MS });
  // A fresh machine may have no package lists yet: fetch them only when the install needs them.
  if (!install() && !(probes.run(apt, ['update'], { timeoutMs: APT_TIMEOUT_MS }) && install())) {
    probes.log('fonts-noto-cjk could not be installed; Chinese may draw with fallback fonts in screenshots');
  }
}
