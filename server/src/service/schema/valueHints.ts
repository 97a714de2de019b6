import { yamlScalarText } from '../edit/yamlScalarText';
import { lineBreakOf } from '../edit/lines';
import type { Fix } from '../types';
import type { PathSegment } from '../parse/parseSummary';

/** A more specific message (and maybe a fix) for a value that the schema rejected. */
export interface ValueHint {
  message: string;
  fixes?: Fix[];
}

/** Where the rejected value is written: its span and the source text, for edits. */
export interface WrittenValue {
  value: unknown;
  start: number;
  end: number;
  text: string;
}

/**
 * The schema's own message says what a field must be; for the commonest slips this says what is
 * wrong with this particular value ("13 is not a month", "http, not https"), which is what the
 * person editing needs to fix it. Returns undefined when there is nothing more specific to say.
 */
export function valueHint(path: readonly PathSegment[], written: WrittenValue): ValueHint | undefined {
  const field = lastName(path);
  const { value } = written;
  if (field === 'url' && path[0] === 'source' && typeof value === 'string') return urlHint(written, value);
  if (field === 'published' && typeof value === 'string') return publishedHint(written, value);
  if (field === 'yearOfDeath') return yearHint(written, value);
  if (path[0] === 'redaction' && path[1] === 'names' && typeof value === 'string' && value.startsWith('sha256:')) return hashHint(value);
  if (field === 'label' && typeof value === 'string') return labelHint(written, value);
  if (field === 'addressedTo' && path.length === 3 && typeof value === 'string' && value.trim()) return addressedToHint(written, value);
  return undefined;
}

function lastName(path: readonly PathSegment[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

function urlHint(written: WrittenValue, url: string): ValueHint | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1];
  if (scheme?.toLowerCase() === 'http') {
    const source = written.text.slice(written.start, written.end);
    const at = source.search(/http:/i);
    const fixes: Fix[] =
      at < 0
        ? []
        : [
            {
              title: 'Use https://',
              preferred: true,
              edits: [{ start: written.start + at + 4, end: written.start + at + 4, newText: 's' }],
            },
          ];
    return { message: '`url` must be an https address: this one starts with http://', fixes };
  }
  if (scheme && scheme.toLowerCase() !== 'https') return { message: `\`url\` must be an https address, not one starting with ${scheme}:` };
  if (/\s/.test(url)) return { message: '`url` must be an https address without spaces (write a space as %20)' };
  return undefined;
}

function publishedHint(written: WrittenValue, value: string): ValueHint | undefined {
  const month = /^(\d{4})-(\d{1,2})$/.exec(value);
  if (month && month[2].length === 1 && month[2] !== '0') {
    const fixed = `${month[1]}-0${month[2]}`;
    return {
      message: `\`published\` must be a month such as 2023-08, with two digits: ${fixed}`,
      fixes: [replaceText(written, fixed, `Write ${fixed}`)],
    };
  }
  if (month) return { message: `\`published\` must be a month such as 2023-08: ${month[2]} is not a month (01 to 12)` };
  if (/^\d{4}-(0[1-9]|1[0-2])-\d{2}/.test(value)) {
    const fixed = value.slice(0, 7);
    return {
      message: `\`published\` must be a month such as 2023-08, not a full date: ${fixed}`,
      fixes: [replaceText(written, fixed, `Keep the month only: ${fixed}`)],
    };
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(value))
    return { message: `\`published\` must be a month such as 2023-08, not a full date: ${value.slice(0, 7)}` };
  return undefined;
}

/**
 * For a value outside a list of allowed words (`reviewType: SCR`): one fix per allowed word, the
 * one that differs only in case preferred. Words that would need quoting are left out.
 */
export function enumFixes(written: WrittenValue, allowed: readonly unknown[]): Fix[] {
  const typed = typeof written.value === 'string' ? written.value.trim().toLowerCase() : undefined;
  return allowed
    .filter((word): word is string => typeof word === 'string' && /^[A-Za-z][A-Za-z0-9 ]*$/.test(word))
    .map((word) => ({ ...replaceText(written, word, `Change to ${word}`), preferred: word.toLowerCase() === typed }));
}

/**
 * A fix that writes `newText` in place of the value, inside its quotes if it has any (so the
 * quoting the person chose stays); `newText` must need no escaping.
 */
