import louvainImport from 'graphology-communities-louvain';
import betweennessImport from 'graphology-metrics/centrality/betweenness.js';

export { UndirectedGraph } from 'graphology';

// These two packages are CommonJS with `export default` typings: under nodenext TypeScript reads the default
// import as the module object, while Node hands over module.exports itself. Taking `.default` when present and
// the import otherwise is right for both, and keeps that quirk in this one file.
type Louvain = typeof louvainImport.default;
type Betweenness = typeof betweennessImport.default;
export const louvain = ((louvainImport as unknown as { default?: Louvain }).default ?? louvainImport) as Louvain;
export const betweennessCentrality = ((betweennessImport as unknown as { default?: Betweenness }).default ?? betweennessImport) as Betweenness;
