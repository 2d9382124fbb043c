import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
let root;
/** The package root (the folder with package.json), found from this file whether run from src/ or dist/. */
export function packageRoot() {
    if (root)
        return root;
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'package.json'))) {
        const up = dirname(dir);
        if (up === dir)
            throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
        dir = up;
    }
    root = dir;
    return dir;
}
export const lexiconPath = (...parts) => join(packageRoot(), 'lexicons', ...parts);
export const modelPath = (...parts) => join(packageRoot(), 'models', ...parts);
/** ../shared next to the checkout: research data, read only, absent outside the dev machines. */
export const sharedPath = (...parts) => join(packageRoot(), '..', 'shared', ...parts);
//# sourceMappingURL=paths.js.map