function replaceText(written: WrittenValue, newText: string, title: string): Fix {
  const source = written.text.slice(written.start, written.end);
  const quoted = source.length >= 2 && (source[0] === '"' || source[0] === "'") && source[source.length - 1] === source[0];
  const edit = quoted ? { start: written.start + 1, end: written.end - 1, newText } : { start: written.start, end: written.end, newText };
  return { title, preferred: true, edits: [edit] };
}

function yearHint(written: WrittenValue, value: unknown): ValueHint | undefined {
  if (typeof value === 'string' && /^\d{4}-\d{1,2}(-\d{1,2})?$/.test(value.trim())) {
    const year = value.trim().slice(0, 4);
    return {
      message: `\`yearOfDeath\` must be the year only, such as ${year}: a full date of death identifies people`,
      // The whole value, quotes and all: the year is written as a number.
      fixes: [
        { title: `Keep the year only: ${year}`, preferred: true, edits: [{ start: written.start, end: written.end, newText: year }] },
      ],
    };
  }
  if (typeof value === 'string' && /^\d{4}$/.test(value.trim())) {
    const year = value.trim();
    return {
      message: `\`yearOfDeath\` must be a plain number: write ${year} without quotes`,
      fixes: [{ title: `Write ${year} as a number`, preferred: true, edits: [{ start: written.start, end: written.end, newText: year }] }],
    };
  }
  if (typeof value === 'number' && Number.isInteger(value) && (value < 1990 || value > 2100)) {
    return { message: `\`yearOfDeath\` must be a year from 1990 to 2100; ${value} is out of range` };
  }
  if (typeof value === 'number' && !Number.isInteger(value)) return { message: '`yearOfDeath` must be a whole year such as 2020' };
  return undefined;
}

function hashHint(value: string): ValueHint | undefined {
  const digits = value.slice('sha256:'.length);
  if (/^[0-9a-fA-F]*$/.test(digits) && /[A-F]/.test(digits) && digits.length === 64) {
    return { message: 'A hashed name must have lower-case hex digits after sha256: (a to f, not A to F)' };
  }
  if (/[^0-9a-fA-F]/.test(digits)) return { message: 'A hashed name must be sha256: followed by 64 hex digits (0 to 9 and a to f only)' };
  if (digits.length !== 64)
    return { message: `A hashed name must be sha256: followed by exactly 64 hex digits; this one has ${digits.length}` };
  return undefined;
}

/**
 * `addressedTo: Essex Police` or `addressedTo: "EPUT | Essex Adult Social Care"`: one text where
 * a list belongs. The fix writes a block list under the key, one item per agency ("A | B" is how
 * the library's pages join two agencies, so it is split here; "A and B" is agency/combined's to
 * split once the text is a list item).
 */
function addressedToHint(written: WrittenValue, value: string): ValueHint | undefined {
  const { text } = written;
  const lineStart = text.lastIndexOf('\n', written.start - 1) + 1;
  const key = text.lastIndexOf('addressedTo', written.start);
  const colon = text.lastIndexOf(':', written.start);
  if (key < lineStart || colon < key) return { message: '`addressedTo` must be a list, with each agency as its own item' };
  const parts = value
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
  const indent = ' '.repeat(key - lineStart + 2);
  const newText = parts.map((part) => `${lineBreakOf(text)}${indent}- ${yamlScalarText(part)}`).join('');
  const edits = [{ start: colon + 1, end: written.end, newText }];
  if (parts.length > 1) {
    const names = parts.map((part) => `"${part}"`).join(', ');
    return {
      message: `\`addressedTo\` must be a list, with each agency as its own item: this text names ${parts.length} (${names})`,
      fixes: [{ title: `Split into ${parts.length} list items`, preferred: true, edits }],
    };
  }
  return {
    message: '`addressedTo` must be a list, with each agency as its own item',
    fixes: [{ title: 'Make it a list item', preferred: true, edits }],
  };
}

function labelHint(written: WrittenValue, value: string): ValueHint | undefined {
  if (/^[A-Z]$/.test(value)) {
    const letter = value.toLowerCase();
    return {
      message: `\`label\` must be a lower-case letter: ${letter}, not ${value}`,
      fixes: [replaceText(written, letter, `Write ${letter}`)],
    };
  }
  const bracketed = /^\(?([a-z])[).]?$/.exec(value);
  if (bracketed && value.length > 1) {
    return {
      message: `\`label\` must be the letter alone: ${bracketed[1]} (the brackets are added on the page)`,
      fixes: [replaceText(written, bracketed[1], `Write ${bracketed[1]}`)],
    };
  }
  return undefined;
}
