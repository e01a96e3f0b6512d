// Types of scripts/migration-paths.mjs, for the TypeScript that imports it (its tests).
export declare const USAGE: string;
export declare function checkMigrationName(name: string | undefined): string;
export declare function utcTimestamp(date: Date): string;
export declare function newMigrationDir(migrationsDir: string, timestamp: string, name: string, existing: string[]): string;
