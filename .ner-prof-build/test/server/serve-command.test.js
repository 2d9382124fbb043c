import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { registerServeCommand, runServe } from '../../src/cli/serve.js';
import { openStore } from '../../src/store/index.js';
const dir = mkdtempSync(join(tmpdir(), 'communique-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function program() {
    const p = new Command().exitOverride();
    registerServeCommand(p);
    return p;
}
describe('communique serve', () => {
    it('serve command: refuses a database that does not exist (no empty store is created)', async () => {
        await expect(program().parseAsync(['node', 'communique', 'serve', '--db', join(dir, 'missing.sqlite'), '--port', '0']))
            .rejects.toMatchObject({ code: 'STORE_OPEN_FAILED' });
    });
    it('serve command: refuses a port that is not a number in range', async () => {
        for (const port of ['http', '70000', '-1']) {
            await expect(program().parseAsync(['node', 'communique', 'serve', '--db', join(dir, 'x.sqlite'), '--port', port]))
                .rejects.toMatchObject({ code: 'CLI_USAGE' });
        }
    });
    it('serve command: serves an existing database on 127.0.0.1 and prints the address', async () => {
        const db = join(dir, 'ok.sqlite');
        await (await openStore(db)).close();
        const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
        const app = await runServe({ db, port: '0', host: '127.0.0.1' });
        try {
            const address = app.server.address();
            expect(address.address).toBe('127.0.0.1');
            expect(out.mock.calls.map((c) => String(c[0])).join('')).toContain(`http://127.0.0.1:${address.port}/`);
        }
        finally {
            out.mockRestore();
            await app.close();
        }
    });
});
//# sourceMappingURL=serve-command.test.js.map