// Who claims what, read in a real browser: the United States lists the claims it makes with
// the article's words, the missile claim names its claimant and its denier, and a sentence
// holding two quotes of one entity shows once.
import { expect, test } from '@playwright/test';
import { clickElement, expectNoErrors, openExplorer } from './cyHelpers';

test('clicking the United States lists the claims it makes, with their quotes', async ({
  page,
}) => {
  const errors = await openExplorer(page);
  await clickElement(page, 'united-states');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('United States');
  await expect(details.getByRole('heading', { name: 'Claims it makes (2)' })).toBeVisible();
  const factory = details.getByRole('listitem').filter({
    has: page.getByRole('button', { name: /^Iran builds in Russia/ }),
  });
  await expect(factory).toContainText('Alleged by United States');
  await expect(factory).toContainText(
    '“according to U.S. officials, constructed a drone factory within Russian borders”',
  );
  const missiles = details.getByRole('listitem').filter({
    has: page.getByRole('button', { name: 'Iran supplies Russia (ballistic missiles)' }),
  });
  await expect(missiles).toContainText('Claimed by United States · denied by Iran');
  await expect(missiles).toContainText(
    '“The U.S. has accused Iran of supplying ballistic missiles to Russia, a claim Tehran denies”',
  );
  await expectNoErrors(errors);
});

test('the missile claim names who claims it and who denies it', async ({ page }) => {
  const errors = await openExplorer(page);
  await clickElement(page, 'united-states');
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('button', { name: 'Iran supplies Russia (ballistic missiles)' }).click();
  await expect(page).toHaveURL(/#relation=iran-supplies-russia-ballistic-missiles$/);
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Iran supplies Russia');
  await expect(details).toContainText('Claimed by United States · denied by Iran');
  await expect(details).toContainText('Contested: Iran disputes it.');
  await expect(details).not.toContainText(/denied by United States|according to/i);
  await expectNoErrors(errors);
});

test('two quotes of the Zangezur corridor in one sentence show that sentence once', async ({
  page,
}) => {
  const errors = await openExplorer(page, '/#entity=zangezur-corridor');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { name: 'Supporting passages (1)' })).toBeVisible();
  const passage = details.locator('.passages blockquote');
  await expect(passage).toHaveCount(1);
  await expect(passage.locator('mark')).toHaveText([
    'Recently, tensions have resurfaced over the proposed Zangezur corridor',
    'a land link between Azerbaijan and Turkey that has raised concerns in Tehran due to its proximity to the Iranian border',
  ]);
  await expectNoErrors(errors);
});
