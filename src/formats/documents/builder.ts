// Collects blocks in reading order and gives every heading a unique id, which the
// renderers use for the table of contents' links and the PDF's bookmarks.
import type { Block, HeadingLevel, ListItem, ParagraphStyle, Table } from './model.ts';

export class BlockBuilder {
  readonly blocks: Block[] = [];
  private readonly ids: Set<string>;

  constructor(ids: Set<string> = new Set()) {
    this.ids = ids;
  }

  /** A builder for another part of the same document: ids stay unique across both. */
  sibling(): BlockBuilder {
    return new BlockBuilder(this.ids);
  }

  uniqueId(text: string): string {
    const base =
      'h-' +
      (text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 48) || 'avsnitt');
    let id = base;
    for (let n = 2; this.ids.has(id); n += 1) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  heading(level: HeadingLevel, text: string): this {
    // Levels 1 and 2 make a table of contents that fits a page or two, as in the seeds.
    this.blocks.push({ kind: 'heading', level, text, id: this.uniqueId(text), inToc: level <= 2 });
    return this;
  }

  paragraph(text: string, style: ParagraphStyle = 'body'): this {
    if (text.trim() !== '') this.blocks.push({ kind: 'paragraph', text: keepNumbersTogether(text), style });
    return this;
  }

  bullets(items: readonly (string | ListItem)[]): this {
    if (items.length === 0) return this;
    const list = items.map((i) =>
      typeof i === 'string'
        ? { text: keepNumbersTogether(i), children: [] }
        : { text: keepNumbersTogether(i.text), children: i.children.map(keepNumbersTogether) },
    );
    this.blocks.push({ kind: 'bullets', items: list });
    return this;
  }

  table(table: Table): this {
    this.blocks.push({ kind: 'table', table });
    return this;
  }

  pageBreak(): this {
    this.blocks.push({ kind: 'pageBreak' });
    return this;
  }
}

/** "1 000 000 kr" in free text gets no-break spaces, so a line never breaks inside a number. */
export function keepNumbersTogether(text: string): string {
  return text.replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00a0').replace(/(\d) (?=(kr|tkr|mnkr|%)\b)/g, '$1\u00a0');
}

/** Headings deeper than the model's four levels are printed at level 4. */
export function clampLevel(level: number): HeadingLevel {
  return level <= 1 ? 1 : level === 2 ? 2 : level === 3 ? 3 : 4;
}
