import type { ServiceSettings } from '../service/settings';

/** The `reviewSummaries.*` settings as the server uses them. */
export interface ClientSettings {
  service: Partial<ServiceSettings>;
  validationDelayMs: number;
  /** Extra workspace agency catalogue files (`reviewSummaries.catalogueFiles`). */
  catalogueFiles: string[];
}

/** Reads whatever the client sent; anything malformed falls back to the default. */
export function readClientSettings(raw: unknown): ClientSettings {
  const settings = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const delay = settings.validationDelay;
  return {
    service: {
      rules: typeof settings.rules === 'object' && settings.rules !== null ? (settings.rules as ServiceSettings['rules']) : {},
      maxFileSize: typeof settings.maxFileSize === 'number' ? settings.maxFileSize : undefined,
      maxDiagnostics: typeof settings.maxDiagnostics === 'number' ? settings.maxDiagnostics : undefined,
    },
    validationDelayMs: typeof delay === 'number' && delay >= 0 ? delay : 200,
    catalogueFiles: Array.isArray(settings.catalogueFiles) ? settings.catalogueFiles.filter((f): f is string => typeof f === 'string') : [],
  };
}
