// Types of scripts/banner.mjs, for the TypeScript that imports it (its tests).
export declare const DEMO_ACCOUNT: { email: string; password: string };
export declare function describeDatabase(url?: string): string;
export declare function readyBanner(options: { port: number | string; dev: boolean; databaseUrl: string | undefined }): string;
