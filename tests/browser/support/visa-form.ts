import type { Locator, Page } from 'playwright-core';

/** Picks an option of a Mantine Select (a combobox) by its visible label. */
export async function chooseOption(page: Page, field: Locator, option: string | RegExp): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Clicks one segment (a radio) of a labelled group of segments, e.g. "None" of "Earlier statuses". */
export async function chooseSegment(group: Locator, label: string): Promise<void> {
  await group.locator('label').filter({ hasText: new RegExp(`^${label}$`) }).first().click();
}

/** The text of the element(s) that a field's aria-describedby points to. */
export async function describedBy(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts: string[] = [];
  for (const id of ids.split(/\s+/).filter(Boolean)) {
    texts.push((await field.page().locator(`[id="${id}"]`).textContent()) ?? '');
  }
  return texts.join(' ');
}
