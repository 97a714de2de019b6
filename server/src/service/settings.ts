import type { SeveritySetting } from './types';

/** What a user can configure; the server reads it from `reviewSummaries.*`, the CLI from flags. */
export interface ServiceSettings {
  /** Per-rule severity overrides, by rule id (`"numbering/gap": "off"`). */
  rules: Record<string, SeveritySetting>;
  /** Files larger than this (in characters) get the YAML checks only, and a diagnostic saying so. */
  maxFileSize: number;
  /** At most this many diagnostics are reported for one file; the last one says how many were left out. */
  maxDiagnostics: number;
  /**
   * The clock the date checks read (consistency/future-publication). Unset means the real date;
   * tests set it so that their results do not change with the calendar.
   */
  now?: Date;
}

export const defaultSettings: ServiceSettings = {
  rules: {},
  maxFileSize: 1_000_000,
  maxDiagnostics: 1000,
};

export function mergeSettings(base: ServiceSettings, patch: Partial<ServiceSettings> | undefined): ServiceSettings {
  if (!patch) return base;
  return {
    rules: { ...base.rules, ...(isRecord(patch.rules) ? (patch.rules as Record<string, SeveritySetting>) : {}) },
    maxFileSize: positiveOr(patch.maxFileSize, base.maxFileSize),
    maxDiagnostics: positiveOr(patch.maxDiagnostics, base.maxDiagnostics),
    ...(patch.now instanceof Date && !Number.isNaN(patch.now.getTime()) ? { now: patch.now } : base.now ? { now: base.now } : {}),
  };
}

function positiveOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
