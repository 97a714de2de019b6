import type { NameData } from './nameData';
import { belongingAfter, determinerBefore, namedAs, roleAfter, verbAfter } from './personEvidence';
import type { TextFinding } from './textFinding';
import type { Token } from './tokens';

/**
 * Pseudonyms made of initials, which published reports use for the people of the case ("JS told
 * her GP", "JS's partner", "referred to as PJ"). Two or three capitals are far more often an
 * acronym ("GP", "DASH", "ELFT"), so they count as a person only when the sentence says so: a verb
 * only people do after them, a person's word after their possessive, a naming phrase before them,
 * or a role in apposition. Known acronyms, agency abbreviations and words in capitals ("IT") are
 * never initials, nor is a code after a determiner ("the GP said"). Once one use in a text is a
 * person, every use of the same initials in that text is.
 */
export function findInitialPseudonyms(
  value: string,
  tokens: readonly Token[],
  data: NameData,
  blocked: (i: number) => boolean,
): TextFinding[] {
  const evidence = new Map<string, string>();
  const candidates: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const { text, folded } = tokens[i];
    if (!/^\p{Lu}{2,3}$/u.test(text) || blocked(i)) continue;
    if (data.acronyms.has(text) || data.agencies.has(folded) || data.ordinaryWords.has(folded)) continue;
    // "J.S." and "A&E" are written differently; "MS-13" or "HK$" is not a person's code.
    if (/^[.&$\-/\d]/.test(value.slice(tokens[i].end, tokens[i].end + 1)) && !/^['’ʼ]/.test(value.slice(tokens[i].end))) continue;
    candidates.push(i);
    if (evidence.has(text) || determinerBefore(value, tokens, i)) continue;
    const verb = verbAfter(value, tokens, i);
    const belonging = belongingAfter(value, tokens, i);
    const naming = namedAs(value, tokens, i);
    const role = roleAfter(value, tokens, i);
    const reason = verb
      ? `"${verb}" follows`
      : belonging
        ? `"'s ${belonging}" follows`
        : naming
          ? `"${naming}" comes before`
          : role
            ? `a role ("${role}") stands beside it`
            : undefined;
    if (reason) evidence.set(text, reason);
  }
  const found: TextFinding[] = [];
  for (const i of candidates) {
    const reason = evidence.get(tokens[i].text);
    if (!reason) continue;
    found.push({
      kind: 'pseudonym',
      start: tokens[i].start,
      end: tokens[i].end,
      message: `These initials stand for a person here (${reason}): a pseudonym or initials of the full report identify a person to anyone who has read it; refer to the person by role.`,
    });
  }
  return found;
}
