import type { Entity } from '../core/index.js';
import type { Assertion } from '../analysis/index.js';
import { compareText, predicateWords, titleOf, type CaseView } from './case-view.js';
import { containingCountries } from './country-codes.js';
import { uuidV5 } from './uuid-v5.js';

/** One FollowTheMoney entity as `ftm` / Aleph read it: every property value is a list of strings. */
export interface FtmEntity {
  readonly id: string;
  readonly schema: string;
  readonly properties: Readonly<Record<string, readonly string[]>>;
}

const ftmId = (kind: string, key: string): string => `dossier-${kind}-${uuidV5(`ftm:${kind}:${key}`)}`;

const SCHEMA_OF_TYPE = { person: 'Person', organization: 'Organization', location: 'Address', event: 'Event', work: 'Document' } as const;

/**
 * FollowTheMoney entities as JSON lines: people, organizations, places (Address), events and works; each document as
 * an Article; Mention and Documentation rows tying names to the articles that use them; and each assertion as the
 * closest FtM interval (Membership, Directorship, Family, Associate, else UnknownLink). FtM has no notion of a denied
 * link, so a negated assertion is always an UnknownLink whose role begins "NOT" and whose status is "negated".
 */
export function toFtmLines(view: CaseView): string {
  return toFtmEntities(view).map((e) => JSON.stringify(e)).join('\n') + '\n';
}

export function toFtmEntities(view: CaseView): FtmEntity[] {
  const out: FtmEntity[] = [];
  const countries = containingCountries(view);
  const idOfEntity = new Map(view.entities.map((e) => [e.id, ftmId('entity', e.id)]));
  const idOfDocument = new Map(view.documents.map((d) => [d.id, ftmId('article', d.id)]));

  for (const e of view.entities) out.push(entityRecord(e, idOfEntity.get(e.id)!, countries.get(e.id)));

  for (const doc of view.documents) {
    const title = titleOf(doc);
    out.push(entity(idOfDocument.get(doc.id)!, 'Article', {
      name: [title ?? doc.name], title: title ? [title] : [], fileName: [doc.name], publisher: doc.outlet ? [doc.outlet] : [],
      publishedAt: doc.published ? [doc.published] : [], sourceUrl: doc.url ? [doc.url] : [],
    }));
  }

  // Documentation for every entity a document mentions; Mention for each surface form of a person or organization
  // (FtM's Mention resolves only to legal entities).
  for (const e of view.entities) {
    for (const docId of view.documentsOfEntity.get(e.id) ?? []) {
      out.push(entity(ftmId('documentation', `${docId}|${e.id}`), 'Documentation', {
        document: [idOfDocument.get(docId)!], entity: [idOfEntity.get(e.id)!], role: ['mentioned'],
      }));
    }
    if (e.type !== 'person' && e.type !== 'organization') continue;
    const forms = new Map<string, Set<string>>();
    for (const mentionId of e.mentionIds) {
      const m = view.mentionById.get(mentionId);
      if (!m) continue;
      forms.set(m.docId, (forms.get(m.docId) ?? new Set()).add(m.text));
    }
    for (const [docId, names] of [...forms].sort(([a], [b]) => compareText(a, b))) {
      const articleId = idOfDocument.get(docId);
      if (!articleId) continue;
      for (const name of [...names].sort(compareText)) {
        out.push(entity(ftmId('mention', `${docId}|${e.id}|${name}`), 'Mention', {
          document: [articleId], resolved: [idOfEntity.get(e.id)!], name: [name], detectedSchema: [SCHEMA_OF_TYPE[e.type]],
        }));
      }
    }
  }

  for (const a of view.assertions) {
    const subject = idOfEntity.get(a.subject.id);
    const object = idOfEntity.get(a.object.id);
    if (subject && object) out.push(linkRecord(a, subject, object, view));
  }
  return out;
}

function entityRecord(e: Entity, id: string, country: string | undefined): FtmEntity {
  const schema = SCHEMA_OF_TYPE[e.type];
  const aliases = e.aliases.filter((a) => a !== e.name);
  const props: Record<string, string[]> = { name: [e.name], alias: aliases, country: country ? [country.toLowerCase()] : [] };
  if (schema === 'Address') props.full = [e.name];
  // FtM requires a fileName of every Document and captions it by that; a named work (a report, an agreement) has no
  // file, so its name stands in, as Aleph does for a document known only by title.
  if (schema === 'Document') { props.title = [e.name]; props.fileName = [e.name]; }
  return entity(id, schema, props);
}

function linkRecord(a: Assertion, subject: string, object: string, view: CaseView): FtmEntity {
  const roles = [...new Set(a.mentions.map((m) => m.role).filter((r): r is string => r !== null))];
  const dates = [...new Set(a.mentions.map((m) => m.date?.value).filter((d): d is string => d !== undefined))].sort();
  const docs = a.mentions.map((m) => view.documentById.get(m.docId));
  const interval: Record<string, string[]> = {
    summary: [`Claim (${a.grade.label}): ${a.subject.name} ${a.negated ? 'NOT ' : ''}${predicateWords(a.predicate)} ${a.object.name}. ${a.grade.explanation}`],
    description: a.mentions.map((m) => `"${m.evidenceText}" (${m.docName}; source: ${m.sourceLabel}${m.hedged ? '; hedged' : ''})`),
    date: dates,
    status: [a.negated ? 'negated' : a.grade.contested ? 'contested' : a.grade.label],
    publisher: [...new Set(docs.map((d) => d?.outlet).filter((o): o is string => typeof o === 'string'))],
    sourceUrl: [...new Set(docs.map((d) => d?.url).filter((u): u is string => typeof u === 'string'))],
  };
  const id = ftmId('link', a.id);
  const persons = a.subject.type === 'person' && a.object.type === 'person';
  if (!a.negated) {
    if (a.predicate === 'leader_of' && a.object.type === 'organization' && isLegalEntity(a.subject.type)) {
      return entity(id, 'Directorship', { director: [subject], organization: [object], role: roles.length ? roles : ['leader'], ...interval });
    }
    if (a.predicate === 'member_of' && a.object.type === 'organization' && isLegalEntity(a.subject.type)) {
      return entity(id, 'Membership', { member: [subject], organization: [object], role: roles, ...interval });
    }
    if (a.predicate === 'relative_of' && persons) {
      // FtM's Family has no status property; the grade stays in the summary.
      const { status: _status, ...familyInterval } = interval;
      return entity(id, 'Family', { person: [subject], relative: [object], relationship: roles.length ? roles : ['relative'], ...familyInterval });
    }
    if (a.predicate === 'allied_with' && persons) {
      return entity(id, 'Associate', { person: [subject], associate: [object], relationship: ['allied with'], ...interval });
    }
  }
  const role = `${a.negated ? 'NOT ' : ''}${predicateWords(a.predicate)}${roles.length ? ` (${roles.join(', ')})` : ''}`;
  return entity(id, 'UnknownLink', { subject: [subject], object: [object], role: [role], ...interval });
}

const isLegalEntity = (type: string): boolean => type === 'person' || type === 'organization';

function entity(id: string, schema: string, properties: Record<string, readonly string[]>): FtmEntity {
  const kept = Object.fromEntries(Object.entries(properties).filter(([, v]) => v.length > 0));
  return { id, schema, properties: kept };
}
