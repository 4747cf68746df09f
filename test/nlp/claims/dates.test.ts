import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimDate } from '../../../src/core/index.js';
import { findDates, referenceDate, type DateContext } from '../../../src/nlp/claims/dates.js';
import { claimsOf } from './annotated.js';

// Dates against the publication date, at the precision the text gives. Invented sentences.
const plain = (published: string | null): DateContext => ({ published: referenceDate(published), previous: null, narrative: null });

type DateCase = readonly [sentence: string, published: string | null, expected: string | null, stated?: boolean];

const DATE_CASES: readonly DateCase[] = [
  ['The Front attacked Osk in March.', '2025-07', '2025-03', false],
  ['By June 2025 the Front had moved to Brell.', '2025-10-07', '2025-06', true],
  ['The 2020 arrest of Varn changed little.', '2025-07', '2020', true],
  ['Varn fled on 13 May 2015 after the raid.', '2025-07', '2015-05-13', true],
  ['In December the Front regrouped.', '2025-07', '2024-12', false],
  ['In December the Front regrouped.', '2026-02-27', '2025-12', false],
  ['The Front attacked Osk in March.', null, null],
  ['Police arrested him last month.', null, null],
  ['Police arrested him last month.', '2025-07-15', '2025-06', false],
  ['The Front attacked Osk in March 2019.', null, '2019-03', true],
  ['The Front met on Tuesday night.', '2025-07', null],
  ['The Front has grown over the last few years.', '2025-07', null],
  ['The Front has ten thousand fighters.', '2025-07', null],
  // "ago" counts back from publication, at the precision of its unit; other spans of time are no date.
  ['Two years ago, the Front stormed the garrison at Osk.', '2025-09-15', '2023', false],
  ['Three months ago the Front seized Osk.', '2025-09-15', '2025-06', false],
  ['The Front seized Osk five days ago.', '2025-09-15', '2025-09-10', false],
  ['The Front was founded two decades ago.', '2025-09-15', null],
  ['Two years ago this week, the Front stormed the garrison at Osk.', '2025-09-15', '2023-09', false],
  // A part of the day before a date is no date of its own.
  ['The Front raided Osk on the night of 11 September 2023.', '2025-09-15', '2023-09-11', true],
  ['The Front seized Osk two years ago.', null, null],
  // A wire dateline is when the piece was filed; the story's own dates still count.
  ['OSKTOWN, Oct 14 (Newswire) - The Front attacked Osk.', '2025-10-16', null],
  ['BRELL, Alder, 20 May (AP).— The Front attacked Osk.', '2025-05-21', null],
  ['OSKTOWN, Oct 14 (Newswire) - The Front attacked Osk on 12 October.', '2025-10-16', '2025-10-12', false],
  ['On Oct 14 the Front attacked Osk.', '2025-10-16', '2025-10-14', false],
];

// "N days/weeks/months after|before|earlier|later" counts from the date the sentence gave before it.
const OFFSET_CASES: ReadonlyArray<readonly [sentence: string, expected: readonly string[]]> = [
  ['Police arrested Varn on 14 July, four days after the raid on Osk.', ['2025-07-14', '2025-07-10']],
  ['Alder left the force in January, six months after the coup in Brell.', ['2025-01', '2024-07']],
  ['The Front struck Osk on 3 May and, two weeks later, seized Brell.', ['2025-05-03', '2025-05-17']],
  // Without a date before it, an offset names no date.
  ['Four days after the raid, the Front seized Brell.', []],
];
for (const [sentence, expected] of OFFSET_CASES) {
  test(`dates: offset "${sentence}"`, () => {
    assert.deepEqual(findDates(sentence, 0, plain('2025-07-15')).map((d) => d.date.value), expected, sentence);
  });
}

for (const [sentence, published, expected, stated] of DATE_CASES) {
  test(`dates: "${sentence}" published ${published}`, () => {
    const found = findDates(sentence, 0, plain(published));
    assert.equal(found[0]?.date.value ?? null, expected, sentence);
    if (stated !== undefined) assert.equal(found[0]!.date.stated, stated, sentence);
  });
}

