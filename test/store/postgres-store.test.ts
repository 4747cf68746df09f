import { test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import { freshPostgresCase, testPostgresUrl } from '../fixtures/postgres.js';
import { storeContract } from './contract.js';
import { incrementalContract } from './incremental-contract.js';
import { readModelContract } from './read-model-contract.js';

const url = testPostgresUrl;
if (url) {
  storeContract('postgres', async () => openStore({ store: await freshPostgresCase(url, 't') }));
  readModelContract('postgres', async () => openStore({ store: await freshPostgresCase(url, 'r') }));
  incrementalContract('postgres', async () => openStore({ store: await freshPostgresCase(url, 'i') }));
} else {
  test.skip('postgres store: no DOSSIER_TEST_PG_URL (set it to run the contract suite on PostgreSQL)', () => {});
}
