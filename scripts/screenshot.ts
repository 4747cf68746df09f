import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { startServer } from '../src/server/index.js';
import { repoPath } from '../test/fixtures/paths.js';
import { launchChromium } from '../test/web/browser.js';
import { openDemoCase } from '../test/web/demo-case.js';

// `npm run screenshot`: the picture at the top of the README, made from the fictional demo case
// (examples/sample) with the real pipeline and the built UI, so it shows what a user will see.
const out = repoPath('docs', 'img', 'network.png');
const demo = await openDemoCase();
const server = await startServer({ store: demo.store, port: 0 });
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1440, height: 860 });
  // Open the best-connected entity, so the picture shows the network and the evidence panel together.
  const top = ((await (await fetch(`${server.url}api/entities?limit=1`)).json()) as { items: { id: string }[] }).items[0];
  await page.goto(`${server.url}${top ? `#/network?entity=${encodeURIComponent(top.id)}` : ''}`);
  await page.locator('#graph canvas').first().waitFor();
  if (top) await page.locator('.entity-detail .mention').first().waitFor();
  await page.waitForTimeout(800);   // the camera eases to the selected entity
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
  await demo.dispose();
}
