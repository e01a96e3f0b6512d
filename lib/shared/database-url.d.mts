// Types of ./database-url.mjs, for the TypeScript that imports it.
export declare const DEFAULT_DATABASE_URL: string;
export declare function isPostgresUrl(url: string | null | undefined): boolean;
export declare function isDatabaseUrl(url: string | null | undefined): boolean;
