import { parse } from 'yaml';

export type QuoteStyle = 'plain' | 'double' | 'single';

/**
 * A string as YAML source for a value position: plain when YAML would read it back as the same
 * string, quoted otherwise. `flow` is for items of `[...]` lists, where commas and brackets need
 * quotes too. `prefer` keeps the quoting the person already used ("EPUT" stays double-quoted).
 */
export function yamlScalarText(value: string, options: { flow?: boolean; prefer?: QuoteStyle } = {}): string {
  const prefer = options.prefer ?? 'plain';
  if (prefer === 'single' && !value.includes('\n')) return `'${value.replace(/'/g, "''")}'`;
  if (prefer === 'plain' && canBePlain(value, options.flow ?? false)) return value;
  return JSON.stringify(value);
}

export function canBePlain(value: string, flow: boolean): boolean {
  if (value === '' || value !== value.trim() || /[\n\r\t]/.test(value)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value)) return false;
  if (value.includes(': ') || value.includes(' #') || value.endsWith(':')) return false;
  if (flow && /[,[\]{}]/.test(value)) return false;
  try {
    return parse(value) === value;
  } catch {
    return false;
  }
}
