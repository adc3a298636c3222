// The budget table as a spreadsheet: one focusable cell at a time (roving tabindex, the
// ARIA grid pattern), arrows to move, Enter/F2 or typing to edit, Escape to cancel, Tab to
// move right, Ctrl+V to paste a block from Excel. Totals and result are recomputed by the
// page through src/core on every change; nothing is saved here.
import { useEffect, useRef, useState } from 'react';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import type { MoneyUnit, Ore } from '../../../core/money/money.ts';
import type { BudgetView } from '../../api/types.ts';
import { amount } from '../../format.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { cellKey, parseCell, parsePastedBlock, savedAmount } from './budget-model.ts';
import type { CellKey, LiveResult, PendingEdits } from './budget-model.ts';

export type GridMessage = { tone: 'info' | 'error'; text: string };

type Props = {
  view: BudgetView;
  edits: PendingEdits;
  editable: boolean;
  result: readonly LiveResult[];
  costTotals: readonly number[];
  /** The finding's path to mark (e.g. "budget.result.stated.2027"), from Avstämning. */
  highlight: string | null;
  onChange: (changes: ReadonlyMap<CellKey, Ore>) => void;
  onMessage: (message: GridMessage) => void;
  caption: string;
  describedBy: string;
};

type Position = { row: number; col: number };
type Editing = { text: string; invalid: string | null };

/** How the field shows an amount for editing: "−1 988" with plain spaces, as typed. */
function editText(value: Ore | undefined, unit: MoneyUnit): string {
  return value === undefined ? '' : amount(value, unit).replace(/\u00a0/g, ' ');
}

