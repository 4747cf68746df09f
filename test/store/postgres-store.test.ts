import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { openStore } from '../../src/store/index.js';
import { storeContract } from './contract.js';

// .ci/run starts a PostgreSQL server and sets DOSSIER_TEST_PG_URL; elsewhere the suite says it skipped.
const url = process.env.DOSSIER_TEST_PG_URL;

if (url) {
  storeContract('postgres', async () => {
    // Each test gets its own schema, so tests never see each other's rows.
    const { default: pg } = await import('pg');
    const schema = `t_${randomUUID().replace(/-/g, '')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const withSchema = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    return openStore({ store: withSchema });
  });
} else {
  test.skip('postgres store: no DOSSIER_TEST_PG_URL (set it to run the contract suite on PostgreSQL)', () => {});
}
