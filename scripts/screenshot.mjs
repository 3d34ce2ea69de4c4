// Screenshots of the production build in Chromium: node scripts/screenshot.mjs [path] [width] [out]
// Builds nothing: run `npm run build` first. Used for the README's screenshot.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const [path = '/', width = '1440', out = 'docs/screenshot.png'] = process.argv.slice(2);
const port = 4174;
const server = spawn(
	'node_modules/.bin/vite',
	['preview', '--port', String(port), '--strictPort'],
	{
		stdio: 'ignore'
	}
);
try {
	await new Promise((resolve) => setTimeout(resolve, 1500));
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update'
		]
	});
	const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 } });
	await page.goto(`http://localhost:${port}${path}`);
	await page.waitForTimeout(300);
	await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
	await browser.close();
	console.log(`wrote ${out}`);
} finally {
	server.kill();
}
