// Reads our own rendered HTML back as text in node tests (no DOM here; the browser tests use one).
// Good for the renderer's output only: it relies on the renderer never nesting tables.

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function decodeEntities(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]);
}

/** The visible text of an HTML fragment, white space collapsed. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

export interface PageRow {
  number: string;
  text: string;
  agencies: string[];
  html: string;
}

/** The recommendation rows of the page's table body, in page order. */
export function rowsOf(html: string): PageRow[] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => {
    const cells = [...row[1].matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]);
    return {
      number: textOf(cells[0] ?? ''),
      text: textOf(cells[1] ?? ''),
      agencies: [...(cells[2] ?? '').matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map((li) => textOf(li[1])),
      html: row[0],
    };
  });
}
