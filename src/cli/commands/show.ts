import type { Command } from 'commander';
import type { CommandModule } from '../command.js';
import { claimRows, findEntity } from '../case-view.js';
import { printJson } from '../output.js';
import { useStore, withStoreOptions, type StoreOptions } from '../store-option.js';
import { marks } from './claims.js';

interface ShowFlags extends StoreOptions {
  readonly json?: boolean;
}

export const registerShow: CommandModule = (program: Command) => {
  withStoreOptions(program.command('show')
    .description('Show one entity: its names, why its mentions were merged, the documents that mention it,\nand every claim about it with who asserts it and the evidence.')
    .argument('<name>', 'entity name, alias or id')
    .option('--json', 'print JSON'))
    .action(async (name: string, flags: ShowFlags) => {
      await useStore(flags, async (store) => {
        const snapshot = await store.loadCase();
        const entity = findEntity(snapshot, name);
        const mentionIds = new Set(entity.mentionIds);
        const documents = snapshot.documents.filter((d) => d.mentions.some((m) => mentionIds.has(m.id))).map((d) => d.document);
        const claims = claimRows(snapshot).filter((r) => r.subjectId === entity.id || r.objectId === entity.id);
        if (flags.json) return printJson({ entity, documents: documents.map((d) => ({ id: d.id, name: d.name, title: d.title, published: d.published })), claims });
        const out: string[] = [`${entity.name}  (${entity.type}, id ${entity.id})`];
        if (entity.aliases.length > 0) out.push(`also: ${entity.aliases.filter((a) => a !== entity.name).join('; ')}`);
        out.push(`mentioned ${entity.mentionIds.length} times in ${documents.length} documents`);
        // Reasons for the type ("type/…", "override/retype") are listed apart from those for the merges.
        const typing = entity.merges.filter((m) => m.rule.startsWith('type/') || m.rule === 'override/retype');
        if (typing.length > 0) out.push('', `why ${/^[aeiou]/.test(entity.type) ? 'an' : 'a'} ${entity.type}:`, ...typing.map((m) => `  [${m.rule}] ${m.detail}`));
        const merges = entity.merges.filter((m) => !typing.includes(m));
        if (merges.length > 0) {
          out.push('', 'why these names are one entity:');
          // The same rule firing on every repeat of an acronym says one thing; print it once with its count.
          const grouped = new Map<string, { line: string; mentions: number; times: number }>();
          for (const merge of merges) {
            const line = `[${merge.rule}] ${merge.detail}`;
            const seen = grouped.get(line) ?? { line, mentions: 0, times: 0 };
            grouped.set(line, { line, mentions: seen.mentions + merge.mentionIds.length, times: seen.times + 1 });
          }
          for (const { line, times } of grouped.values()) out.push(`  ${line}${times > 1 ? `  (×${times})` : ''}`);
        }
        out.push('', `claims (${claims.length}):`);
        for (const c of claims) {
          out.push(`  ${c.subject} ${marks(c) ? `[${marks(c)}] ` : ''}${c.predicate}${c.role ? ` (${c.role})` : ''} ${c.object}${c.date ? ` · ${c.date}` : ''}`);
          out.push(`    according to ${c.source} · ${c.document}`);
          out.push(`    “${c.evidence.replace(/\s+/g, ' ').trim()}”`);
        }
        process.stdout.write(`${out.join('\n')}\n`);
      });
    });
};
