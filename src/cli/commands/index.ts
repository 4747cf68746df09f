import type { CommandModule } from '../command.js';
import { registerClaims } from './claims.js';
import { registerAssertions } from './assertions.js';
import { registerContradictions } from './contradictions.js';
import { registerTimeline } from './timeline.js';
import { registerPath } from './path.js';
import { registerGrade } from './grade.js';
import { registerEntities } from './entities.js';
import { registerExport } from './export.js';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerImport } from './import.js';
import { registerShow } from './show.js';
import { registerMerge } from './merge.js';
import { registerSplit } from './split.js';
import { registerRetype } from './retype.js';
import { registerServe } from './serve.js';
import { registerTag } from './tag.js';
import { registerParse } from './parse.js';
import { registerCheck } from './check.js';
import { registerReanalyse } from './reanalyse.js';
import { registerQueue } from './queue.js';
import { registerWorker } from './worker.js';

// The order here is the order `dossier --help` lists them: the pipeline first, then reading a case.
export const COMMANDS: readonly CommandModule[] = [
  registerIngest,
  registerWorker, registerQueue,
  registerImport,
  registerExtract,
  registerExport,
  registerEntities,
  registerClaims,
  registerAssertions, registerContradictions, registerTimeline, registerPath, registerGrade,
  registerShow,
  registerMerge, registerSplit, registerRetype,
  registerCheck, registerReanalyse,
  registerServe,
  registerTag,
  registerParse,
];
