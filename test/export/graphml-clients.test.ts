// The GraphML export read by the field's own clients, where this machine has them: networkx (`read_graphml`) and
// python-igraph (`Graph.Read_GraphML`). Neither is a dependency of dossier, so a machine without them skips, saying
// so; test/export/graphml.test.ts checks the same file with a strict reader written to the GraphML specification.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildCaseView } from '../../src/export/case-view.js';
import { toGraphml } from '../../src/export/graphml.js';
import { ANALYSIS_WITH_SYMMETRIC, SNAPSHOT } from './fixture-case.js';

const file = join(mkdtempSync(join(tmpdir(), 'dossier-graphml-')), 'case.graphml');
// With a symmetric predicate: networkx refused the export when such an edge was written directed="false".
writeFileSync(file, toGraphml(buildCaseView(SNAPSHOT, ANALYSIS_WITH_SYMMETRIC)));

const CLIENTS: ReadonlyArray<[name: string, module: string, read: string]> = [
  ['networkx', 'networkx', 'g = networkx.read_graphml(path); print(g.is_directed(), g.number_of_nodes(), g.number_of_edges(), sorted({type(d["origins"]).__name__ for _, _, d in g.edges(data=True)}))'],
  ['python-igraph', 'igraph', 'g = igraph.Graph.Read_GraphML(path); print(g.is_directed(), g.vcount(), g.ecount(), sorted({type(v).__name__ for v in g.es["origins"]}))'],
];

/** The first Python that can import the module, or null. */
function pythonWith(module: string): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    const probe = spawnSync(python, ['-c', `import ${module}`], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  return null;
}

for (const [name, module, read] of CLIENTS) {
  const python = pythonWith(module);
  test(`graphml: ${name} reads the export without edits, as a directed graph with typed values`, { skip: python === null ? `${name} is not installed here` : false }, () => {
    const run = spawnSync(python!, ['-c', `import sys, ${module}\npath = sys.argv[1]\n${read}`, file], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const numeric = name === 'networkx' ? "['int']" : "['float']";   // igraph keeps every number as a float
    assert.equal(run.stdout.trim(), `True ${SNAPSHOT.resolution.entities.length} ${ANALYSIS_WITH_SYMMETRIC.assertions.length} ${numeric}`);
  });
}
