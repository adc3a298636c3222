// The vouchers behind an outcome figure, in a modal dialog: Escape or Stäng closes it and
// focus goes back to the figure that opened it. Rows are shown to the öre, as booked.
import { useEffect, useRef } from 'react';
import type { VoucherList } from '../../api/follow-up-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { useApi } from '../../use-api.ts';
import { LoadState } from '../LoadState.tsx';
import { kronor } from './follow-up-model.ts';

type Props = { path: string; title: string; onClose: () => void };

export function VoucherDialog({ path, title, onClose }: Props) {
  const { t } = useI18n();
  const m = t.followUp.vouchers;
  const ref = useRef<HTMLDialogElement>(null);
  const list = useApi<VoucherList>(path);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="fu-dialog"
      aria-labelledby="fu-vouchers-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="fu-vouchers-title">{title}</h2>
      <LoadState loaded={list} what={title} />
      {list.state === 'ok' && (
        <>
          <p className="muted">{m.count(list.data.total)}</p>
          {list.data.vouchers.length === 0 && <p>{m.none}</p>}
          {list.data.vouchers.map((v) => (
            <table key={`${v.series}-${v.number}`} className="figures compact fu-voucher">
              <caption>
                {m.caption(v.series, v.number, v.date)}
                {v.text && ` – ${v.text}`}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{m.account}</th>
                  <th scope="col">{m.rowText}</th>
                  <th scope="col" className="num">
                    {m.amount}
                  </th>
                </tr>
              </thead>
              <tbody>
                {v.rows.map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{row.account}</th>
                    <td>{row.text ?? ''}</td>
                    <td className="num">{kronor(row.amountOre)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="button-primary" onClick={onClose}>
          {t.followUp.close}
        </button>
      </div>
    </dialog>
  );
}
