import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openSqliteStore } from '../../src/store/index.js';
import { describeRepositoryContract } from '../contract/repository-contract.js';
const dir = mkdtempSync(join(tmpdir(), 'communique-store-'));
let n = 0;
const freshFile = () => join(dir, `store-${++n}.sqlite`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
describeRepositoryContract('sqlite file', () => openSqliteStore(freshFile()), {
    persistent: () => {
        const file = freshFile();
        return { open: () => openSqliteStore(file) };
    },
});
describeRepositoryContract('sqlite :memory:', () => openSqliteStore(':memory:'));
//# sourceMappingURL=sqlite-repository.test.js.map