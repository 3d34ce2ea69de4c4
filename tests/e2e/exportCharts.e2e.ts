import { writeFile } from 'node:fs/promises';
import { announcedSize, decodePng, exportFrom, parseCsvText, renderWithResvg, differingShare, colorsIn } from './exportChecks';
import { open, test } from './fixtures';

for (const id of ['regions', 'ranking', 'trend', 'scatter', 'maps']) {
	test(`explore ${id}`, async ({ page }) => {
		test.setTimeout(60_000);
		await open(page, '/compare');
		const panel = page.locator(`#${id}`);
		const out: Record<string, unknown> = {};
		out.title = await panel.locator('.chart-title').innerText();
		out.legendHtml = await panel.locator('.legend, .classes').first().innerHTML();
		await panel.locator('details summary').click();
		out.table = await panel.locator('details table').evaluate((t) =>
			[...t.querySelectorAll('tr')].slice(0, 6).map((tr) => ({ key: tr.getAttribute('data-key'), cells: [...tr.children].map((c) => (c as HTMLElement).innerText) }))
		);
		out.rowCount = await panel.locator('details tbody tr').count();
		const csv = await exportFrom(page, panel, /^Données CSV/);
		out.csvName = csv.fileName;
		out.csv = csv.bytes.toString('utf8').split('\r\n').slice(0, 6);
		out.csvRows = parseCsvText(csv.bytes.toString('utf8'), ',').length;
		const xl = await exportFrom(page, panel, /^CSV pour Excel/);
		out.xl = xl.bytes.toString('utf8').split('\r\n').slice(0, 4);
		const p2 = await exportFrom(page, panel, /^2×/);
		const png2 = decodePng(p2.bytes);
		out.p2 = [p2.fileName, p2.sizeText, announcedSize(p2.sizeText), png2.width, png2.height, colorsIn(png2).distinct];
		const p1 = await exportFrom(page, panel, /^1×/);
		const png1 = decodePng(p1.bytes);
		const svg = (await exportFrom(page, panel, /^SVG/)).bytes.toString('utf8');
		await writeFile(`/tmp/explore/${id}.svg`, svg);
		await writeFile(`/tmp/explore/${id}-1x.png`, p1.bytes);
		const r = renderWithResvg(svg, png1.width);
		out.p1 = [png1.width, png1.height, r.width, r.height, differingShare(r, png1)];
		await writeFile(`/tmp/explore/${id}.json`, JSON.stringify(out, null, 1));
	});
}