// A weekday names a day only when the piece's own day is known (wire copy): the last such day on or
// before publication. 2025-07-15 is a Tuesday.
const WEEKDAY_CASES: ReadonlyArray<readonly [sentence: string, expected: string | null]> = [
  ['Gunmen stormed a checkpoint near Osk on Sunday.', '2025-07-13'],
  ['The Front said it attacked the post on Tuesday.', '2025-07-15'],
  ['Police arrested Varn last Tuesday.', '2025-07-08'],
  ['The Front will meet the envoys next Friday.', null],
];
for (const [sentence, expected] of WEEKDAY_CASES) {
  test(`dates: weekday in "${sentence}"`, () => {
    const found = findDates(sentence, 0, { ...plain('2025-07-15'), weekdays: true });
    assert.equal(found[0]?.date.value ?? null, expected, sentence);
    if (expected) assert.equal(found[0]!.date.stated, false, 'a weekday is resolved, not stated');
  });
}
test('dates: without a known day of publication a weekday names nothing', () => {
  assert.deepEqual(findDates('Gunmen stormed a checkpoint on Sunday.', 0, plain('2025-07-15')), []);
});

const first = (sentence: string): ClaimDate => findDates(sentence, 0, plain('2025-07'))[0]!.date;
const after = (sentence: string, previous: ClaimDate | null, narrative: ClaimDate | null): string | null =>
  findDates(sentence, 0, { published: referenceDate('2025-07'), previous, narrative })[0]?.date.value ?? null;

test('dates: "that year" takes the year of the previous sentence', () => {
  const previous = first('In 2019 the Front split.');
  const found = findDates('By August that year, a splinter group had formed.', 0, { published: referenceDate('2025-07'), previous, narrative: previous });
  assert.equal(found[0]?.date.value, '2019-08');
  assert.equal(found[0]?.date.stated, false);
});

test('dates: "a decade later" counts forward from the narrative date, "a full decade after" mid-sentence back', () => {
  const narrative = first('In May 2011 investigators found a clue.');
  assert.equal(after('A decade later, the picture had changed.', null, narrative), '2021');
  assert.equal(after('The link became visible, a full decade after police had flagged his ties to the Front.', null, narrative), '2001');
});

test('dates: "soon after" and "by this time" take the narrative year; "in the video" the previous date', () => {
  const narrative = first('In June 2024 the Front chief travelled to Osk.');
  assert.equal(after('Soon after, a photograph surfaced.', null, narrative), '2024');
  assert.equal(after('By this time, the Guard had merged the cells.', null, narrative), '2024');
  const video = first('The Front released a video on May 25.');
  assert.equal(after('In the video, the Front vowed revenge.', video, video), '2025-05-25');
  assert.equal(after('In the video, the Front vowed revenge.', null, null), null);
  assert.equal(after('Soon after, a photograph surfaced.', null, null), null);
});

type ClaimDateCase = readonly [passage: string, relation: string, expected: string | null];

const CLAIM_CASES: readonly ClaimDateCase[] = [
  ['In June 2025, [Front|o] chief [Ilsa Varn|p] travelled to [Brell|l].', 'Ilsa Varn leader_of Front', '2025-06'],
  ['In June 2025, [Front|o] chief [Ilsa Varn|p] travelled to [Brell|l].', 'Ilsa Varn operates_in Brell', '2025-06'],
  ['[Osk|l], a district in [Alder|l], was attacked in March 2024.', 'Osk located_in Alder', null],
  ['In August 2025, a paper interviewed [Tam Hale|p], the former spokesman of the [Front|o].', 'Tam Hale member_of Front', null],
  ['The [Front|o] is currently allied with the [Guard|o].', 'Front allied_with Guard', '2025-07'],
  ['In 2019 the [Front|o] split. The [Guard|o] attacked [Osk|l] in the spring.', 'Guard attacked Osk', null],
  // the date of a report is not the date of what it reports
  ['The [Front|o] and the [Guild|o] were reported in January to have agreed a pact.', 'Front allied_with Guild', null],
  ['The [Front|o] and the [Guild|o] agreed a pact in January.', 'Front allied_with Guild', '2025-01'],
];

for (const [passage, relation, expected] of CLAIM_CASES) {
  test(`claim date: ${relation} in "${passage}"`, () => {
    const { claims, name } = claimsOf(passage, '2025-07');
    const claim = claims.find((c) => `${name(c.subjectId)} ${c.predicate} ${name(c.objectId)}` === relation);
    assert.ok(claim, `${relation} not found`);
    assert.equal(claim.date?.value ?? null, expected, passage);
  });
}

