/** The roles a name can be replaced with (the spec: people appear by role). */
export const standardRoles = ['the victim', 'the perpetrator', 'a family member', 'a child', 'a professional'] as const;

/** A role typed by the user must read as words: no YAML or markup characters, not empty. */
export function validRole(role: string): string | undefined {
  const trimmed = role.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0 || trimmed.length > 60) return undefined;
  return /^[\p{L}\p{N}][\p{L}\p{N} '’.-]*$/u.test(trimmed) ? trimmed : undefined;
}
