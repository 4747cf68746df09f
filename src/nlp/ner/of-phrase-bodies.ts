import { make, type Candidate } from './candidate.js';
import type { TaggerToken } from './tagger-tokens.js';

// "the General Command of the Army and Armed Forces", "the Supreme Council of the Popular Guard":
// CoNLL's tagger, trained on short English names, ends a name at "of the" and starts another after
// it. A body whose head is a word for a command, council or ministry, followed by "of (the)" and
// another organisation's name, is one name: the body of that organisation.
const BODY_HEAD = /^(Command|Council|Ministry|Committee|Commission|Directorate|Department|Office|Bureau|Assembly|Court|Panel|Chamber|Secretariat|Board|Staff|Headquarters|Presidency|Cabinet|Conference|Authority|Leadership|Shura)$/;

/** Joins "<body> of (the) <organisation>" candidate pairs into one organisation. */
export function joinBodiesOfOrganisations(tokens: readonly TaggerToken[], out: Candidate[]): void {
  const sorted = [...out].sort((a, b) => a.first - b.first);
  for (const body of sorted) {
    if (body.type !== 'organization' || !out.includes(body) || !BODY_HEAD.test(tokens[body.last - 1]!.text)) continue;
    if (tokens[body.last]?.text !== 'of') continue;
    const at = tokens[body.last + 1]?.text === 'the' ? body.last + 2 : body.last + 1;
    const owner = out.find((c) => c.first === at && c.type === 'organization');
    if (owner === undefined) continue;
    const joined = make(tokens, body.first, owner.last, 'organization', 'pattern/body-of-organisation', body.listed || owner.listed);
    out.splice(out.indexOf(owner), 1);
    out[out.indexOf(body)] = joined;
  }
}
