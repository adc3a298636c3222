// Noter till intäkterna: each group's items and their sum, beside the budget line the group
// adds up to (the consistency check compares them; a difference shows on Avstämning).
import type { MoneyUnit } from '../../../core/money/money.ts';
import { amount } from '../../format.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { TableScroll } from '../Status.tsx';

export type RevenueNotesView = {
  notes: {
    year: number;
    unit: MoneyUnit;
    title: string;
    groups: {
      label: string;
      financing: string;
      budgetLine: string;
      items: { area: string; label: string; amount: number; footnote?: string }[];
    }[];
  }[];
};

export function RevenueNotes({ notes }: { notes: RevenueNotesView }) {
  const { t } = useI18n();
  const m = t.budgetEdit;
  if (notes.notes.length === 0) return null;
  return (
    <section aria-labelledby="revenue-notes-heading">
      <h2 id="revenue-notes-heading">{m.revenueNotesHeading}</h2>
      {notes.notes.map((note) => {
        // The plan's own title usually names the unit already ("Not intäkter 2026, tkr").
        const caption = note.title.includes(note.unit)
          ? note.title
          : m.revenueNoteCaption(note.title, note.unit);
        return (
          <TableScroll key={note.year} label={caption}>
            <table className="figures compact revenue-notes">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.budget.line}</th>
                  <th scope="col" className="num">
                    {String(note.year)}
                  </th>
                </tr>
              </thead>
              {note.groups.map((group) => (
                <tbody key={group.label}>
                  <tr className="group-heading">
                    <th scope="colgroup" colSpan={2}>
                      {group.label}
                    </th>
                  </tr>
                  {group.items.map((item, i) => (
                    <tr key={`${item.label}-${i}`}>
                      <th scope="row" className="row-label">
                        {item.label}
                      </th>
                      <td className="num">{amount(item.amount, note.unit)}</td>
                    </tr>
                  ))}
                  <tr className="group-total">
                    <th scope="row">
                      {m.noteTotal} {group.label.toLowerCase()}
                    </th>
                    <td className="num">
                      {amount(
                        group.items.reduce((total, item) => total + item.amount, 0),
                        note.unit,
                      )}
                    </td>
                  </tr>
                </tbody>
              ))}
            </table>
          </TableScroll>
        );
      })}
    </section>
  );
}
