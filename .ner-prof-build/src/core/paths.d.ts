/** The package root (the folder with package.json), found from this file whether run from src/ or dist/. */
export declare function packageRoot(): string;
export declare const lexiconPath: (...parts: string[]) => string;
export declare const modelPath: (...parts: string[]) => string;
/** ../shared next to the checkout: research data, read only, absent outside the dev machines. */
export declare const sharedPath: (...parts: string[]) => string;
