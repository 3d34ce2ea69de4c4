import type { Page } from '@playwright/test';
import { axeViolations } from './axeAll';
import { decodePng, exportFrom } from './exportChecks';
import { expect, open, test } from './fixtures';

// The cluster's own member counts: 'Zone' holds the codes, which the importer cannot guess.
const AURA = ['01', '03', '07', '15', '26', '38', '42', '43', '63', '69', '73', '74'];
const MEMBERS = `Zone;Année;Adhérents\n${AURA.map((code, i) => `${code};2024;${10 + i * 5}`).join('\n')}\n`;

async function drop(page: Page, name: string, content: string | number[]) {
	const dataTransfer = await page.evaluateHandle(
		([name, content]) => {
			const transfer = new DataTransfer();
			const body = typeof content === 'string' ? content : new Uint8Array(content);
			transfer.items.add(new File([body], name));
			return transfer;
		},
		[name, content] as const
	);
	await page.dispatchEvent('main', 'drop', { dataTransfer });
}

const mapPanel = (page: Page) => page.locator('section.map-panel');

async function importMembers(page: Page) {
	await drop(page, 'adherents.csv', MEMBERS);
	const dialog = page.getByRole('dialog', { name: /Importer vos données/ });
	await dialog.getByRole('combobox', { name: 'Rôle de « Zone »' }).selectOption('code');
	await dialog.getByRole('textbox', { name: 'Nom de l’indicateur' }).fill('Adhérents du pôle');
	await dialog.getByRole('textbox', { name: 'Unité' }).fill('adhérents');
	await dialog.getByRole('button', { name: 'Vérifier' }).click();
	await dialog.getByRole('button', { name: 'Ajouter à la carte' }).click();
	await expect(dialog).toBeHidden();
}

test('a dropped file, a corrected guess, the report, then the map, /compare, a reload, a PNG and removal', async ({
	page
}) => {
	test.setTimeout(120_000);
	await open(page, '/');
	await drop(page, 'adherents.csv', MEMBERS);
	const dialog = page.getByRole('dialog', { name: /Importer vos données/ });
	const zone = dialog.getByRole('combobox', { name: 'Rôle de « Zone »' });
	await expect(zone).toHaveValue('value');
	await zone.selectOption('code');
	await dialog.getByRole('textbox', { name: 'Nom de l’indicateur' }).fill('Adhérents du pôle');
	await dialog.getByRole('textbox', { name: 'Unité' }).fill('adhérents');
	await dialog.getByRole('button', { name: 'Vérifier' }).click();
	await expect(dialog).toContainText('12 lignes lues, 12 acceptées, 0 rejetée');
	await expect(dialog).toContainText('12 départements et 1 région reconnus');
	expect(await axeViolations(page)).toEqual([]);
	await dialog.getByRole('button', { name: 'Ajouter à la carte' }).click();
	await expect(dialog).toBeHidden();

	await expect(page.locator('#map-heading')).toContainText('Adhérents du pôle');
	await expect(page.locator('optgroup[label="Vos données"]').first()).toBeAttached();
	const source = /Vos données, adherents\.csv, importé le \d+ \S+ \d{4}/;
	await expect(page.locator('.legend-card .source-line')).toContainText(source);

	const svg = (await exportFrom(page, mapPanel(page), /^SVG/)).bytes.toString('utf8');
	expect(svg).toMatch(source);
	const png = await exportFrom(page, mapPanel(page), /^2×/);
	expect(png.fileName).toContain('adherents-du-pole');
	expect(decodePng(png.bytes).width).toBeGreaterThan(1000);

	await open(page, '/compare');
	await expect(page.getByRole('option', { name: 'Adhérents du pôle' }).first()).toBeAttached();

	await open(page, '/');
	const remove = page.getByRole('button', { name: 'Retirer « Adhérents du pôle »' });
	await expect(remove).toBeVisible();
	await expect(page.getByRole('option', { name: 'Adhérents du pôle' })).toBeAttached();
	await remove.click();
	await expect(remove).toHaveCount(0);
	await expect(page.getByRole('option', { name: 'Adhérents du pôle' })).toHaveCount(0);
	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(page.getByRole('option', { name: 'Adhérents du pôle' })).toHaveCount(0);
});

test('a broken file gets a located message and the page keeps working', async ({ page }) => {
	await open(page, '/');
	await drop(page, 'photo.png', [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0]);
	const dialog = page.getByRole('dialog', { name: /Importer vos données/ });
	await expect(dialog.getByRole('alert')).toHaveText(
		'photo.png ne peut pas être importé : un fichier binaire, pas un tableau (CSV, TSV ou .xlsx attendu)'
	);
	await dialog.getByRole('button', { name: 'Fermer' }).click();

	await drop(page, 'codes.csv', 'dep;annee;valeur\n74;2024;3\n99;2024;4\n');
	await dialog.getByRole('textbox', { name: 'Nom de l’indicateur' }).fill('Essai');
	await dialog.getByRole('button', { name: 'Vérifier' }).click();
	await expect(dialog.locator('table.issues')).toContainText(
		'3dep« 99 » n’est pas un code de département'
	);
	await dialog.getByRole('button', { name: 'Fermer' }).click();
	await page.getByRole('combobox', { name: 'Indicateur' }).first().focus();
	await expect(page.locator('#map-heading')).toContainText('Établissements');
});

test("an imported figure on the profiles, marked as the user's data, after a reload too", async ({
	page
}) => {
	test.setTimeout(90_000);
	await open(page, '/');
	await importMembers(page);
	const mark = /Vos données : adherents\.csv, importé le \d+ \S+ \d{4}\./;
	const source = /Vos données, adherents\.csv, importé le \d+ \S+ \d{4}\./;

	await open(page, '/departement/74');
	const card = page.locator('article.card', { hasText: 'Adhérents du pôle' });
	await expect(page.getByRole('heading', { level: 3, name: 'Vos données' })).toBeVisible();
	await expect(card).toContainText(/65\sadhérents \(2024\)/);
	await expect(card.locator('.user-mark')).toHaveText(mark);
	const footnote = await card.locator('.source a').getAttribute('href');
	await expect(page.locator(`.sources ${footnote}`)).toContainText(source);
	expect(await axeViolations(page)).toEqual([]);

	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await expect(card.locator('.user-mark')).toHaveText(mark);

	await open(page, '/region/84?lang=en');
	const regionCard = page.locator('article.card', { hasText: 'Adhérents du pôle' });
	await expect(regionCard).toContainText(/450\sadhérents \(2024\)/);
	await expect(regionCard.locator('.user-mark')).toHaveText(
		/Your data: adherents\.csv, imported on \d+ \S+ \d{4}\./
	);
	await page.getByRole('button', { name: 'Remove “Adhérents du pôle”' }).click();
	await expect(regionCard).toHaveCount(0);
});
