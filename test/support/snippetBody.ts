import { createLanguageService } from '../../server/src/service/languageService';

/** The clock snippet tests run under: the summary snippet writes the current month. */
export const snippetTestNow = new Date('2024-06-15T12:00:00Z');

/** A clean summary whose last line is an item of the recommendations list, to insert after. */
export const snippetHostSummary = [
  'title: Uttlesford review',
  'csp: Uttlesford',
  'published: 2023-08',
  'yearOfDeath: 2020',
  'source:',
  '  url: https://example.org/overview-report.pdf',
  'summary: >-',
  '  The review found that the agencies involved did not share what they knew about the risk.',
  'recommendations:',
  '  - number: 1',
  '    text: All agencies involved in this review should share risk information.',
  '    addressedTo:',
  '      - All agencies involved in this review',
  '',
].join('\n');

/** The diagnostics of a text checked under snippetTestNow, as `code line:character message`. */
export function snippetDiagnostics(text: string): string[] {
  const service = createLanguageService({ settings: { now: snippetTestNow } });
  return service
    .validate({ uri: 'file:///snippets/test.review.yaml', version: 1, getText: () => text })
    .map((d) => `${d.code} ${d.range.start.line + 1}:${d.range.start.character} ${d.message}`);
}

/**
 * Expands a VS Code snippet body the way the editor does when every placeholder keeps its default
 * (or the value given in `values`): `${1:default}`, mirrors `$1`/`${1}`, choices `${1|a,b|}` (the
 * first), `$0` (nothing), and the date variables. Lines after the first get `indent`, as VS Code
 * indents a snippet to the line it is inserted on. Unknown variables throw, so a typo is caught.
 */
export function expandSnippet(body: string | string[], options: { values?: Record<number, string>; now: Date; indent?: string }): string {
  const text = Array.isArray(body) ? body.join('\n') : body;
  const variables: Record<string, string> = {
    CURRENT_YEAR: String(options.now.getUTCFullYear()),
    CURRENT_MONTH: String(options.now.getUTCMonth() + 1).padStart(2, '0'),
  };
  const defaults = new Map<number, string>();
  // The first pass learns each tab stop's default; the second writes every occurrence.
  const firstPass = new Expander(text, variables, options.values ?? {}, defaults);
  firstPass.run();
  const expanded = new Expander(text, variables, options.values ?? {}, defaults).run();
  return expanded.replace(/\n/g, `\n${options.indent ?? ''}`);
}

class Expander {
  private at = 0;
  constructor(
    private readonly text: string,
    private readonly variables: Record<string, string>,
    private readonly values: Record<number, string>,
    private readonly defaults: Map<number, string>,
  ) {}

  run(): string {
    return this.sequence(() => false);
  }

  private sequence(stop: () => boolean): string {
    let out = '';
    while (this.at < this.text.length && !stop()) {
      const char = this.text[this.at];
      if (char === '\\' && '$}\\'.includes(this.text[this.at + 1] ?? '')) {
        out += this.text[this.at + 1];
        this.at += 2;
      } else if (char === '$') {
        out += this.dollar();
      } else {
        out += char;
        this.at++;
      }
    }
    return out;
  }

  private dollar(): string {
    const rest = this.text.slice(this.at);
    const simple = /^\$([0-9]+|[A-Z_]+)/.exec(rest);
    if (simple) {
      this.at += simple[0].length;
      return this.resolve(simple[1], undefined);
    }
    if (!rest.startsWith('${')) throw new Error(`stray $ at ${this.at}`);
    const head = /^\$\{([0-9]+|[A-Z_]+)/.exec(rest);
    if (!head) throw new Error(`bad \${ at ${this.at}`);
    this.at += head[0].length;
    const name = head[1];
    const next = this.text[this.at];
    if (next === '}') {
      this.at++;
      return this.resolve(name, undefined);
    }
    if (next === '|') {
      const end = this.text.indexOf('|}', this.at);
      const choices = this.text.slice(this.at + 1, end).split(',');
      this.at = end + 2;
      return this.resolve(name, choices[0]);
    }
    if (next !== ':') throw new Error(`bad placeholder at ${this.at}`);
    this.at++;
    const inner = this.sequence(() => this.text[this.at] === '}');
    this.at++;
    return this.resolve(name, inner);
  }

  private resolve(name: string, placeholder: string | undefined): string {
    if (/^[0-9]+$/.test(name)) {
      const stop = Number(name);
      if (stop === 0) return '';
      if (placeholder !== undefined && !this.defaults.has(stop)) this.defaults.set(stop, placeholder);
      return this.values[stop] ?? this.defaults.get(stop) ?? placeholder ?? '';
    }
    const value = this.variables[name];
    if (value === undefined) throw new Error(`unknown snippet variable ${name}`);
    return value;
  }
}
