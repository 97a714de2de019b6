/** The README's table of settings, made from package.json's contributes.configuration. */
export function settingsTable(manifest: unknown): string;
