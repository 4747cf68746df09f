import { make, type Candidate } from './candidate.js';
import type { TaggerToken } from './tagger-tokens.js';

// "the General Command of the Army and Armed Forces", "the Supreme Council of the Popular Guard":
// CoNLL's tagger, trained on short English names, ends a name at "of the" and starts another after
// it. A body whose head is a word for a command, council or ministry, followed by "of (the)" and
// another organisation's name, is one name: the body of that organisation.
const BODY_HEAD = /^(Command|Council|Ministry|Committee|Commission|Directorate|Department|Office|Bureau|Assembly|Court|Panel|Chamber|Secretariat|Board|Staff|Headquarters|Presidency|Cabinet|Conference|Authority|Leadership|Shura)$/;

// "the State Penitentiary of Pedra Alta", "the Central Hospital of Osk": a facility named after its place, one place.
const FACILITY_HEAD = /^(Penitentiary|Prison|Jail|Hospital|Airport|Airbase|Mosque|Church|Cathedral|Shrine|Stadium|Port|Barracks|Garrison|Fortress|Citadel|Palace|Bridge|Dam|Refinery|Camp)$/;

/** Joins "<body> of (the) <organisation>" into one organisation and "<facility> of <place>" into one place. */
export function joinBodiesOfOrganisations(tokens: readonly TaggerToken[], out: Candidate[]): void {
  const sorted = [...out].sort((a, b) => a.first - b.first);
  for (const body of sorted) {
    if (!out.includes(body) || tokens[body.last]?.text !== 'of') continue;
    const head = tokens[body.last - 1]!.text;
    const kind = body.type === 'organization' && BODY_HEAD.test(head) ? 'organization' : body.type === 'location' && FACILITY_HEAD.test(head) && body.last - body.first >= 2 ? 'location' : null;
    if (kind === null) continue;
    const at = tokens[body.last + 1]?.text === 'the' ? body.last + 2 : body.last + 1;
    const owner = out.find((c) => c.first === at && c.type === kind);
    if (owner === undefined) continue;
    const joined = make(tokens, body.first, owner.last, kind, kind === 'organization' ? 'pattern/body-of-organisation' : 'pattern/facility-of-place', body.listed || owner.listed);
    out.splice(out.indexOf(owner), 1);
    out[out.indexOf(body)] = joined;
  }
  widenToUntaggedFacilities(tokens, out);
}

/** "the State Penitentiary of Pedra Alta" where the tagger saw only the place: untagged capitalised words ending in a facility head before "of" join it. */
export function widenToUntaggedFacilities(tokens: readonly TaggerToken[], out: Candidate[]): void {
  for (const place of [...out]) {
    // No person's name follows "Penitentiary of": what the tagger read as one is the facility's place.
    if ((place.type !== 'location' && place.type !== 'person') || place.listed || tokens[place.first - 1]?.text !== 'of' || !FACILITY_HEAD.test(tokens[place.first - 2]?.text ?? '')) continue;
    let first = place.first - 2;
    while (first > 0 && place.first - first < 4 && /^\p{Lu}\p{Ll}/u.test(tokens[first - 1]!.text) && !isSentenceStart(tokens, first - 1)) first--;
    if (out.some((c) => c !== place && c.last > first && c.first < place.first)) continue;
    out[out.indexOf(place)] = make(tokens, first, place.last, 'location', 'pattern/facility-of-place', place.listed);
  }
}

const isSentenceStart = (tokens: readonly TaggerToken[], i: number): boolean => i === 0 || tokens[i - 1]!.sentenceIndex !== tokens[i]!.sentenceIndex;
