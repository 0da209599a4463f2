import escapeHtml from 'escape-html';

/** Markup already made safe: the only thing `markup` lets through unescaped. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

/**
 * A tagged template that escapes every interpolated value unless it is Html built the same way,
 * so no text from the minutes can reach the page unescaped by forgetting to escape it.
 */
export function markup(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0]!;
  parts.forEach((part, index) => (out += render(part) + strings[index + 1]!));
  return new Html(out);
}

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** Running text as printed: a blank line starts a paragraph, a line break stays a line break. */
export function paragraphs(text: string | null): Html {
  if (text === null) return markup``;
  const blocks = text.split(/\n\s*\n/).filter((block) => block.trim() !== '');
  return markup`${blocks.map((block) => markup`<p>${lines(block)}</p>`)}`;
}

function lines(block: string): Html[] {
  return block
    .split('\n')
    .map((line, index) => (index === 0 ? markup`${line}` : markup`<br />${line}`));
}