// A dated sentence before (a dateline, "in January") anchors bare months only: relative words still count
// from the publication date, and "the next day" needs a day to count from.
const ANCHORED: ReadonlyArray<[sentence: string, previous: string, precision: ClaimDate['precision'], expected: string | null]> = [
  ['The Front and the Guild have fought since last month.', '2026-05-04', 'day', '2026-04'],
  ['The Front and the Guild have fought since last month.', '2026-01', 'month', '2026-04'],
  ['The Guild raided his house the next day.', '2026-01', 'month', null],
  ['The Guild raided his house the next day.', '2026-01-10', 'day', '2026-01-11'],
  ['By August the Front had left Osk.', '2019-05', 'month', '2019-08'],
];
for (const [sentence, previous, precision, expected] of ANCHORED) {
  test(`dates after ${previous}: "${sentence}"`, () => {
    const anchor: ClaimDate = { value: previous, precision, stated: true, text: previous };
    const found = findDates(sentence, 0, { published: referenceDate('2026-05-04'), previous: anchor, narrative: anchor });
    assert.equal(found[0]?.date.value ?? null, expected, sentence);
  });
}

test('a bare month after "since <year>" in the sentence before keeps the article\'s year', () => {
  const { claims, name } = claimsOf('The council replaced [Tam Orlan|p], its commander since 2020. [Tam Orlan|p] was wounded in June in an ambush by fighters of the [Osk Front|o].');
  const attack = claims.find((c) => c.predicate === 'attacked' && name(c.subjectId) === 'Osk Front');
  assert.equal(attack?.date?.value, '2025-06', JSON.stringify(claims.map((c) => [name(c.subjectId), c.predicate, c.date?.value])));
});

test('a bare month after a stated year in the sentence before takes that year', () => {
  const { claims, name } = claimsOf('In 2015 the [Osk Front|o] moved north. In June it attacked [Tellan|l].');
  const attack = claims.find((c) => c.predicate === 'attacked' && name(c.subjectId) === 'Osk Front');
  assert.equal(attack?.date?.value, '2015-06', JSON.stringify(claims.map((c) => [name(c.subjectId), c.predicate, c.date?.value])));
});

test('who leads a body named with its possessor is background, undated by the clause around it', () => {
  const { claims, name } = claimsOf('Since 2020 the [Alder Bureau|o] has bankrolled [Tam Orlan|p]\'s breakaway [Osk Council|o].');
  const leads = claims.find((c) => c.predicate === 'leader_of' && name(c.subjectId) === 'Tam Orlan');
  assert.ok(leads, JSON.stringify(claims.map((c) => [name(c.subjectId), c.predicate, name(c.objectId)])));
  assert.equal(leads.date, null);
});

// "Three days later, …" opening a sentence counts from the first date of the sentence before precise
// enough for its unit: the event that sentence told, not a later "since 2016" or a name like "April 12 Movement".
test('an opening offset counts from the sentence before', () => {
  const day = (value: string): ClaimDate => ({ value, precision: 'day', stated: false, text: value });
  const year: ClaimDate = { value: '2016', precision: 'year', stated: true, text: '2016' };
  const after = (sentence: string, previousDates: readonly ClaimDate[]): string | null =>
    findDates(sentence, 0, { published: referenceDate('2025-06-21'), previous: previousDates[previousDates.length - 1] ?? null, previousDates, narrative: null })[0]?.date.value ?? null;
  assert.equal(after('Three days later, soldiers arrested his nephew.', [day('2025-06-14'), day('2025-04-12'), year]), '2025-06-17');
  assert.equal(after('Two weeks earlier the Front had left Osk.', [day('2025-06-14')]), '2025-05-31');
  assert.equal(after('Two months later the Front returned.', [{ value: '2025-03', precision: 'month', stated: true, text: 'March' }]), '2025-05');
  // A year is too coarse to count days from; mid-sentence, the offset counts from the sentence's own date.
  assert.equal(after('Three days later, soldiers arrested his nephew.', [year]), null);
  assert.equal(after('Soldiers arrested his nephew three days later.', [day('2025-06-14')]), null);
});

// Without a publication date, a bare "10 March" takes the latest year the piece stated before it, not
// a background "since 2019"; with none stated, it names nothing.
test('a piece without a publication date dates a bare day by the year it has stated', () => {
  const dated = (passage: string): Array<string | null> => claimsOf(passage, null).claims.filter((c) => c.predicate === 'attacked').map((c) => c.date?.value ?? null);
  const opening = 'At about 10:40 on Wednesday, 10 March 2027, aircraft bombed the market of [Kafr|l]. Residents said the [Osk Army|o] has held the air base since 2019. ';
  assert.deepEqual(dated(`${opening}On the evidence, the 10 March strike on [Kafr|l] was carried out by the [Osk Army|o].`), ['2027-03-10']);
  assert.deepEqual(dated('Aircraft bombed a market in [Kafr|l]. On the evidence, the 10 March strike on [Kafr|l] was carried out by the [Osk Army|o].'), [null]);
});
