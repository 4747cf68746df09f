// Fictional scenarios, one phenomenon each. All names, outlets and sentences are invented for these tests.
import type { DocSpec } from './case-builder.js';

const DOSSIER_SENTENCES = [
  'According to a leaked Ostrian dossier, the Red Valley Front is allied with the Amber Hand.',
  'The Ostrian dossier says the Red Valley Front is allied with the Amber Hand in the hills.',
  'A classified Ostrian dossier describes how the Red Valley Front is allied with the Amber Hand.',
  'Citing the Ostrian dossier, officials say the Red Valley Front is allied with the Amber Hand.',
  'In the words of the Ostrian dossier, the Red Valley Front is allied with the Amber Hand now.',
];

/** Five pieces from five outlets that all repeat one dossier: five documents, one origin. */
export const REPEATED_DOSSIER: readonly DocSpec[] = DOSSIER_SENTENCES.map((sentence, i) => ({
  name: `dossier-echo-${i}.txt`,
  outlet: ['Northwire', 'Daily Lantern', 'Coastal Ledger', 'The Weekly Compass', 'Morning Beacon'][i]!,
  published: `2024-02-0${i + 1}`,
  text: `Regional desk.\n${sentence} The claim could not be checked independently.\n`,
  claims: [{ s: 'Red Valley Front', p: 'allied_with', o: 'Amber Hand', sentence, source: { described: i === 0 ? '~leaked Ostrian dossier' : i === 2 ? '~a classified Ostrian dossier' : '~the Ostrian dossier' } }],
}));

/** A sixth piece in which a named person says the same: a second, independent origin. */
export const NAMED_WITNESS: DocSpec = {
  name: 'varn-interview.txt', outlet: 'The Harbour Post', published: '2024-03-01',
  text: 'Ilsa Varn told The Harbour Post that the Amber Hand and the Red Valley Front are allied.\nShe spoke from exile.\n',
  claims: [{ s: 'Amber Hand', p: 'allied_with', o: 'Red Valley Front', sentence: 'Ilsa Varn told The Harbour Post that the Amber Hand and the Red Valley Front are allied.', source: { entity: 'Ilsa Varn' } }],
};

const REPORT_BODY = [
  'The Northern Shield Brigade moved three companies into Kessel Province over the winter, according to residents of the valley towns who watched the convoys pass at night along the river road.',
  'Commanders of the Northern Shield Brigade have since set up checkpoints on every bridge, and traders say the fees they collect now fund most of the group, which once relied on donations from the diaspora.',
  'The Northern Shield Brigade operates in Kessel Province from at least four camps, two of them near the old mine, where satellite pictures show new roads cut through the forest since the spring thaw.',
  'Local officials in Port Alder say they have asked the capital for help many times, but no reinforcements have arrived and the ferries across the bay have stopped running after dark for fear of raids.',
];
const CLAIM_SENTENCE = 'The Northern Shield Brigade operates in Kessel Province from at least four camps, two of them near the old mine, where satellite pictures show new roads cut through the forest since the spring thaw.';

/** An original report and a republication of it in another outlet with its own header and footer. */
export const ORIGINAL_REPORT: DocSpec = {
  name: 'harbour-original.txt', outlet: 'The Harbour Post', published: '2024-04-02',
  text: `Shield across the valley\n${REPORT_BODY.join('\n\n')}\n`,
  claims: [{ s: 'Northern Shield Brigade', p: 'operates_in', o: 'Kessel Province', sentence: CLAIM_SENTENCE }],
};
export const REPUBLISHED_REPORT: DocSpec = {
  name: 'lantern-copy.txt', outlet: 'Daily Lantern', published: '2024-04-05',
  text: `Daily Lantern | World\nShield across the valley\n${REPORT_BODY.join('\n')}\nSubscribe to the Daily Lantern for more stories like this one from our partners.\n`,
  claims: [{ s: 'Northern Shield Brigade', p: 'operates_in', o: 'Kessel Province', sentence: CLAIM_SENTENCE }],
};
/** A piece that says in a credit line whose it is, but copies no text we hold. */
export const CREDITED_REPORT: DocSpec = {
  name: 'ledger-credited.txt', outlet: 'Coastal Ledger', published: '2024-04-07',
  text: 'The Northern Shield Brigade has fighters in Kessel Province, a local council member said.\n>> Source: Northwire.com\n',
  claims: [{ s: 'Northern Shield Brigade', p: 'operates_in', o: 'Kessel Province', sentence: 'The Northern Shield Brigade has fighters in Kessel Province, a local council member said.' }],
};

/** The same triple asserted in one piece and negated in another. */
export const NEGATION: readonly DocSpec[] = [
  {
    name: 'raid-report.txt', outlet: 'Northwire', published: '2023-04-01',
    text: 'The Amber Hand attacked the Northern Shield Brigade near Port Alder in March.\n',
    claims: [{ s: 'Amber Hand', p: 'attacked', o: 'Northern Shield Brigade', sentence: 'The Amber Hand attacked the Northern Shield Brigade near Port Alder in March.', date: '2023-03' }],
  },
  {
    name: 'denial.txt', outlet: 'Morning Beacon', published: '2023-05-01',
    text: 'Tomas Reker said the Amber Hand has never attacked the Northern Shield Brigade.\n',
    claims: [{ s: 'Amber Hand', p: 'attacked', o: 'Northern Shield Brigade', sentence: 'Tomas Reker said the Amber Hand has never attacked the Northern Shield Brigade.', source: { entity: 'Tomas Reker' }, negated: true }],
  },
];

