import { el } from './dom.js';

// The case in the formats analysts hand on, each a plain link to GET /api/export (reads need no token).
// test/web/ui.test.ts follows every link, so a format renamed on the server cannot leave a dead one here.
const EXPORTS: readonly (readonly [format: string, label: string, title: string])[] = [
  ['brief-html', 'Brief (HTML)', 'A brief to read, print or sign: summary, key judgements, events, contradictions, open questions, every sentence footnoted'],
  ['brief', 'Brief (Markdown)', 'The same brief as Markdown with footnotes'],
  ['stix', 'STIX 2.1 bundle', 'For threat-intelligence platforms (OpenCTI, MISP)'],
  ['ftm', 'FollowTheMoney', 'Entities as JSON lines, for Aleph and OpenAleph'],
  ['graphml', 'GraphML', 'The network, for Gephi, yEd, Cytoscape'],
  ['csv-claims', 'Claims (CSV)', 'One row per claim mention, with its evidence sentence'],
  ['csv-entities', 'Entities (CSV)', 'One row per entity'],
];

/** A menu in the header: every export of the whole case, downloaded as a file. */
export function exportMenu(): HTMLElement {
  return el('details', { className: 'export-menu' },
    el('summary', {}, 'Export'),
    el('ul', {}, ...EXPORTS.map(([format, label, title]) =>
      el('li', {}, el('a', { href: `/api/export?format=${format}`, title, attrs: { download: '' }, dataset: { format } }, label)))),
  );
}
