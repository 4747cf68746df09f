import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { DOMParser } from 'linkedom';
import { analyzeCase } from '../../src/analysis/index.js';
import { buildCaseView } from '../../src/export/case-view.js';
import { toBrief, toBriefHtml } from '../../src/export/brief.js';
import { exportCase, EXPORT_MEDIA } from '../../src/export/index.js';
import { CHROMIUM_PATH, hasChromium, launchChromium, type LaunchedBrowser } from '../web/browser.js';
import { openDemoCase } from '../web/demo-case.js';
import { ANALYSIS, SNAPSHOT } from './fixture-case.js';
import { briefSections } from './brief-reader.js';

const view = buildCaseView(SNAPSHOT, ANALYSIS);
const html = toBriefHtml(view);
const markdown = toBrief(view);
const page = new DOMParser().parseFromString(html, 'text/html');

test('brief-html: the same sections and footnotes as the Markdown brief', () => {
  const headings = [...page.querySelectorAll('h2')].map((h) => h.textContent);
  assert.deepEqual(headings, briefSections(markdown).map((s) => s.title));
  assert.equal(page.querySelectorAll('ol.footnotes > li').length, [...markdown.matchAll(/^\[\^\d+\]: /gm)].length);
  assert.equal(page.querySelectorAll('sup > a[href^="#fn-"]').length, [...markdown.matchAll(/\[\^\d+\](?!:)/g)].length);
});

test('brief-html: a table of contents links every section', () => {
  const toc = [...page.querySelectorAll('nav.toc a')].map((a) => a.textContent);
  assert.deepEqual(toc, [...page.querySelectorAll('h2')].map((h) => h.textContent));
});

test('brief-html: every citation links to its footnote, and every footnote links back to its first citation', () => {
  for (const a of page.querySelectorAll('a[href^="#"]')) {
    const id = a.getAttribute('href')!.slice(1);
    assert.ok(page.getElementById(id), `#${id} exists`);
  }
  const notes = [...page.querySelectorAll('ol.footnotes > li')];
  assert.ok(notes.length >= 5);
  for (const li of notes) assert.ok(li.querySelector('a.back') && li.querySelector('q')?.textContent, li.id);
});

test('brief-html: self-contained and inert: no script, no remote resource, a policy that forbids both', () => {
  assert.equal(page.querySelectorAll('script, link, img, iframe, object').length, 0);
  assert.match(page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '', /default-src 'none'/);
  assert.match(page.body.textContent ?? '', /Ash & Ember, "Night" <Brigade> is part of Red Valley Front/, 'markup in a name is shown as text');
  assert.equal(page.querySelectorAll('brigade, fuses').length, 0, 'and never becomes elements');
  const link = page.querySelector('cite a');
  assert.equal(link?.getAttribute('href'), 'https://harbour-ledger.example/a?x=1&y=2');
});

test('brief-html: served and written as text/html', () => {
  assert.deepEqual(EXPORT_MEDIA['brief-html'], { type: 'text/html; charset=utf-8', extension: 'html' });
  assert.equal(exportCase('brief-html', { snapshot: SNAPSHOT, analysis: ANALYSIS }), html);
});

// Opens the sample case's brief as an analyst would: a file double-clicked in Chromium, offline.
const skip = hasChromium() ? false : `no Chromium at ${CHROMIUM_PATH} (.ci/run installs the chromium package)`;
describe('brief-html in Chromium', { skip }, () => {
  let browser: LaunchedBrowser;
  let dir: string;
  let url: string;
  before(async () => {
    const demo = await openDemoCase();
    const snapshot = await demo.store.loadCase();
    await demo.dispose();
    dir = mkdtempSync(join(tmpdir(), 'dossier-brief-'));
    const file = join(dir, 'brief.html');
    writeFileSync(file, exportCase('brief-html', { snapshot, analysis: analyzeCase(snapshot) }));
    url = pathToFileURL(file).href;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('opens cleanly: no error, no blocked or remote request, summary first, footnotes reachable', async () => {
    const tab = await browser.context.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    tab.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    tab.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`); });
    await tab.goto(url);
    assert.equal(await tab.title(), 'Case brief');
    const headings = await tab.locator('h2').allTextContents();
    assert.equal(headings[0], 'Summary');
    assert.ok(headings.includes('Key judgements') && headings.includes('Events') && headings.includes('Sources'), headings.join(' / '));

    await tab.locator('sup a[href="#fn-1"]').first().click();
    assert.equal(await tab.evaluate(() => location.hash), '#fn-1');
    assert.ok(await tab.locator('#fn-1').isVisible());
    // Sub-pixel layout may leave the target a fraction of a pixel above the top edge.
    assert.ok(await tab.evaluate(() => { const r = document.getElementById('fn-1')!.getBoundingClientRect(); return r.top > -2 && r.top < innerHeight; }), 'the footnote is scrolled into view');
    await tab.locator('#fn-1 a.back').click();
    assert.equal(await tab.evaluate(() => location.hash), '#ref-1');

    await tab.setViewportSize({ width: 390, height: 800 });
    assert.ok(await tab.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'no sideways scrolling on a phone-width window');
    assert.deepEqual(problems, []);
    await tab.close();
  });
});

// A skipped describe is counted among suites, not in the runner's `# skipped`: this test puts it there.
if (skip) test('brief-html in Chromium', { skip }, () => {});
