import { createHash } from 'node:crypto';
import type { Command } from 'commander';
import type { Store } from '../../core/index.js';
import { reanalyseResolution, type ResolutionDifference } from '../../pipeline/index.js';
import { analyseAndStore } from '../../server/index.js';
import type { CommandModule } from '../command.js';
import { EXIT_FAILED } from '../report-error.js';
import { printJson } from '../output.js';
import { useStore, withStoreOptions, type StoreOptions } from '../store-option.js';

interface ReanalyseFlags extends StoreOptions {
  readonly check?: boolean;
  readonly json?: boolean;
}

/** The stored analysis before and after the rebuild: whether its assertions and contradictions came out the same. */
interface AnalysisDifference {
  readonly assertionsBefore: number | null;
  readonly assertionsAfter: number;
  readonly same: boolean | null;
}

export const registerReanalyse: CommandModule = (program: Command) => {
  withStoreOptions(program.command('reanalyse')
    .description('Rebuild the case\'s derived results from scratch and say what changed: every document\'s entities are\nresolved again in one run (ingest and workers resolve only the documents a new one can change), every\nblocking key is written again, and the stored analysis (assertions, origins, contradictions, network) is\nrecomputed. The stored results should agree with the rebuild; exit 1 when they did not. With --check,\nonly compares the entities and writes nothing.')
    .option('--check', 'compare the stored entities with a whole resolution and write nothing')
    .option('--json', 'print one JSON report'))
    .action(async (flags: ReanalyseFlags) => {
      await useStore(flags, async (store) => {
        const resolution = await reanalyseResolution(store, { check: flags.check === true });
        const analysis = flags.check ? null : await rebuildAnalysis(store);
        const agreed = resolution.added.length + resolution.removed.length + resolution.changed.length + resolution.movedMentions === 0 && analysis?.same !== false;
        if (flags.json) printJson({ case: store.location, agreed, resolution, analysis });
        else process.stdout.write(describeReanalysis(store.location, resolution, analysis, agreed));
        if (!agreed) process.exitCode = EXIT_FAILED;
      }, { create: false, noteIfBehind: false });
    });
};

async function rebuildAnalysis(store: Store): Promise<AnalysisDifference> {
  const before = await analysisDigest(store);
  await analyseAndStore(store);
  const after = await analysisDigest(store);
  return { assertionsBefore: before?.assertions ?? null, assertionsAfter: after?.assertions ?? 0, same: before === null ? null : before.hash === after?.hash };
}

/** A hash of the stored assertions (in their order, with their bodies) and contradictions; null when the case has no stored analysis. */
async function analysisDigest(store: Store): Promise<{ readonly assertions: number; readonly hash: string } | null> {
  const model = store.readModel();
  return model.consistently(async () => {
    if ((await model.summary()) === null) return null;
    const edges = await model.assertionEdges({ minOrigins: 0 });
    const bodies = await model.assertionBodies(edges.map((e) => e.id));
    const hash = createHash('sha256');
    for (const edge of edges) hash.update(`${JSON.stringify(edge)}\n${bodies.get(edge.id) ?? ''}\n`);
    for (const contradiction of await model.contradictions()) hash.update(`${contradiction}\n`);
    return { assertions: edges.length, hash: hash.digest('hex') };
  });
}

function describeReanalysis(location: string, r: ResolutionDifference, analysis: AnalysisDifference | null, agreed: boolean): string {
  const lines = [`case ${location}: ${r.documents} documents resolved again from scratch: ${r.entitiesAfter} entities (stored: ${r.entitiesBefore}${r.wasBehind ? ', behind its documents' : ''})`];
  const list = (ids: readonly string[]): string => `${ids.slice(0, 10).join(', ')}${ids.length > 10 ? `, … (${ids.length})` : ''}`;
  if (r.added.length > 0) lines.push(`entities only the rebuild has: ${list(r.added)}`);
  if (r.removed.length > 0) lines.push(`entities only the stored case had: ${list(r.removed)}`);
  for (const c of r.changed.slice(0, 20)) lines.push(`entity ${c.id} differs in ${c.fields.join(', ')}`);
  if (r.changed.length > 20) lines.push(`… and ${r.changed.length - 20} more entities differ`);
  if (r.movedMentions > 0) lines.push(`${r.movedMentions} mentions linked to another entity`);
  if (analysis !== null) {
    lines.push(analysis.same === null ? `analysis: none was stored; ${analysis.assertionsAfter} assertions stored now`
      : `analysis: ${analysis.assertionsAfter} assertions (stored: ${analysis.assertionsBefore}), ${analysis.same ? 'the same' : 'different'}`);
  }
  lines.push(agreed ? 'the stored results agree with the rebuild' : (r.saved ? 'the stored results differed; the rebuild replaced them' : 'the stored results differ from a rebuild (dossier reanalyse without --check replaces them)'));
  return `${lines.join('\n')}\n`;
}