export function BudgetGrid(props: Props) {
  const { view, edits, editable, result, highlight, onChange, onMessage } = props;
  const { t } = useI18n();
  const m = t.budgetEdit;
  const [active, setActive] = useState<Position>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const rows = view.lines.length;
  const cols = view.columns.length;

  const valueAt = (row: number, col: number): Ore | undefined => {
    const line = view.lines[row];
    const column = view.columns[col];
    if (!line || !column) return undefined;
    return edits.get(cellKey(line.key, column.year)) ?? savedAmount(view, line.key, column.year);
  };
  const cellName = (row: number, col: number) =>
    m.cellLabel(view.lines[row]?.label ?? '', view.columns[col]?.label ?? '');

  const focusCell = (position: Position) => {
    const cell = tableRef.current?.querySelector<HTMLElement>(
      `[data-row="${position.row}"][data-col="${position.col}"]`,
    );
    cell?.focus();
  };

  // Focus follows the active cell once React has rendered it (and leaves an ended edit).
  const pendingFocus = useRef(false);
  useEffect(() => {
    if (!pendingFocus.current) return;
    pendingFocus.current = false;
    if (editing) inputRef.current?.focus();
    else focusCell(active);
  });

  const moveTo = (row: number, col: number) => {
    const next = { row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) };
    setActive(next);
    pendingFocus.current = true;
  };

  const startEditing = (text: string) => {
    if (!editable) return;
    setEditing({ text, invalid: null });
    pendingFocus.current = true;
  };

  /** Writes the field into the pending edits; false when the text is not a whole amount. */
  const commit = (): boolean => {
    if (!editing) return true;
    const line = view.lines[active.row];
    const column = view.columns[active.col];
    if (!line || !column) return true;
    const parsed = parseCell(editing.text, view.unit);
    if (!parsed.ok) {
      const message = m.invalidCell(editing.text, parsed.reason);
      setEditing({ ...editing, invalid: message });
      onMessage({ tone: 'error', text: `${cellName(active.row, active.col)}: ${message}` });
      return false;
    }
    onChange(new Map([[cellKey(line.key, column.year), parsed.value]]));
    setEditing(null);
    pendingFocus.current = true;
    return true;
  };

  const onCellKeyDown = (event: KeyboardEvent<HTMLTableCellElement>) => {
    const { row, col } = active;
    const moves: Record<string, Position> = {
      ArrowUp: { row: row - 1, col },
      ArrowDown: { row: row + 1, col },
      ArrowLeft: { row, col: col - 1 },
      ArrowRight: { row, col: col + 1 },
      Home: { row, col: 0 },
      End: { row, col: cols - 1 },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      moveTo(move.row, move.col);
    } else if (event.key === 'Tab') {
      // Tab walks the cells like Excel and leaves the table after the last (or before the first).
      const forward = !event.shiftKey;
      const index = row * cols + col + (forward ? 1 : -1);
      if (index < 0 || index >= rows * cols) return;
      event.preventDefault();
      moveTo(Math.floor(index / cols), index % cols);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      startEditing(editText(valueAt(row, col), view.unit));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      startEditing('');
    } else if (/^[0-9\-\u2212+]$/.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing starts an edit that replaces the figure, as in a spreadsheet.
      event.preventDefault();
      startEditing(event.key);
    }
  };

  const onInputKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { row, col } = active;
    if (event.key === 'Escape') {
      event.preventDefault();
      setEditing(null);
      pendingFocus.current = true;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (commit()) moveTo(row + (event.shiftKey ? -1 : 1), col);
    } else if (event.key === 'Tab') {
      const index = row * cols + col + (event.shiftKey ? -1 : 1);
      event.preventDefault();
      if (commit() && index >= 0 && index < rows * cols) moveTo(Math.floor(index / cols), index % cols);
    }
  };

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    if (!editable) return;
    const text = event.clipboardData.getData('text/plain');
    // A single value typed into the field is the field's business; blocks are the grid's.
    if (editing && !/[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''))) return;
    event.preventDefault();
    const parsed = parsePastedBlock(text, view.unit);
    if (!parsed.ok) {
      const list = parsed.problems
        .slice(0, 5)
        .map((p) => {
          const name = cellName(active.row + p.row, active.col + p.column);
          return m.pasteProblem(name, p.text, p.reason);
        })
        .join('; ');
      onMessage({ tone: 'error', text: m.pasteProblems(list) });
      return;
    }
    const height = parsed.values.length;
    const width = Math.max(...parsed.values.map((r) => r.length));
    if (active.row + height > rows || active.col + width > cols) {
      onMessage({ tone: 'error', text: m.pasteTooLarge(height, width) });
      return;
    }
    const changes = new Map<CellKey, Ore>();
    parsed.values.forEach((values, r) =>
      values.forEach((value, c) => {
        const line = view.lines[active.row + r];
        const column = view.columns[active.col + c];
        if (line && column) changes.set(cellKey(line.key, column.year), value);
      }),
    );
    setEditing(null);
    onChange(changes);
    onMessage({ tone: 'info', text: m.pasted(height, width) });
  };

  const resultOf = (year: number) => result.find((r) => r.year === year);

  return (
    <table
      ref={tableRef}
      className="figures budget budget-grid"
      role="grid"
      aria-describedby={props.describedBy}
      aria-readonly={!editable}
      onPaste={onPaste}
    >
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.budget.line}</th>
          {view.columns.map((c) => (
            <th scope="col" className="num" key={c.year}>
              {c.label}
              <span className="column-status">{t.budget.columnStatus[c.status] ?? c.status}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.lines.map((line, row) => (
          <tr key={line.key}>
            <th scope="row">{line.label}</th>
            {view.columns.map((column, col) => {
              const key = cellKey(line.key, column.year);
              const isActive = active.row === row && active.col === col;
              const pending = edits.has(key) && edits.get(key) !== savedAmount(view, line.key, column.year);
              const path = `budget.lines[${line.index}].amounts.${column.year}`;
              const marked = highlight === path;
              const value = valueAt(row, col);
              const classes = [
                'num',
                'cell',
                pending && 'pending',
                marked && 'highlight',
                isActive && 'active',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <td
                  key={column.year}
                  className={classes}
                  data-row={row}
                  data-col={col}
                  data-path={path}
                  tabIndex={isActive && !(editing && isActive) ? 0 : -1}
                  aria-selected={isActive}
                  onFocus={() => !isActive && setActive({ row, col })}
                  onClick={() => setActive({ row, col })}
                  onDoubleClick={() => startEditing(editText(value, view.unit))}
                  onKeyDown={isActive && !editing ? onCellKeyDown : undefined}
                >
                  {editing && isActive ? (
                    <input
                      ref={inputRef}
                      className="cell-input"
                      inputMode="numeric"
                      aria-label={cellName(row, col)}
                      aria-invalid={editing.invalid !== null}
                      value={editing.text}
                      onChange={(e) => setEditing({ text: e.target.value, invalid: null })}
                      onKeyDown={onInputKeyDown}
                      onBlur={() => {
                        if (!commit()) setEditing(null);
                      }}
                    />
                  ) : (
                    <>
                      {marked && <span className="visually-hidden">{m.highlighted}: </span>}
                      {value === undefined ? '–' : amount(value, view.unit)}
                      {pending && (
                        <span className="pending-mark" title={m.pending}>
                          <span aria-hidden="true"> •</span>
                          <span className="visually-hidden"> ({m.pending})</span>
                        </span>
                      )}
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="cost-total">
          <th scope="row">{m.costTotal}</th>
          {view.columns.map((c, i) => (
            <td className="num" key={c.year}>
              {amount(props.costTotals[i] ?? 0, view.unit)}
            </td>
          ))}
        </tr>
        <tr className="result-stated">
          <th scope="row">{t.budget.statedResult(view.result.label)}</th>
          {view.columns.map((c) => {
            const r = resultOf(c.year);
            const path = `budget.result.stated.${c.year}`;
            const marked = highlight === path;
            const classes = ['num', r?.differs && 'differs', marked && 'highlight'].filter(Boolean).join(' ');
            return (
              <td className={classes} key={c.year} data-path={path} tabIndex={marked ? -1 : undefined}>
                {r?.differs && (
                  <span className="differs-mark" title={t.budget.differsMark}>
                    <span aria-hidden="true">⚠ </span>
                    <span className="visually-hidden">{t.budget.differsMark}: </span>
                  </span>
                )}
                {r && r.statedOre !== null ? amount(r.statedOre, view.unit) : '–'}
              </td>
            );
          })}
        </tr>
        <tr className="result-computed">
          <th scope="row">{t.budget.computedResult(view.result.label)}</th>
          {view.columns.map((c) => {
            const r = resultOf(c.year);
            return (
              <td className="num" key={c.year} data-testid={`computed-${c.year}`}>
                {r ? amount(r.computedOre, view.unit) : '–'}
              </td>
            );
          })}
        </tr>
      </tfoot>
    </table>
  );
}
