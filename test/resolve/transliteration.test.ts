// Fictional and generic name parts only; each case names the romanisation habit it covers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameKey, sameWord, sameWordInflected, tokenKey } from '../../src/resolve/transliteration.js';

const SAME: ReadonlyArray<[a: string, b: string, habit: string]> = [
  ['Lashkar-e-Varnia', 'Lashkar-e-Varniya', 'y written for i'],
  ['Tehrik-e-Salar Ostria', 'Tehreek-e-Salar Ostria', 'ee written for i'],
  ['Tehrik-e-Salar Ostria', 'Tehrik-i-Salar Ostria', '-e- or -i- connector'],
  ['Jamaat-ul-Vorna', 'Jamaat ul Vorna', 'hyphens or spaces'],
  ['al-Qaeda Varnia', 'Al Qaida Varnia', 'al- article and ae / ai'],
  ['Milli Varn Teşkilatı', 'Milli Varn Teskilati', 'Turkish letters'],
  ['Islamic Valley of Ostria', 'Islamic Valley Ostria', 'an "of" that adds nothing'],
  ['AL-VORNA FRONT', 'Al-Vorna Front', 'a list written in capitals'],
  ['Hussein Tarvel', 'Hussain Tarvel', 'ei / ai diphthong'],
  ['Mohammad Tarvel', 'Muhammad Tarvel', 'o / u and doubled consonants'],
  ['Sorkh Vadi Mahaz', 'Surkh Wadi Mahaz', 'o / u and w / v'],
  ['Abu Darraja al-Ostani', 'Abu Darrajah al-Ostani', 'a final silent h'],
  ['Şaxvar Pass', 'Shakhvar Pass', 'Kurdish ş and x for sh and kh'],
  ['Abou Yassir al-Kaloui', 'Abu Yasir al-Kaluwi', 'French ou for u, and a dropped glide w'],
  ['Orvan Stabilisation Force', 'Orvan Stabilization Force', 'British and American -ise / -ize'],
  ['Kessa Self-Defence Units', 'Kessa Self-Defense Units', 'British and American -ence / -ense'],
  ['Movimiento Doce de Junio', 'Movimiento 12 de Junio', 'a day number written as a word'],
  ['Haut-Orvan', 'Upper Orvan', 'a French direction word'],
  ['Río Pindaré', 'Pindare River', 'a Spanish place noun that opens the name closes it in English'],
  ['Lac Orvel', 'Lake Orvel', 'a French place noun'],
];
for (const [a, b, habit] of SAME) test(`same key: ${a} / ${b} (${habit})`, () => assert.equal(nameKey(a), nameKey(b), `${a} vs ${b}`));

const DIFFERENT: ReadonlyArray<[a: string, b: string, why: string]> = [
  ['Islamic Valley', 'Islamic Valley Khorasan Province', 'a branch is longer than its parent'],
  ['Salar', 'Tehrik-e-Salar Ostria', 'one word of a name'],
  ['Saad Orvel', 'Saeed Orvel', 'short names with different vowels'],
  ['US Border Guard', 'Border Guard', 'a capitalised "US" is a word, not a connector'],
  ['Sur Orvel', 'South Orvel', '"sur" is a name too, not read as a direction'],
];
for (const [a, b, why] of DIFFERENT) test(`different key: ${a} / ${b} (${why})`, () => assert.notEqual(nameKey(a), nameKey(b), `${a} vs ${b}`));

const WORDS: ReadonlyArray<[a: string, b: string, same: boolean]> = [
  ['mohammed', 'muhammad', true],     // same consonants, same number of vowel groups
  ['rahman', 'rehman', true],
  ['salman', 'sulaiman', false],      // one more vowel group: another name
  ['saad', 'said', false],            // too short to compare by consonants
  ['dunmere', 'danmore', false],      // every vowel differs: another name
  ['tolmon', 'talman', true],         // Tajik o for Persian a, in every syllable
  ['tolmen', 'talman', false],        // a front vowel differs too: another name
  ['zawahiri', 'zawahri', true],      // one short vowel left out inside a long word
  ['barakat', 'barkat', true],
  ['ansari', 'ansar', false],         // a vowel at the end makes another word
  ['mahammad', 'mahmoud', false],     // a vowel dropped and another changed: another name
  ['kadhafi', 'qaddafi', true],       // dh / d, q / k and a doubled consonant
  ['dhahiri', 'zahiri', true],        // dh / z
  ['dhahiry', 'dahiri', true],        // dh / d and a final y / i
  ['zamani', 'damani', false],        // d and z are two letters when neither is written dh
];
for (const [a, b, same] of WORDS) test(`sameWord(${a}, ${b}) is ${same}`, () => assert.equal(sameWord(tokenKey(a), tokenKey(b)), same));

test('a case vowel or a fused article on a word of a group name is the same word; an -an adjective is not', () => {
  assert.ok(sameWordInflected('jamatu', 'jamat'), 'case vowel');
  assert.ok(sameWordInflected('ansaril', 'ansar'), 'article fused to the word before');
  assert.ok(!sameWordInflected('ahlis', 'ahl'), 'a stem of three letters is too short to tell');
  assert.ok(!sameWordInflected('ostrian', 'ostri'), '-an makes English adjectives');
  assert.ok(!sameWordInflected('vornal', 'vorna'), '-al makes English adjectives');
});
