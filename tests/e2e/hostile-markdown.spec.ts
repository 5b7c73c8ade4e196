import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { renderHostileBody, renderHostileFragment } from '../fixtures/hostile/render';

/** Loads HTML as a whole document (so a surviving script or handler would run), then reports what ran. */
async function load(page: Page, html: string) {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.setContent(
    `<!DOCTYPE html><html><head><title>t</title></head><body>${html}</body></html>`,
  );
  // Give onerror, onload, ontoggle and autofocus handlers their chance.
  await page.waitForTimeout(300);
  await page.mouse.move(10, 10);
  await page.mouse.move(300, 200);
  return {
    pwned: await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    frames: page.frames().length,
    dialogs,
    hrefs: await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
  };
}

test('the harness notices hostile HTML that was not sanitized', async ({ page }) => {
  const raw = readFileSync(new URL('../fixtures/hostile/fragment.html', import.meta.url), 'utf8');
  expect((await load(page, raw)).pwned).toBe(1);
});

for (const [name, render] of [
  ['a hostile Markdown body', renderHostileBody],
  ['hostile raw HTML at the sanitizer', renderHostileFragment],
] as const) {
  test(`${name} runs nothing in the browser`, async ({ page }) => {
    const result = await load(page, await render());
    expect(result.pwned).toBeUndefined();
    expect(result.dialogs).toEqual([]);
    expect(result.frames).toBe(1);
    for (const href of result.hrefs) expect(href).toMatch(/^(https:\/\/|\/)/);
  });
}
