import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { htmlFilesUnder, pathOfHtmlFile } from '../../lib/security/page-hashes';
import { securityHeaders } from '../../lib/security/headers';
import { inlineScriptHashes } from '../../lib/security/inline-scripts';

/** A policy's directives by name, and the script hashes a page's <meta> policy allows. */
const directives = (policy: string) =>
  new Map(
    policy.split(/;\s*/).map((part) => [part.split(' ')[0], part.slice(part.indexOf(' ') + 1)]),
  );
const metaPolicy = (html: string) =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
const hashesOf = (scriptSrc = '') =>
  scriptSrc
    .split(' ')
    .filter((source) => source.startsWith("'sha256-"))
    .sort();
const withoutMeta = (html: string) =>
  html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');

// out/ served by a plain static file server with deploy/_headers, as a static host would serve it.
const PORT = Number(process.env.E2E_STATIC_PORT ?? 3120);
const origin = `http://127.0.0.1:${PORT}`;
const OUT = 'out';

test.describe('the static export', () => {
  // One server on one port: both tests run in one worker.
  test.describe.configure({ mode: 'serial' });
  test.skip(!existsSync(`${OUT}/404.html`) && !process.env.CI, 'run `npm run build:static` first');
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    server = spawn('node', ['scripts/serve-static.mjs', OUT, '--port', String(PORT)], {
      stdio: 'inherit',
    });
    await expect
      .poll(async () => (await fetch(origin).catch(() => undefined))?.status, { timeout: 10_000 })
      .toBe(200);
  });
  test.afterAll(() => {
    server?.kill();
  });

  test('answers every page from plain files, with the headers, and 404 for the rest', async ({
    request,
  }) => {
    const paths = htmlFilesUnder(OUT)
      .map(pathOfHtmlFile)
      .filter((path) => typeof path === 'string' && path !== 'not-found');
    expect(paths.length).toBeGreaterThan(15);
    for (const path of [...new Set(paths)]) {
      const response = await request.get(`${origin}${encodeURI(path as string)}`);
      expect(response.status(), path as string).toBe(200);
      expect(response.headers()['strict-transport-security']).toBe(
        securityHeaders['Strict-Transport-Security'],
      );
      expect(await response.text()).toContain('http-equiv="Content-Security-Policy"');
    }
    const missing = await request.get(`${origin}/events/no-such-event`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('<html lang="zh-CN"');
    const englishMissing = await request.get(`${origin}/en/no-such-page`);
    expect(englishMissing.status()).toBe(404);
    expect(await englishMissing.text()).toContain('<html lang="en"');
  });

  test('a reader can browse it: pages render, links navigate, no policy is violated', async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${origin}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('AI模型技术与应用峰会');
    await page
      .getByRole('region', { name: '议程' })
      .getByRole('link', { name: '美团视觉GPU推理服务部署架构优化的实践' })
      .click();
    await expect(page).toHaveURL(/\/sessions\/meituan-vision-gpu-inference-architecture$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      '美团视觉GPU推理服务部署架构优化的实践',
    );
    await page.goto(`${origin}/speakers`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('sends the same headers as npm start, and the same script policy once the page’s <meta> applies', async ({
    request,
    baseURL,
  }) => {
    const paths = [
      '/',
      '/events/npcon-2023-beijing',
      '/speakers/chen-wei',
      '/search',
      '/no-such-page',
      '/en/no-such-page',
    ];
    for (const path of paths) {
      const [server, host] = await Promise.all([
        request.get(`${baseURL}${path}`),
        request.get(`${origin}${path}`),
      ]);
      expect(host.status(), path).toBe(server.status());
      const serverHeaders = server.headers();
      const hostHeaders = host.headers();
      for (const name of Object.keys(securityHeaders).map((key) => key.toLowerCase()))
        expect(hostHeaders[name], `${path} ${name}`).toBe(serverHeaders[name]);
      const serverPolicy = directives(serverHeaders['content-security-policy'] ?? '');
      const hostPolicy = directives(hostHeaders['content-security-policy'] ?? '');
      // Each side allows exactly the inline scripts of the page it sent (the two builds differ by build id).
      expect(hashesOf(serverPolicy.get('script-src'))).toEqual(
        inlineScriptHashes(await server.text()).sort(),
      );
      const exported = await host.text();
      const meta = directives(metaPolicy(exported)).get('script-src');
      expect(hashesOf(meta)).toEqual(inlineScriptHashes(withoutMeta(exported)).sort());
      expect(meta?.split(' ')[0]).toBe(serverPolicy.get('script-src')?.split(' ')[0]);
      // The host's one header allows every player host; the page's <meta> narrows frames to the server's.
      expect(directives(metaPolicy(exported)).get('frame-src'), path).toBe(serverPolicy.get('frame-src'));
      for (const narrowed of ['script-src', 'frame-src']) {
        serverPolicy.delete(narrowed);
        hostPolicy.delete(narrowed);
      }
      expect(hostPolicy, path).toEqual(serverPolicy);
    }
  });
});
