import { allRules } from './index';

/** The README's table of checks, one row per rule, in registry order. */
export function rulesTable(): string {
  const rows = allRules().map((rule) => `| \`${rule.id}\` | ${rule.defaultSeverity} | ${rule.description.replace(/\|/g, '\\|')} |`);
  return ['| Rule | Default | What it catches |', '| --- | --- | --- |', ...rows].join('\n');
}
