// The narrative editor's model: blocks to draft and back, empty blocks refused, moves.
import { describe, expect, it } from 'vitest';
import { bulletLines, fromDraft, moveBlock, toDraft } from './narrative-model.ts';
import type { DraftBlock } from './narrative-model.ts';

const draft = (kind: DraftBlock['kind'], text: string, key: number): DraftBlock => ({ key, kind, text });

describe('narrative drafts', () => {
  it('turns blocks into texts, bullets one per line, and back unchanged', () => {
    // The seed's first section: two paragraphs and the quoted overall goal.
    const blocks = [
      { paragraph: 'Det övergripande målet lyder;' },
      { bullets: ['Hälso- och sjukvård', 'Kunskapsstyrning'] },
      { quote: 'Norrlandsregionerna har gemensamma utmaningar.' },
    ];
    const texts = toDraft(blocks);
    expect(texts.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Det övergripande målet lyder;'],
      ['bullets', 'Hälso- och sjukvård\nKunskapsstyrning'],
      ['quote', 'Norrlandsregionerna har gemensamma utmaningar.'],
    ]);
    expect(new Set(texts.map((b) => b.key)).size).toBe(3);
    expect(fromDraft(texts)).toEqual({ blocks });
  });

  it('trims texts and drops blank bullet lines', () => {
    expect(bulletLines('  ett \r\n\n två\n   \n')).toEqual(['ett', 'två']);
    expect(fromDraft([draft('paragraph', '  Text. ', 1), draft('bullets', 'a\n\n b ', 2)])).toEqual({
      blocks: [{ paragraph: 'Text.' }, { bullets: ['a', 'b'] }],
    });
  });

  it('names the positions of blocks without text instead of saving them', () => {
    const result = fromDraft([
      draft('paragraph', 'ok', 1),
      draft('quote', '   ', 2),
      draft('bullets', '\n \n', 3),
      draft('paragraph', '', 4),
    ]);
    expect(result).toEqual({ empty: [1, 2, 3] });
  });

  it('moves a block one step and keeps its key; not past either end', () => {
    const d = [draft('paragraph', 'A', 1), draft('paragraph', 'B', 2), draft('paragraph', 'C', 3)];
    expect(moveBlock(d, 2, -1).map((b) => b.key)).toEqual([1, 3, 2]);
    expect(moveBlock(d, 0, 1).map((b) => b.key)).toEqual([2, 1, 3]);
    expect(moveBlock(d, 0, -1).map((b) => b.key)).toEqual([1, 2, 3]);
    expect(moveBlock(d, 2, 1).map((b) => b.key)).toEqual([1, 2, 3]);
  });
});