/** Allied (undated) and hostile (dated) between the same pair; and a pair whose alliance and war are dated years apart. */
export const ALLIED_AND_HOSTILE: readonly DocSpec[] = [
  {
    name: 'pact.txt', outlet: 'Coastal Ledger', published: '2024-06-01',
    text: 'The Red Valley Front and the Grey Lantern Movement kept a secret pact.\nIn May the Red Valley Front declared war on the Grey Lantern Movement.\n',
    claims: [
      { s: 'Red Valley Front', p: 'allied_with', o: 'Grey Lantern Movement', sentence: 'The Red Valley Front and the Grey Lantern Movement kept a secret pact.' },
      { s: 'Red Valley Front', p: 'hostile_to', o: 'Grey Lantern Movement', sentence: 'In May the Red Valley Front declared war on the Grey Lantern Movement.', date: '2024-05' },
    ],
  },
  {
    name: 'history.txt', outlet: 'The Weekly Compass', published: '2024-01-10',
    text: 'In 2015 the Amber Hand was allied with the Grey Lantern Movement.\nBy 2022 the Amber Hand was fighting the Grey Lantern Movement.\n',
    claims: [
      { s: 'Amber Hand', p: 'allied_with', o: 'Grey Lantern Movement', sentence: 'In 2015 the Amber Hand was allied with the Grey Lantern Movement.', date: '2015' },
      { s: 'Amber Hand', p: 'hostile_to', o: 'Grey Lantern Movement', sentence: 'By 2022 the Amber Hand was fighting the Grey Lantern Movement.', date: '2022' },
    ],
  },
];

/** One attack, dated March by one piece and May by another; and a piece that itself tells of two raids. */
export const TWO_DATES: readonly DocSpec[] = [
  {
    name: 'siege-march.txt', outlet: 'Northwire', published: '2022-06-01',
    text: 'The Grey Lantern Movement attacked Port Alder in March 2022.\n',
    claims: [{ s: 'Grey Lantern Movement', p: 'attacked', o: 'Port Alder', sentence: 'The Grey Lantern Movement attacked Port Alder in March 2022.', date: '2022-03' }],
  },
  {
    name: 'siege-may.txt', outlet: 'Daily Lantern', published: '2022-06-03',
    text: 'The Grey Lantern Movement attacked Port Alder in May 2022, witnesses said.\n',
    claims: [{ s: 'Grey Lantern Movement', p: 'attacked', o: 'Port Alder', sentence: 'The Grey Lantern Movement attacked Port Alder in May 2022, witnesses said.', date: '2022-05' }],
  },
];
export const TWO_RAIDS_ONE_PIECE: DocSpec = {
  name: 'two-raids.txt', outlet: 'Morning Beacon', published: '2021-12-01',
  text: 'The Red Valley Front attacked Port Alder in January 2021.\nThe Red Valley Front attacked Port Alder again in June 2021.\n',
  claims: [
    { s: 'Red Valley Front', p: 'attacked', o: 'Port Alder', sentence: 'The Red Valley Front attacked Port Alder in January 2021.', date: '2021-01' },
    { s: 'Red Valley Front', p: 'attacked', o: 'Port Alder', sentence: 'The Red Valley Front attacked Port Alder again in June 2021.', date: '2021-06' },
  ],
};

/** Pieces with neither a source nor a publisher, beside one that names its source. */
export const UNSOURCED: readonly DocSpec[] = [
  { name: 'blog-a.txt', text: 'Tomas Reker leads the Grey Lantern Movement.\n', claims: [{ s: 'Tomas Reker', p: 'leader_of', o: 'Grey Lantern Movement', sentence: 'Tomas Reker leads the Grey Lantern Movement.' }] },
  { name: 'blog-b.txt', text: 'Everyone knows Tomas Reker leads the Grey Lantern Movement.\n', claims: [{ s: 'Tomas Reker', p: 'leader_of', o: 'Grey Lantern Movement', sentence: 'Everyone knows Tomas Reker leads the Grey Lantern Movement.' }] },
  {
    name: 'varn-on-reker.txt', outlet: 'Northwire', published: '2024-07-01',
    text: 'Ilsa Varn said Tomas Reker leads the Grey Lantern Movement.\n',
    claims: [{ s: 'Tomas Reker', p: 'leader_of', o: 'Grey Lantern Movement', sentence: 'Ilsa Varn said Tomas Reker leads the Grey Lantern Movement.', source: { entity: 'Ilsa Varn' } }],
  },
];

/** One piece stating a claim itself, through unnamed analysts, and through a named source: one origin, the named one. */
export const RELAYED: DocSpec = {
  name: 'relay.txt', outlet: 'The Weekly Compass', published: '2024-08-01',
  text: 'The Amber Hand sponsors the Northern Shield Brigade.\nAnalysts believe the Amber Hand sponsors the Northern Shield Brigade.\nTomas Reker said the Amber Hand sponsors the Northern Shield Brigade.\n',
  claims: [
    { s: 'Amber Hand', p: 'sponsors', o: 'Northern Shield Brigade', sentence: 'The Amber Hand sponsors the Northern Shield Brigade.' },
    { s: 'Amber Hand', p: 'sponsors', o: 'Northern Shield Brigade', sentence: 'Analysts believe the Amber Hand sponsors the Northern Shield Brigade.', source: { described: '~analysts' }, hedged: true },
    { s: 'Amber Hand', p: 'sponsors', o: 'Northern Shield Brigade', sentence: 'Tomas Reker said the Amber Hand sponsors the Northern Shield Brigade.', source: { entity: 'Tomas Reker' } },
  ],
};
