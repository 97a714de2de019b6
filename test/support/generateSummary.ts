// Generated review summaries of any size, for the benchmark and the property-based tests. The text
// reads like the seed page (recommendations to real agencies, some with lettered parts) and a
// generated file has no findings, so any finding after an edit comes from the edit.

import { seededRandom as random } from './seededRandom';

export interface GeneratedSummaryOptions {
  recommendations: number;
  /** Same seed, same file. */
  seed?: number;
  csp?: string;
  published?: string;
  /** A distinct report address (the library check treats equal ones as one review). */
  sourceUrl?: string;
}

const agencies = [
  'Essex Safeguarding Adults Board',
  'Essex Partnership University NHS Foundation Trust',
  'Essex Adult Social Care',
  'Essex Police',
  'All agencies involved in this review',
  'Contributing agencies to this review',
];

const openings = [
  'should seek assurance from all partners that',
  'should provide evidence to the board that',
  'should review its policies and procedures so that',
  'should ensure that practitioners understand that',
  'should audit a sample of cases to confirm that',
  'should work with commissioners to make sure that',
];

const findings = [
  'carer assessments under the Care Act are offered and effectively undertaken',
  'referrals made from the community receive a timely response and feedback on the course of action',
  'coercive and controlling behaviour is recognised in complex caring relationships',
  'information about risk is shared promptly between agencies through the agreed pathways',
  'missed appointments are followed up, taking into account that the person may be vulnerable',
  'professional curiosity is promoted through reflective supervision and performance management',
  'medication reviews are carried out when there is evidence of misuse',
  'learning from this review is embedded within training and everyday practice',
];

const tails = [
  'and report progress to the board within six months.',
  'and that this is monitored through regular audit.',
  'and share the findings with partner agencies.',
  'with a progress update provided to the partnership.',
];

/** Folds a sentence into `>-` lines of about 76 characters at the given indent. */
function folded(sentence: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of sentence.split(' ')) {
    if (line && line.length + word.length + 1 > 76 - indent.length) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return `>-\n${lines.join('\n')}`;
}

export function generateSummary(options: GeneratedSummaryOptions): string {
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const csp = options.csp ?? 'Uttlesford';
  const out: string[] = [
    '# Generated for the benchmark and the property tests.',
    `title: ${csp} review`,
    `csp: ${csp}`,
    `published: ${options.published ?? '2023-08'}`,
    'yearOfDeath: 2020',
    'reviewType: DHR',
    'source:',
    `  url: ${options.sourceUrl ?? `https://example.org/${csp.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-dhr-overview-report.pdf`}`,
    '  publisher: Home Office DHR Library',
    `summary: ${folded('The review highlights significant failures in the timely assessment and management of risk, a lack of understanding of the caring relationship, and poor multi-agency coordination and communication.', '  ')}`,
    'recommendations:',
  ];
  for (let n = 1; n <= options.recommendations; n++) {
    const agency = pick(agencies);
    out.push(`  - number: ${n}`);
    if (next() < 0.2) {
      out.push(`    text: "${agency === agencies[4] || agency === agencies[5] ? 'Agencies' : 'The agency'} to:"`);
      out.push('    parts:');
      const partCount = 2 + Math.floor(next() * 3);
      for (let p = 0; p < partCount; p++) {
        out.push(`      - label: ${String.fromCharCode(97 + p)}`);
        out.push(`        text: ${folded(`Provide evidence that ${pick(findings)} ${pick(tails)}`, '          ')}`);
      }
    } else {
      out.push(`    text: ${folded(`${agency} ${pick(openings)} ${pick(findings)}, ${pick(tails)}`, '      ')}`);
    }
    out.push('    addressedTo:');
    out.push(`      - ${agency}`);
    if (next() < 0.25) {
      const second = pick(agencies);
      if (second !== agency) out.push(`      - ${second}`);
    }
  }
  return out.join('\n') + '\n';
}

/** Districts whose CSPs the catalogue knows, for libraries of distinct summaries. */
export const districtNames = [
  'Uttlesford',
  'Braintree',
  'Colchester',
  'Chelmsford',
  'Basildon',
  'Harlow',
  'Maldon',
  'Rochford',
  'Tendring',
  'Brentwood',
  'Thurrock',
  'Dacorum',
  'Stevenage',
  'Watford',
  'Ipswich',
  'Norwich',
  'Cambridge',
  'Luton',
  'Bedford',
  'Swindon',
];
