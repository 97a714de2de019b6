/** What the redaction analysis of one text finds, in offsets of the text's value. */
export type RedactionKind =
  | 'declared-name'
  | 'person-name'
  | 'pseudonym'
  | 'public-figure'
  | 'date-of-birth'
  | 'full-date'
  | 'postcode'
  | 'phone'
  | 'email'
  | 'nhs-number'
  | 'ni-number'
  | 'address'
  | 'vehicle-registration';

export interface TextFinding {
  kind: RedactionKind;
  start: number;
  end: number;
  /** Why, without repeating the words found (messages end up in logs and CI output). */
  message: string;
  /** For a declared name: where the entry comes from. */
  origin?: 'file' | 'workspace';
  hashed?: boolean;
  /** For a declared name: the entry it matched (normalised words, or the hash's hex). */
  entry?: string;
}
