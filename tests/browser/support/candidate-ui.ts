// Small steps of the candidate pages, in whatever language the page is in (labels are passed in).
import type { Page } from 'playwright-core';
import { seriousAccessibilityViolations } from './portal';

/** Picks an option of a Mantine Select (or searchable Select) by its label and the option's name. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The text of the polite status region that names what was just saved. */
export async function waitForStatus(page: Page, text: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor();
}

export async function waitForStepHeading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name: text, exact: true }).waitFor();
}

/** axe-core finds no serious or critical violation on the page as it is now. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

/** The message shown beside a field (Mantine links it to the input with aria-describedby). */
export async function fieldError(page: Page, label: string): Promise<string> {
  const input = page.getByLabel(label, { exact: true });
  await page.waitForFunction((element) => (element as { getAttribute(name: string): string | null } | null)?.getAttribute('aria-invalid') === 'true', await input.elementHandle());
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.filter(Boolean).join(' ');
}

/** Waits for a dialog to be open and done with its opening transition (axe measures colours as drawn). */
export async function waitForDialog(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  await page.waitForFunction(
    (element) => Number((globalThis as unknown as { getComputedStyle(e: unknown): { opacity: string } }).getComputedStyle(element).opacity) === 1,
    await dialog.elementHandle(),
  );
  await page.waitForTimeout(250);
  return dialog;
}
