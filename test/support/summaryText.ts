// Builds summary files for tests: a valid base with any field replaced, and N recommendations.

export interface SummaryParts {
  title?: string;
  header?: string;
  summary?: string;
  recommendations?: string;
  tail?: string;
}

/** A valid summary; each part is raw YAML so tests can write quoting and folding exactly. */
export function summaryText(parts: SummaryParts = {}): string {
  return [
    `title: ${parts.title ?? 'Anytown review'}`,
    parts.header ??
      ['csp: Anytown', 'published: 2024-03', 'yearOfDeath: 2021', 'source:', '  url: https://example.org/anytown-report.pdf'].join('\n'),
    `summary: ${parts.summary ?? 'The review found poor information sharing between agencies.'}`,
    'recommendations:',
    parts.recommendations ?? recommendationsYaml(3),
    parts.tail ?? '',
  ].join('\n');
}

/** `count` recommendations numbered 1..count (in `order`, default ascending), each to one agency. */
export function recommendationsYaml(count: number, order: number[] = Array.from({ length: count }, (_, i) => i + 1)): string {
  return order
    .map((n) =>
      [
        `  - number: ${n}`,
        `    text: Recommendation ${n} asks the partnership to act on the finding.`,
        '    addressedTo:',
        '      - Anytown Community Safety Partnership',
      ].join('\n'),
    )
    .join('\n');
}
