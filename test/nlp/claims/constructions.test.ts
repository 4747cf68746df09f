import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CONSTRUCTIONS } from '../../../src/nlp/claims/constructions/index.js';
import { relationsOf } from './annotated.js';

// One table per construction row: every sentence is invented (the Red Valley Front, Ilsa Varn, Brell …)
// and lists exactly the relations it must yield, so an extra relation fails as surely as a missing one.
type Case = readonly [construction: string, sentence: string, expected: readonly string[]];

const CASES: readonly Case[] = [
  // titles in apposition
  ['title-before-name', '[Red Valley Front|o] chief [Ilsa Varn|p] met envoys.', ['Ilsa Varn leader_of Red Valley Front']],
  ['title-before-name', '[Red Valley Front|o] finance chief [Ilsa Varn|p] met envoys.', ['Ilsa Varn member_of Red Valley Front']],
  ['name-then-title', 'Police arrested [Pell Orrin|p], a suspected arms courier for the [Red Valley Front|o], at a checkpoint.', ['Pell Orrin supplied Red Valley Front']],
  ['name-then-title', '[Tam Hale|p] was appointed head of the [Guard|o] in 2019.', ['Tam Hale leader_of Guard']],
  ['name-then-title', '[Tam Hale|p] has been named the new commander of the [Guard|o].', ['Tam Hale member_of Guard']],
  ['name-then-title', '[Tam Hale|p] was named in a report on the [Guard|o].', []],
  ['as-title', '[Tam Hale|p] replaced [Ilsa Varn|p] as leader of the [Guard|o].', ['Tam Hale leader_of Guard']],
  ['verb', '[Ilsa Varn|p] defected from the [Guard|o] to the [Front|o] in 2020.', ['Ilsa Varn NOT member_of Guard', 'Ilsa Varn member_of Front']], // the tie she left has ended
  ['nominal', 'The [Front|o] took control of [Osk|l] in June.', ['Front operates_in Osk']],
  ['verb', '[Tam Hale|p] directed the investigation of [Ilsa Varn|p].', []],
  ['verb', '[Alder|l] backed the arrest of [Ilsa Varn|p] in May.', []],
  ['verb', '[Alder|l] funded the training of [Front|o] fighters.', ['Alder sponsors Front']],
  // pacts made together
  ['formed-pact', 'The [Red Valley Front|o] and the [Osk Guild|o] have formed an alliance, officials said.', ['Red Valley Front allied_with Osk Guild']],
  ['formed-pact', 'The [Front|o] sealed a secret pact with the [Cope Brigade|o] in May.', ['Front allied_with Cope Brigade']],
  ['formed-pact', 'The [Front|o], the [Guild|o] and the [Cope Brigade|o] signed an agreement.', ['Front allied_with Cope Brigade', 'Front allied_with Guild', 'Guild allied_with Cope Brigade']],
  // ties both parties share, with no other side named
  ['shared-tie', 'The [Front|o] and the [Guild|o] kept their pact of non-aggression quiet for a year.', ['Front allied_with Guild']],
  ['shared-tie', 'The [Front|o] and the [Guild|o] refrained from open clashes in [Osk|l].', ['Front NOT hostile_to Guild']],
  ['shared-tie', 'The [Front|o] and the [Guild|o] avoided clashes until May.', ['Front NOT hostile_to Guild']],
  ['shared-tie', 'The [Front|o] and the [Guild|o] waged a bitter war for a decade.', ['Front hostile_to Guild']],
  // a verb that only talks about a tie makes its subject no party to it; a tie with a named other side is another row's
  ['shared-tie', 'The [Front|o] and the [Guild|o] welcomed the alliance.', []],
  // (the parse reads the ended tie with the named other side, for each member)
  ['shared-tie', 'The [Front|o] and the [Guild|o] ended their alliance with the [Cope Brigade|o].', ['Front NOT allied_with Cope Brigade', 'Guild NOT allied_with Cope Brigade']],
  ['shared-tie', 'The [Front|o] kept its pact secret.', []],
  ['title-before-name', "The [Front|o]'s deputy, [Saif Orlan|p], fled.", ['Saif Orlan member_of Front']],
  // (the parse rows add the Front's presence: the parse puts "near Osk" on it)
  ['title-before-name', 'Troops killed Commander [Ilsa Varn|p] of the [Red Valley Front|o] near [Osk|l].', ['Ilsa Varn member_of Red Valley Front', 'Red Valley Front operates_in Osk']],
  ['title-before-name', 'During a meeting in March, [Cope Movement|o] Chairman Dr. [Naya Orlan|p] asserted that [Front|o] camps operating in [Osk|l] function under the supervision of the [Alder Army|o].', ['Alder Army sponsors Front', 'Front operates_in Osk', 'Naya Orlan leader_of Cope Movement']],
  ['title-before-name', 'Former [Cope Brigade|o] spokesman [Tam Hale|p] resigned.', ['Tam Hale member_of Cope Brigade']],
  ['title-before-name', '[Red Valley Front|o] chief [Ilsa Varn|p] and his deputy [Saif Orlan|p] travelled to [Brell|l].', ['Ilsa Varn leader_of Red Valley Front', 'Ilsa Varn operates_in Brell', 'Saif Orlan member_of Red Valley Front', 'Saif Orlan operates_in Brell']],
  ['title-before-name', '[Ilsa Varn|p], the leader of the [Front|o], and his deputy [Saif Orlan|p] fled.', ['Ilsa Varn leader_of Front', 'Saif Orlan member_of Front']],
  ['title-before-name', '[Cope Brigade|o] [Brell|l] coordinator, [Tam Hale|p], was seen in the photograph.', ['Tam Hale member_of Cope Brigade', 'Tam Hale operates_in Brell']],
  ['name-then-title', '[Ilsa Varn|p], a senior operative of the [Red Valley Front|o], was detained.', ['Ilsa Varn member_of Red Valley Front']],
  ['name-then-title', '[Tam Hale|p], the former spokesman of [Cope Brigade|o] and [Alder Guard|o], spoke.', ['Tam Hale member_of Alder Guard', 'Tam Hale member_of Cope Brigade']],
  ['name-then-title', '[Ilsa Varn|p] was the [Front|o]\'s chief until 2019.', ['Ilsa Varn leader_of Front']],
  ['name-then-title', '[Tam Hale|p], a senior [Cope Brigade|o] commander, denied the charge.', ['Tam Hale member_of Cope Brigade']],
  ['name-then-title', '[Saif Orlan|p] has been a pivotal [Alder Ministry|o] asset for years.', ['Alder Ministry sponsors Saif Orlan']],
  ['kinship', '[Tam Varn|p], son of the late governor [Orlan Varn|p], inherited the militia.', ['Tam Varn relative_of Orlan Varn']],
  ['kinship', 'The son of former governor [Orlan Varn|p], he ran the militia for a decade.', []],
  ['kinship', "[Orlan Varn|p]'s nephew [Tam Hale|p] ran the militia.", ['Tam Hale relative_of Orlan Varn']],
  ['kinship', "[Orlan Varn|p]'s sister, [Mira Varn|p], spoke to reporters.", ['Mira Varn relative_of Orlan Varn']],
  ['kinship', '[Orlan Varn|p] sells grain. His son, [Tam Varn|p], 34, is a commander in the [Cope Brigade|o].', ['Tam Varn member_of Cope Brigade', 'Tam Varn relative_of Orlan Varn']],
  // hyphenated compounds
  ['hyphen-participle', 'The [Ilsa Varn|p]-led [Red Valley Front|o] denied the report.', ['Ilsa Varn leader_of Red Valley Front']],
  ['hyphen-participle', 'An [Alder|l]-backed militia, the [Cope Brigade|o], took the town.', ['Alder sponsors Cope Brigade']],
  ['hyphen-participle', 'Police raided the [Brell|l]-based [Cope Brigade|o] at dawn.', ['Cope Brigade operates_in Brell']],
  ['hyphen-pair', 'The [Front|o]–[Guard|o] alliance collapsed within a year.', ['Front allied_with Guard']],
  ['hyphen-pair', 'The [Front|o]-[Guard|o] rivalry turned violent.', ['Front hostile_to Guard']],
  ['between', 'Officials described a growing partnership between the [Red Valley Front|o] and the [Alder Guard|o].', ['Red Valley Front allied_with Alder Guard']],
  ['between', 'Fighting between the [Alder Army|o] and the [Rapid Guard|o] has displaced millions.', ['Alder Army hostile_to Rapid Guard']],
  ['between', 'Clashes between the [Front|o], the [Guard|o] and the [Brigade|o] killed dozens.', ['Front hostile_to Brigade', 'Front hostile_to Guard', 'Guard hostile_to Brigade']],
  // patronage and proxies
  ['under-patronage', 'The [Red Valley Front|o] grew under the protection of the [Alder Guard|o].', ['Alder Guard sponsors Red Valley Front']],
  ['under-patronage', "The [Front|o]–[Guard|o] Nexus Under [Alder|l]'s Patronage", ['Alder sponsors Front', 'Alder sponsors Guard', 'Front allied_with Guard']],
  ['under-patronage', 'With [Brell|l] backing, [Tam Hale|p] set up [Cope Brigade|o] camps in [Osk|l].', ['Brell sponsors Tam Hale', 'Cope Brigade operates_in Osk', 'Tam Hale operates_in Osk']],
  ['as-proxy', 'The [Alder Ministry|o] used the [Red Valley Front|o] as a proxy against its rivals.', ['Alder Ministry sponsors Red Valley Front']],
  ['as-proxy', 'By nurturing the [Front|o] as a proxy, [Alder|l] took a risk.', ['Alder sponsors Front']],
  // verbs: active, passive, coordinated, with the direction right
  ['verb', 'The [Red Valley Front|o] attacked the [Alder Guard|o] near the border.', ['Red Valley Front attacked Alder Guard']],
  ['verb', 'The [Alder Guard|o] was attacked by the [Red Valley Front|o].', ['Red Valley Front attacked Alder Guard']],
  ['verb', 'On Sunday [Guild|o] fighters attacked a [Red Valley Front|o] checkpoint on the road.', ['Guild attacked Red Valley Front']],
  ['verb', 'The [Front|o] backed a [Cope Council|o] resolution.', []],
  ['nominal', '[Tam Varn|p] led the attack on the [Alder Guard|o].', ['Tam Varn attacked Alder Guard']],
  ['nominal', 'He ran the [Osk Front|o]’s kidnapping cell in the [Brell Forest|l] for years.', ['Osk Front operates_in Brell Forest']],
  ['nominal', 'The [Front|o] has about two thousand fighters in [Brell|l].', ['Front operates_in Brell']],
  ['nominal', "The [Front|o]'s secret pact of non-aggression with the [Guild|o] held for a year.", ['Front allied_with Guild']],
  ['nominal', 'The [Front|o] has more than 300 fighters in [Brell|l] and [Cope|l].', ['Front operates_in Brell', 'Front operates_in Cope']],
  ['nominal', '[Tam Varn|p] reportedly planned the raid on a police post in [Brell|l].', ['Tam Varn attacked Brell']],
  ['verb', '[Ilsa Varn|p] was arrested by [Brell|l] police in March.', []],
  ['verb', '[Ilsa Varn|p] was arrested by the [Brell Police|o] in March.', ['Brell Police arrested Ilsa Varn']],
  ['verb', 'The [Cope Brigade|o], backed by the [Alder Ministry|o], seized the town.', ['Alder Ministry sponsors Cope Brigade']],
  ['verb', 'It was the [Front|o] that the [Guard|o] arrested and killed.', ['Guard arrested Front']], // the cleft's gap, read from the parse
  ['verb', 'The [Guard|o] arrested and killed several of the [Front|o]\'s commanders.', ['Guard arrested Front', 'Guard attacked Front']],
  ['verb', 'A photograph shows [Tam Hale|p] handing a rifle to [Cope Brigade|o] commander [Ilsa Varn|p].', ['Ilsa Varn member_of Cope Brigade', 'Tam Hale supplied Ilsa Varn']],
  ['verb', '[Tam Hale|p] provided weapons, money and guidance to the [Front|o].', ['Tam Hale supplied Front']],
  ['verb', 'The [Front|o] is allied with the [Cope Brigade|o].', ['Front allied_with Cope Brigade']],
  ['verb', '[Saif Orlan|p] joined the [Red Valley Front|o] in 2012.', ['Saif Orlan member_of Red Valley Front']],
  ['verb', '[Saif Orlan|p] was born in [Osk|l] and studied in [Brell|l] before joining the [Red Valley Front|o] in 2004.', ['Saif Orlan member_of Red Valley Front']],
  ['verb', 'The [Front|o] operates out of [Brell|l] and [Osk|l].', ['Front operates_in Brell', 'Front operates_in Osk']],
  ['verb', 'The [Guard|o] was set up to target the [Front|o].', ['Guard hostile_to Front']],
  ['verb', 'The [Front|o] said it would strike [Osk|l] again.', ['Front hostile_to Osk']],
  ['verb', 'The [Front|o], which the [Guard|o] had armed, attacked [Osk|l].', ['Front attacked Osk', 'Guard sponsors Front']],
  ['alongside', '[Front|o] fighters trained alongside [Cope Brigade|o] operatives.', ['Front allied_with Cope Brigade']],
  // nominalisations
  ['nominal', "The [Front|o]'s attack on the [Alder Guard|o] came at dawn.", ['Front attacked Alder Guard']],
  ['nominal', 'The arrest of [Ilsa Varn|p], a senior commander of the [Front|o], by the [Brell Police|o] surprised no one.', ['Brell Police arrested Ilsa Varn', 'Ilsa Varn member_of Front']],
  ['nominal', "[Tam Hale|p]'s ties with the [Cope Brigade|o] are old.", ['Tam Hale allied_with Cope Brigade']],
  ['nominal', 'The [Front|o] has a strong presence in [Brell|l] and [Osk|l].', ['Front operates_in Brell', 'Front operates_in Osk']],
  ['nominal', "Rebels overran the [Front|o]'s [Osk|l] base last year.", ['Front operates_in Osk']],
  ['nominal', 'The [Front|o] has carried out attacks in [Alder|l], [Brell|l], and [Osk|l].', ['Front attacked Alder', 'Front attacked Brell', 'Front attacked Osk']],
  ['nominal', 'The [Front|o] vowed retaliation against the [Guard|o].', ['Front hostile_to Guard']],
  ['nominal', 'The [Front|o] vowed retaliation against the [Guard|o], other separatist groups, as well as nationalist groups like [Cope|o] and [Osk Union|o].', ['Front hostile_to Cope', 'Front hostile_to Guard', 'Front hostile_to Osk Union']],
  ['nominal', "The [Guard|o] merged the [Front|o]'s networks with the [Brigade|o]'s camps in [Osk|l].", ['Brigade operates_in Osk']],
  // organisations and places
  ['part-of', "The [Azim Foundation|o], the [Red Valley Front|o]'s media wing, released the video.", ['Azim Foundation part_of Red Valley Front']],
  ['part-of', 'The [Cope Brigade|o], an affiliate of the [Red Valley Front|o], grew quickly.', ['Cope Brigade part_of Red Valley Front']],
  ['part-of', 'A [Joint Board|o] comprising the [Alder Police|o], the Special Branch, and the [Border Corps|o] met.', ['Alder Police part_of Joint Board', 'Border Corps part_of Joint Board']],
  ['part-of', 'A [Joint Board|o] comprising the [Alder Police|o], the [Alder Army|o] and the [Border Corps|o] met.', ['Alder Army part_of Joint Board', 'Alder Police part_of Joint Board', 'Border Corps part_of Joint Board']],
  ['located-in', '[Brell|l], a mountain district in northern [Alder|l], borders the sea.', ['Brell located_in Alder']],
  ['located-in', 'Rebels hold the [Osk|l] district of [Alder|l].', ['Osk located_in Alder']],
  ['located-in', "Gunmen raided [Osk|l], a town in [Alder|l]'s northern [Brell State|l], on Sunday.", ['Brell State located_in Alder', 'Osk located_in Brell State']],
  ['located-in', 'The [Alder|l] districts of [Brell|l] and [Osk|l] are calm.', ['Brell located_in Alder', 'Osk located_in Alder']],
  ['located-in', 'Jets struck near [Tellan|l], in [Brell Province|l], on Monday.', ['Tellan located_in Brell Province']],
  ['located-in', 'The wounded were taken to [Varnsk|l], the [Brell Province|l] capital.', ['Varnsk located_in Brell Province']],
  ['located-in', "He was shot outside a guesthouse in [Alder|l]'s [Brell|l].", ['Brell located_in Alder']],
  ['located-in', 'Fighting spread from [Tellan|l], in [Brell|l] and in [Osk|l].', []],
  ['located-in', 'The [Brell|l] and [Osk|l] districts of [Alder|l] and [Cope|l] respectively are calm.', ['Brell located_in Alder', 'Osk located_in Cope']],
  ['located-in', 'During a speech in [Tampin|l], [Westmark|l], that August, he spoke.', ['Tampin located_in Westmark']],
  ['located-in', 'Attacks hit [Brell|l], [Osk|l] and [Cope|l].', []],
  ['actor-in-place', 'Investigators flagged [Ilsa Varn|p] in [Brell|l] as a weapons courier.', ['Ilsa Varn operates_in Brell']],
  ['actor-in-place', '[Front|o] fighters in [Osk|l] surrendered.', ['Front operates_in Osk']],
  ['actor-in-place', 'The arrival of [Front|o] chief [Ilsa Varn|p] and his deputy [Saif Orlan|p] in [Brell|l] alarmed officials.', ['Ilsa Varn leader_of Front', 'Ilsa Varn operates_in Brell', 'Saif Orlan member_of Front', 'Saif Orlan operates_in Brell']],
  ['home-to', '[Brell|l] is home to several armed groups, such as the [Cope Brigade|o] and the [Osk Front|o].', ['Cope Brigade operates_in Brell', 'Osk Front operates_in Brell']],
  // further rows of the same constructions
  ['name-then-title', '[Tam Hale|p] reportedly emerged around 2015 as a key facilitator for the [Front|o].', ['Tam Hale supplied Front']],
  ['name-then-title', '[Tam Hale|p] served as the [Front|o]\'s emir until 2016.', ['Tam Hale leader_of Front']],
  ['name-then-title', '[Tam Hale|p], the mastermind of the [Osk bombing|e], was caught.', ['Tam Hale attacked Osk bombing']],
  ['name-then-title', "The image shows [Tam Hale|p], the [Front|o]'s coordinator in [Brell|l], handing a rifle to [Ilsa Varn|p].", ['Tam Hale member_of Front', 'Tam Hale operates_in Brell', 'Tam Hale supplied Ilsa Varn']],
  ['verb', 'The [Front|o] attacked a concert hall in [Osk|l], [Cope|l], in March.', ['Front attacked Cope', 'Front attacked Osk', 'Osk located_in Cope']],
  ['verb', 'The [Front|o], which had been quietly expanded in [Brell|l] by the [Guard|o], faced a crisis.', ['Front operates_in Brell', 'Guard sponsors Front']],
  ['verb', 'The defeat forced the [Front|o] to relocate its fighters across the border in [Alder|l].', ['Front operates_in Alder']],
  ['verb', "The [Front|o]'s network stretches from [Osk|l] and [Cope|l] to [Alder|l] through [Brell|l].", ['Front operates_in Alder', 'Front operates_in Brell', 'Front operates_in Cope', 'Front operates_in Osk']],
  ['verb', 'The [Guard|o] launched [Radio Osk|o], a station that mocks the [Front|o].', ['Guard sponsors Radio Osk']],
  ['hyphen-pair', "[Alder|l]'s covert [Front|o]–[Guard|o] alliance worries its neighbours.", ['Alder sponsors Front', 'Alder sponsors Guard', 'Front allied_with Guard']],
  ['verb', 'The [Front|o] attacked the [Guard|o], killing 12 soldiers, and the [Brigade|o] fled.', ['Front attacked Guard']],
  ['verb', 'The [Front|o], which controls much of northern [Osk|l], denied it.', ['Front operates_in Osk']],
  ['nominal', 'The [Front|o] is at war with the [Guard|o] in the hills.', ['Front hostile_to Guard']],
  ['nominal', '[Alder|l] responded with airstrikes on [Front|o] positions.', ['Alder attacked Front']],
  // both parties to a clash near a place were there (parse rows)
  ['verb', 'The [Front|o] clashed with the [Guard|o] near [Osk|l].', ['Front hostile_to Guard', 'Front operates_in Osk', 'Guard operates_in Osk']],
  ['verb', 'The [Front|o] fought against the [Guard|o] for a decade.', ['Front hostile_to Guard']],
  ['verb', 'The [Front|o] seized [Osk|l] in a dawn raid.', ['Front attacked Osk', 'Front operates_in Osk']],
  ['verb', 'The [Front|o] controls [Osk|l] and much of [Brell|l].', ['Front operates_in Brell', 'Front operates_in Osk']],
  // A strike near a place puts the striker there, as "conducted strikes near Osk" does.
  ['verb', '[Tam Hale|p] was killed in a [Guard|o] drone strike near [Osk|l].', ['Guard attacked Tam Hale', 'Guard operates_in Osk']],
  ['verb', 'Rifles supplied by [Alder|l] to the [Front|o] were found in [Osk|l].', ['Alder supplied Front']],
  ['verb', 'The [Osk Front|o] is affiliated with the [Red Valley Front|o].', ['Osk Front allied_with Red Valley Front']],
  ['receive-from', 'The [Cope Brigade|o] received rifles and money from the [Alder Ministry|o].', ['Alder Ministry supplied Cope Brigade']],
  ['allegiance', 'In 2015 the [Osk Front|o] pledged allegiance to the [Red Valley Front|o].', ['Osk Front part_of Red Valley Front']],
  ['allegiance', '[Tam Hale|p] swore allegiance to the [Red Valley Front|o] in prison.', ['Tam Hale member_of Red Valley Front']],
  ['under-patronage', 'The [Front|o] expanded with support from [Alder|l].', ['Alder sponsors Front']],
  ['part-of', 'The [Osk Front|o] is a faction of the [Red Valley Front|o].', ['Osk Front part_of Red Valley Front']],
  ['as-title', 'Investigators flagged [Ilsa Varn|p] in [Brell|l] as a weapons facilitator for the [Red Valley Front|o].', ['Ilsa Varn operates_in Brell', 'Ilsa Varn supplied Red Valley Front']],
  ['as-title', '[Orlan Hale|p], a militant who served as the [Front|o]\'s emir until 2016, died.', ['Orlan Hale leader_of Front']],
  ['gathering-in', '[Front|o] chief [Ilsa Varn|p] convened a meeting of commanders in [Brell|l].', ['Ilsa Varn leader_of Front', 'Ilsa Varn operates_in Brell']],
  ['involvement-in', '[Ilsa Varn|p] was jailed for his involvement in the [Osk market bombing|e].', ['Ilsa Varn attacked Osk market bombing']],
  ['name-then-title', '[Saif Orlan|p], son of governor [Tam Orlan|p], has been a pivotal [Alder Ministry|o] asset for years.', ['Alder Ministry sponsors Saif Orlan', 'Saif Orlan relative_of Tam Orlan']],
  ['name-then-title', 'The [Front|o] is no longer a compliant client of [Alder|l].', ['Alder NOT sponsors Front']],
  ['nominal', "The [Guard|o]'s takeover of [Osk|l] ended the siege.", ['Guard operates_in Osk']],
  ['verb', '[Tam Hale|p] accused the [Guard|o] of "using the [Front|o] as a shield".', ['Guard sponsors Front']],
  ['verb', '[Tam Hale|p] accused the army of "arming the [Front|o]" in [Osk|l].', ['Front operates_in Osk']], // armed where it is
  ['verb', 'Officers facilitated financial assistance to the [Front|o] and its allies, [Tam Hale|p] said.', []],
  ['fired-at', 'The [Red Valley Front|o] fired rockets at [Port Alder|l] overnight.', ['Red Valley Front attacked Port Alder']],
  ['byline', 'By [Tam Orlan|p] and [Ilsa Varn|p], [Port Alder|l]', ['Tam Orlan operates_in Port Alder', 'Ilsa Varn operates_in Port Alder']],
  ['byline', 'By noon, [Tam Orlan|p] had left [Port Alder|l].', []],
  ['verb', 'The [Front|o] abducted 80 pupils from [Osk|l] in 2014.', ['Front attacked Osk']],
  ['verb', 'The [Cope Group|o] has deployed fighters to [Alder|l] and [Brell|l].', ['Cope Group operates_in Alder', 'Cope Group operates_in Brell']],
  ['verb', "[Front|o] secretary-general [Ilsa Varn|p] said the group would retaliate against [Alder|l].", ['Front hostile_to Alder', 'Ilsa Varn leader_of Front']],
  // Whoever is captured somewhere was there.
  ['name-then-title', 'Police captured [Tam Hale|p], alias Fito, leader of the [Osk Cartel|o], in [Brell|l].', ['Tam Hale leader_of Osk Cartel', 'Tam Hale operates_in Brell']],
  ['part-of', "The [Sahel Front|o], the [Red Valley Front|o]'s affiliate in [Osk|l], grew.", ['Sahel Front operates_in Osk', 'Sahel Front part_of Red Valley Front']],
  // places placed by a verb, and places held
  ['place-verb', '[Brenholt|l] lies in [Ashfen Province|l], on the main road.', ['Brenholt located_in Ashfen Province']],
  ['place-verb', '[Brenholt|l], which sits in the far north of [Alder|l], is cold.', ['Brenholt located_in Alder']],
  ['place-verb', 'The [Front|o] lies in wait near [Osk|l].', ['Front operates_in Osk']], // presence, not a place inside a place
  ['located-in', '[Kessa|l], a farming town in the north of [Alder|l], grew.', ['Kessa located_in Alder']],
  ['under-control', '[Kessa|l], a farming town in the north of [Alder|l], has been under [Front|o] control since 2023.', ['Front operates_in Kessa', 'Kessa located_in Alder']],
  ['under-control', 'The town of [Osk|l] fell under the control of the [Guard|o] in May.', ['Guard operates_in Osk']],
  ['under-control', 'The [Front|o] fought under heavy fire in [Osk|l].', ['Front operates_in Osk']], // fighting there, not control
  ['stance-prefix', 'On July 20, the [Voice of Osk|o], a pro-[Front|o] and anti-[Guard|o] media outlet, praised the raid.', ['Voice of Osk allied_with Front', 'Voice of Osk hostile_to Guard']],
  ['stance-prefix', '[Brell|l] is home to anti-[Alder|l] militant groups, such as the [Cope Brigade|o] and the [Osk Front|o].', ['Cope Brigade hostile_to Alder', 'Cope Brigade operates_in Brell', 'Osk Front hostile_to Alder', 'Osk Front operates_in Brell']],
  ['verb', 'A video released by the [Azim Foundation|o], the [Osk Front|o]\'s media arm, detailed a [Guard|o] raid that killed 30 [Osk Front|o] fighters.', ['Azim Foundation part_of Osk Front', 'Guard attacked Osk Front']],
  ['verb', '[Tam Hale|p], son of governor [Orlan Hale|p], has been a pivotal [Alder|l] asset, overseeing [Front|o] camps in [Osk|l].', ['Alder sponsors Tam Hale', 'Front operates_in Osk', 'Tam Hale relative_of Orlan Hale']],
  ['turned-against', 'The [Osk Agency|o] has strengthened the [Front|o] and weaponised it against the [Guard|o] and the [Cope Brigade|o].', ['Front hostile_to Cope Brigade', 'Front hostile_to Guard', 'Osk Agency sponsors Front']],
  ['verb', 'The [Front|o] and the [Guard|o] clashed again near [Osk|l] on Sunday.', ['Front hostile_to Guard', 'Front operates_in Osk', 'Guard operates_in Osk']],
  ['name-then-title', 'The [Front|o], a key ally of the [Guard|o], denied the report.', ['Front allied_with Guard']],
  ['name-then-title', "[Tam Hale|p], the [Front|o]'s bitter rival, fled.", ['Tam Hale hostile_to Front']],
  ['verb', 'The arrival of [Front|o] chief [Ilsa Varn|p] and [Tam Hale|p] reflects this coordinated strategy.', ['Ilsa Varn leader_of Front']],
  ['verb', 'An official told reporters that the [Guard|o] “has been arming the [Front|o] for years.”', ['Guard sponsors Front']],
  ['claimed-responsibility', 'A car bomb killed twelve people in [Port Alder|l] on Monday. The [Red Valley Front|o] claimed responsibility.', ['Red Valley Front attacked Port Alder']],
  ['claimed-responsibility', 'Rain fell in [Port Alder|l] on Monday. The [Red Valley Front|o] claimed responsibility.', []],
  ['nominal', 'The [Front|o], a group responsible for the 2019 [Osk|l] attacks, denies it.', ['Front attacked Osk']],
  ['nominal', 'The group [Front|o] claimed responsibility for the March attack on a shrine in [Osk|l].', ['Front attacked Osk']],
  ['nominal', 'The [Front|o] claimed the attack on the [Saint Brell Shrine|l] in [Osk|l].', ['Front attacked Osk', 'Front attacked Saint Brell Shrine', 'Saint Brell Shrine located_in Osk']],
  // An event noun's "by" names its doer through a verb of doing, not through "paid for" or "condemned".
  ['nominal', 'The raid on [Osk|l] was carried out at dawn by the [Red Valley Front|o].', ['Red Valley Front attacked Osk']],
  ['nominal', 'Officials say the raid on [Osk|l] was paid for by the [Alder Council|o].', []],
  // an event noun standing for the last attack's actor (coref), and the place its clause gives; the
  // positive cases are in coref.test.ts, since parse rows may add the actor's presence there (GUIDELINES
  // accept it as the other reading)
  ['event-place', 'Rain fell on a convoy on Monday. The attack took place in [Brell|l].', []],
  ['event-place', 'A car bomb killed twelve people in [Port Alder|l] on Monday. The [Red Valley Front|o] claimed the attack.', ['Red Valley Front attacked Port Alder']],
  // an alliance and its members
  ['made-up-of', 'Officials described an alliance made up of the [Red Valley Front|o], the [Cope Brigade|o] and the [Osk Guild|o].', ['Cope Brigade allied_with Osk Guild', 'Red Valley Front allied_with Cope Brigade', 'Red Valley Front allied_with Osk Guild']],
  ['made-up-of', 'It is a coalition of the [Front|o] and the [Guild|o], officials said.', ['Front allied_with Guild']],
  ['made-up-of', 'Officials described a coalition of [Brell|l] and [Osk|l] residents.', []],
  ['made-up-of', 'Security is run by the [Osk Task Force|o], made up of the [Alder Army|o], the [Brell Police|o] and the [Cope Guard|o].', ['Alder Army allied_with Brell Police', 'Alder Army allied_with Cope Guard', 'Alder Army part_of Osk Task Force', 'Brell Police allied_with Cope Guard', 'Brell Police part_of Osk Task Force', 'Cope Guard part_of Osk Task Force']],
  ['event-place', 'The [Guard|o] arrested [Tam Hale|p] on Monday. [Ilsa Varn|p] was seized in the raid at a farm in [Brell|l].', ['Guard arrested Tam Hale', 'Ilsa Varn operates_in Brell']],
];

test('every construction row has an example and at least one table case', () => {
  for (const c of CONSTRUCTIONS) {
    assert.ok(c.example.length > 0, c.name);
    assert.ok(CASES.some(([name]) => name === c.name), `no table case for ${c.name}`);
  }
});

for (const [construction, sentence, expected] of CASES) {
  test(`${construction}: ${sentence}`, () => {
    assert.deepEqual(relationsOf(sentence), [...expected].sort(), sentence);
  });
}
