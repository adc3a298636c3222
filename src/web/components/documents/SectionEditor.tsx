// Editing one free-text section of the plan: each block a textarea (a paragraph, a quote,
// or bullets one per line) that can be added, removed and moved, all by keyboard. The save
// names the revision the editor opened at, so a section someone else changed meanwhile is
// refused (409) instead of overwritten; the user's text then stays for them to decide.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiRequestError, api } from '../../api/client.ts';
import type { ChangeResult } from '../../api/plan-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { conflictAuthor, currentRevision, isLockedConflict } from './import-result.ts';
import { fromDraft, moveBlock, newKey, sameBlocks, toDraft } from './narrative-model.ts';
import type { BlockKind, DraftBlock, NarrativeSection } from './narrative-model.ts';

/** Room for the text as it is (about 90 characters a line), within 3 to 12 rows. */
function rowsFor(block: DraftBlock): number {
  const lines = block.kind === 'bullets' ? block.text.split('\n').length : Math.ceil(block.text.length / 90);
  return Math.min(12, Math.max(3, lines + 1));
}

type Props = {
  base: string;
  index: number;
  section: NarrativeSection;
  /** The section's name as shown: number and heading. */
  name: string;
  revision: number;
  /** Closes the editor with a message for the status line (null: cancelled). */
  onClose: (message: { text: string; error: boolean } | null, saved: boolean) => void;
  /** Fetch the saved text again (after a refused save). */
  onReload: () => void;
};

export function SectionEditor({ base, index, section, name, revision, onClose, onReload }: Props) {
  const { t } = useI18n();
  const m = t.documents;
  const id = useId();
  const [blocks, setBlocks] = useState<DraftBlock[]>(() => toDraft(section.blocks));
  const [baseRevision, setBaseRevision] = useState(revision);
  const [invalid, setInvalid] = useState<ReadonlySet<number>>(new Set());
  const [alert, setAlert] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const textId = (key: number) => `${id}-b${key}-text`;
  const addId = `${id}-add-paragraph`;
  // Focus follows the user's action: the first field on opening, the block that moved or
  // was added, the neighbour of a removed one, the first empty field, the alert.
  const focusNext = useRef<string | null>(blocks[0] ? textId(blocks[0].key) : addId);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  useEffect(() => {
    if (alert !== null) alertRef.current?.focus();
  }, [alert]);

  const update = (key: number, text: string) => {
    setBlocks((bs) => bs.map((b) => (b.key === key ? { ...b, text } : b)));
    if (invalid.has(key)) setInvalid(new Set([...invalid].filter((k) => k !== key)));
  };
  const add = (kind: BlockKind) => {
    const block = { key: newKey(), kind, text: '' };
    focusNext.current = textId(block.key);
    setBlocks([...blocks, block]);
  };
  const remove = (i: number) => {
    const next = blocks.filter((_, j) => j !== i);
    const neighbour = next[i] ?? next[i - 1];
    focusNext.current = neighbour ? textId(neighbour.key) : addId;
    setBlocks(next);
  };
  const move = (i: number, step: -1 | 1) => {
    const block = blocks[i];
    if (!block) return;
    const target = i + step;
    // The same button at the new place, unless the block reached that end.
    const atEnd = step === -1 ? target === 0 : target === blocks.length - 1;
    focusNext.current = atEnd ? textId(block.key) : `${id}-b${block.key}-${step === -1 ? 'up' : 'down'}`;
    setBlocks(moveBlock(blocks, i, step));
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const result = fromDraft(blocks);
    if ('empty' in result) {
      const keys = result.empty.flatMap((i) => (blocks[i] ? [blocks[i].key] : []));
      setInvalid(new Set(keys));
      if (keys[0] !== undefined) focusNext.current = textId(keys[0]);
      setAlert(null);
      return;
    }
    if (sameBlocks(result.blocks, section.blocks))
      return onClose({ text: m.unchanged(name), error: false }, false);
    setSaving(true);
    setAlert(null);
    api
      .send<ChangeResult>('PATCH', `${base}/figures`, {
        revision: baseRevision,
        changes: [{ path: `narrative[${index}].blocks`, value: result.blocks }],
      })
      .then(
        () => onClose({ text: m.saved(name), error: false }, true),
        (error: unknown) => {
          if (error instanceof ApiRequestError && error.status === 409 && isLockedConflict(error.details)) {
            onClose({ text: m.locked, error: true }, true);
            return;
          }
          if (error instanceof ApiRequestError && error.status === 409) {
            // Keep the user's text; a second save replaces the newer text knowingly.
            setBaseRevision(currentRevision(error.details) ?? baseRevision);
            setAlert(m.conflict(conflictAuthor(error.details) ?? m.someone));
            onReload();
            return;
          }
          setAlert(m.saveFailed(error instanceof Error ? error.message : String(error)));
        },
      )
      .finally(() => setSaving(false));
  }

  const invalidCount = invalid.size;
  return (
    <form className="narrative-editor" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{m.editorLegend(name)}</legend>
        {alert !== null && (
          <div ref={alertRef} role="alert" tabIndex={-1} className="alert alert-error">
            <p>{alert}</p>
          </div>
        )}
        {invalidCount > 0 && (
          <p role="alert" className="field-error">
            {m.fixErrors(invalidCount)}
          </p>
        )}
        {blocks.length === 0 && <p className="muted">{m.noBlocks}</p>}
        {blocks.map((b, i) => {
          const bad = invalid.has(b.key);
          const part = m.blockName(i + 1);
          return (
            <fieldset key={b.key} className="narrative-block">
              <legend>{m.blockLegend(i + 1, blocks.length, b.kind)}</legend>
              <label htmlFor={textId(b.key)}>{b.kind === 'bullets' ? m.bulletsLabel : m.textLabel}</label>
              <textarea
                id={textId(b.key)}
                rows={rowsFor(b)}
                value={b.text}
                aria-invalid={bad ? true : undefined}
                aria-describedby={bad ? `${id}-b${b.key}-error` : undefined}
                onChange={(e) => update(b.key, e.target.value)}
              />
              {bad && (
                <p id={`${id}-b${b.key}-error`} className="field-error">
                  {b.kind === 'bullets' ? m.emptyBullets : m.emptyBlock}
                </p>
              )}
              <div className="block-actions">
                <button
                  type="button"
                  id={`${id}-b${b.key}-up`}
                  className="button-quiet"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  {m.moveUp}
                  <span className="visually-hidden"> {part}</span>
                </button>
                <button
                  type="button"
                  id={`${id}-b${b.key}-down`}
                  className="button-quiet"
                  disabled={i === blocks.length - 1}
                  onClick={() => move(i, 1)}
                >
                  {m.moveDown}
                  <span className="visually-hidden"> {part}</span>
                </button>
                <button type="button" className="button-quiet" onClick={() => remove(i)}>
                  {m.remove}
                  <span className="visually-hidden"> {part}</span>
                </button>
              </div>
            </fieldset>
          );
        })}
        <div className="narrative-actions">
          <button type="button" id={addId} className="button-quiet" onClick={() => add('paragraph')}>
            {m.addParagraph}
          </button>
          <button type="button" className="button-quiet" onClick={() => add('bullets')}>
            {m.addBullets}
          </button>
        </div>
        <div className="narrative-actions">
          {/* aria-disabled, not disabled: a disabled button would drop the keyboard focus. */}
          <button type="submit" className="button-primary" aria-disabled={saving}>
            {saving ? m.saving : m.save}
          </button>
          <button type="button" className="button-quiet" onClick={() => onClose(null, false)}>
            {m.cancel}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
