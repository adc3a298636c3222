// The plan's free-text sections as blocks: headings with their printed number,
// paragraphs, bullet lists and quotations, exactly as the plan file holds them.
import type { NarrativeSection } from '../../core/plan/types.ts';
import type { BlockBuilder } from './builder.ts';

export function sectionHeading(s: NarrativeSection): string {
  return s.number === undefined ? s.heading : `${s.number}. ${s.heading}`;
}

export function narrativeBlocks(b: BlockBuilder, s: NarrativeSection): void {
  for (const block of s.blocks) {
    if ('paragraph' in block) b.paragraph(block.paragraph);
    else if ('quote' in block) b.paragraph(`”${block.quote}”`, 'quote');
    else b.bullets(block.bullets);
  }
}

/** The next free appendix number after "Bilaga 1. …", "Bilaga 2. …" headings. */
export function appendixNumber(headings: readonly string[]): number {
  const used = headings.map((h) => /^bilaga\s+(\d+)/i.exec(h.trim())?.[1]).filter((n) => n !== undefined);
  return Math.max(0, ...used.map(Number)) + 1;
}
