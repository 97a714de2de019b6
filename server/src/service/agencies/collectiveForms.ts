/**
 * Collective addressees built on a known agency: "EPUT's commissioners", "Commissioners of EPUT",
 * "the partners of ESAB". Each form names a role and the agency it belongs to; the canonical
 * written form is "<Role> of <canonical agency name>", so every spelling meets in one place.
 */
interface CollectiveForm {
  /** Capitalised role for the canonical form ("Commissioners"). */
  role: string;
  /** Finds the agency part of a written name, or undefined when this form does not apply. */
  agencyPart(written: string): string | undefined;
}

function formsFor(role: string, singular: string): CollectiveForm {
  const roles = `(?:${role}|${singular})`;
  const possessive = new RegExp(`^(?:the\\s+)?(.+?)(?:'s|’s|s'|s’)\\s+${roles}$`, 'i');
  const of = new RegExp(`^(?:the\\s+)?${roles}\\s+(?:of|for)\\s+(?:the\\s+)?(.+)$`, 'i');
  const before = new RegExp(`^(?:the\\s+)?(.+?)\\s+${roles}$`, 'i');
  return {
    role: role[0].toUpperCase() + role.slice(1),
    agencyPart(written) {
      const text = written.trim();
      return of.exec(text)?.[1] ?? possessive.exec(text)?.[1] ?? before.exec(text)?.[1];
    },
  };
}

export const collectiveForms: CollectiveForm[] = [formsFor('commissioners', 'commissioner'), formsFor('partners', 'partner agencies')];

export function collectiveName(role: string, agencyName: string): string {
  return `${role} of ${agencyName}`;
}
