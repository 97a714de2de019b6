// The fixed wording of the page per review type (summary-format.md, "Statutory line").
import type { ReviewType } from './pageModel';

export const reviewTypeNames: Record<ReviewType, string> = {
  DHR: 'Domestic Homicide Review',
  DARDR: 'Domestic Abuse Related Death Review',
};

export const statutoryLines: Record<ReviewType, string> = {
  DHR: 'Statutory domestic homicide review under section 9 of the Domestic Violence, Crime and Victims Act 2004.',
  DARDR:
    'Statutory domestic abuse related death review under section 9 of the Domestic Violence, Crime and Victims Act 2004, as amended by the Victims and Prisoners Act 2024.',
};

/** The note every page carries, as the library's own pages do. */
export function aboutThisPage(type: ReviewType, publisher: string): string {
  return `This page summarises a ${reviewTypeNames[type]} published in the ${publisher}. The full report is available at the source link below. Victim and perpetrator names are not included in extracted summaries on this page.`;
}
