// The plan's free-text sections as the editor holds them: each block a text (bullets one
// per line), with a key that stays with the block when it moves, and back to the plan
// file's form ({paragraph} | {bullets} | {quote}) on save.

export type NarrativeBlock = { paragraph: string } | { bullets: string[] } | { quote: string };
export type NarrativeSection = {
  id: string;
  heading: string;
  level: number;
  number?: string;
  blocks: NarrativeBlock[];
};
export type BlockKind = 'paragraph' | 'quote' | 'bullets';
export type DraftBlock = { key: number; kind: BlockKind; text: string };

let lastKey = 0;
/** A key no other draft block has, for React and for focus after a move. */
export function newKey(): number {
  lastKey += 1;
  return lastKey;
}

export function kindOf(block: NarrativeBlock): BlockKind {
  return 'paragraph' in block ? 'paragraph' : 'quote' in block ? 'quote' : 'bullets';
}

export function toDraft(blocks: readonly NarrativeBlock[]): DraftBlock[] {
  return blocks.map((b) => ({
    key: newKey(),
    kind: kindOf(b),
    text: 'paragraph' in b ? b.paragraph : 'quote' in b ? b.quote : b.bullets.join('\n'),
  }));
}

/** Bullets are the non-empty lines, trimmed: a blank line between bullets is no bullet. */
export function bulletLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The blocks to save, or the positions of blocks without text (the plan file allows no
 * empty paragraph and no empty list, so the user writes one or removes the block).
 */
export function fromDraft(draft: readonly DraftBlock[]): { blocks: NarrativeBlock[] } | { empty: number[] } {
  const empty = draft.flatMap((b, i) =>
    (b.kind === 'bullets' ? bulletLines(b.text).length === 0 : b.text.trim() === '') ? [i] : [],
  );
  if (empty.length > 0) return { empty };
  return {
    blocks: draft.map((b) =>
      b.kind === 'bullets'
        ? { bullets: bulletLines(b.text) }
        : b.kind === 'quote'
          ? { quote: b.text.trim() }
          : { paragraph: b.text.trim() },
    ),
  };
}

/** The draft with the block at `index` moved one step (−1 up, +1 down); unchanged at an end. */
export function moveBlock(draft: readonly DraftBlock[], index: number, step: -1 | 1): DraftBlock[] {
  const target = index + step;
  const block = draft[index];
  const other = draft[target];
  if (!block || !other) return [...draft];
  const next = [...draft];
  next[index] = other;
  next[target] = block;
  return next;
}

/** Whether the saved blocks and the draft say the same (so a save would change nothing). */
export function sameBlocks(a: readonly NarrativeBlock[], b: readonly NarrativeBlock[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
