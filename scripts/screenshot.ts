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
  const get = async <T>(path: string): Promise<T> => (await fetch(`${server.url}api/${path}`)).json() as Promise<T>;
  const counts = await get<{ documents: number; entities: number; claims: number; assertions: number; contradictions: number }>('case');
  const top = (await get<{ items: { id: string; name: string }[] }>('entities?limit=1')).items[0];
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1440, height: 860 });
  // Open the best-connected entity, so the picture shows the network, its labelled neighbourhood and the evidence panel.
  await page.goto(`${server.url}${top ? `#/network?entity=${encodeURIComponent(top.id)}` : ''}`);
  await page.locator('#graph canvas').first().waitFor();
  if (top) {
    await page.locator('.entity-detail .mention').first().waitFor();
    await page.waitForFunction((id) => (window as { __dossierNetwork?: { selected: string | null } }).__dossierNetwork?.selected === id, top.id);
  }
  await page.waitForTimeout(800);   // the camera eases to the selected entity's neighbourhood
  // The header must show the case's real counts, as the API gives them: the picture is evidence, not decoration.
  const expected = `${counts.documents} documents · ${counts.entities} entities · ${counts.claims} claims · ${counts.assertions} assertions · ${counts.contradictions} contradictions`;
  const shown = await page.locator('#case-summary').textContent();
  if (shown !== expected) throw new Error(`the header shows "${shown}", the API "${expected}"`);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}: ${expected}${top ? `; ${top.name} selected` : ''}`);
} finally {
  await browser.close();
  await server.close();
  await demo.dispose();
}
