// Kontokoppling (issue 5, item 3): the ranges and single accounts that take each budget
// line's outcome. budget:write roles edit the rows and map each unmapped account with one
// select; a save replaces the whole mapping and reloads the follow-up, so the list of
// unmapped accounts shrinks. The server checks overlaps and lines and says where.
import { useEffect, useId, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { api } from '../../api/client.ts';
import type { AccountMappingBody, AccountMappingView, FollowUpView } from '../../api/follow-up-types.ts';
import { useI18n } from '../../i18n/I18n.tsx';
import { useCan } from '../../session.ts';
import { useApi } from '../../use-api.ts';
import { LoadState } from '../LoadState.tsx';
import { TableScroll } from '../Status.tsx';

type Props = { base: string; followUp: FollowUpView | null; onSaved: () => void };
type Message = { tone: 'ok' | 'error'; text: string } | null;

const DIGITS = /^\d{1,10}$/;

/** A form only for those who may save: a reader's page keeps to the forms that store nothing. */
function Wrapper(props: { mayWrite: boolean; onSubmit: (e: FormEvent) => void; children: ReactNode }) {
  return props.mayWrite ? (
    <form onSubmit={props.onSubmit} noValidate>
      {props.children}
    </form>
  ) : (
    <div>{props.children}</div>
  );
}

export function MappingSection({ base, followUp, onSaved }: Props) {
  const { t } = useI18n();
  const m = t.followUp.mapping;
  const id = useId();
  const mayWrite = useCan('budget:write');
  const loaded = useApi<AccountMappingView>(`${base}/follow-up/mapping`);
  const view = loaded.state === 'ok' ? loaded.data : null;
  const [draft, setDraft] = useState<AccountMappingBody>({ ranges: [], accounts: [] });
  const [picks, setPicks] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  useEffect(() => {
    if (view) setDraft({ ranges: view.ranges, accounts: view.accounts });
  }, [view]);

  const labelOf = (key: string) => view?.lines.find((l) => l.key === key)?.label ?? key;

  async function save(body: AccountMappingBody, done: string) {
    const codes = [...body.ranges.flatMap((r) => [r.from, r.to]), ...body.accounts.map((a) => a.account)];
    if (codes.some((c) => !DIGITS.test(c))) return setMessage({ tone: 'error', text: m.badAccount });
    setBusy(true);
    try {
      await api.send('PUT', `${base}/follow-up/mapping`, body);
      setMessage({ tone: 'ok', text: done });
      if (loaded.state === 'ok') loaded.reload();
      onSaved();
    } catch (error) {
      setMessage({
        tone: 'error',
        text: t.followUp.failed(error instanceof Error ? error.message : String(error)),
      });
    } finally {
      setBusy(false);
    }
  }

  const setRange = (i: number, patch: Partial<AccountMappingBody['ranges'][number]>) =>
    setDraft((d) => ({ ...d, ranges: d.ranges.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));
  const setAccount = (i: number, patch: Partial<AccountMappingBody['accounts'][number]>) =>
    setDraft((d) => ({ ...d, accounts: d.accounts.map((a, j) => (j === i ? { ...a, ...patch } : a)) }));
  const firstLine = view?.lines[0]?.key ?? '';

  const lineSelect = (value: string, label: string, onChange: (v: string) => void) => (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {view?.lines.map((l) => (
        <option key={l.key} value={l.key}>
          {l.label}
        </option>
      ))}
    </select>
  );
  const code = (value: string, label: string, onChange: (v: string) => void) =>
    mayWrite ? (
      <input
        aria-label={label}
        inputMode="numeric"
        size={6}
        value={value}
        onChange={(e) => onChange(e.target.value.trim())}
      />
    ) : (
      value
    );
  const remove = (label: string, onClick: () => void) => (
    <td>
      <button type="button" className="button-quiet" aria-label={label} onClick={onClick}>
        {t.followUp.remove}
      </button>
    </td>
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(draft, t.followUp.saved);
  }

  const unmapped = followUp?.unmapped ?? [];
  return (
    <section className="card fu-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{m.heading}</h2>
      <p className="muted">{m.intro}</p>
      {!view && <LoadState loaded={loaded} what={m.heading} />}
      {view && (
        <Wrapper mayWrite={mayWrite} onSubmit={submit}>
          <p>{view.isDefault ? m.isDefault : m.isOwn}</p>
          {mayWrite && unmapped.length > 0 && (
            <fieldset className="fu-subsection">
              <legend>{m.unmappedHeading}</legend>
              {unmapped.map((u) => (
                <div className="inline-fields" key={u.account}>
                  <div className="field">
                    <label htmlFor={`${id}-link-${u.account}`}>
                      {m.linkTo(`${u.account}${u.name ? ` ${u.name}` : ''}`)}
                    </label>
                    <select
                      id={`${id}-link-${u.account}`}
                      value={picks[u.account] ?? ''}
                      onChange={(e) => setPicks((p) => ({ ...p, [u.account]: e.target.value }))}
                    >
                      <option value="">{m.choose}</option>
                      {view.lines.map((l) => (
                        <option key={l.key} value={l.key}>
                          {l.label}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button
                    type="button"
                    disabled={busy || !picks[u.account]}
                    onClick={() => {
                      const line = picks[u.account] ?? '';
                      void save(
                        { ...draft, accounts: [...draft.accounts, { account: u.account, line }] },
                        m.linked(u.account, labelOf(line)),
                      );
                    }}
                  >
                    {m.link}
                  </button>
                </div>
              ))}
            </fieldset>
          )}
          <TableScroll label={m.rangesCaption}>
            <table className="figures compact">
              <caption>{m.rangesCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.from}</th>
                  <th scope="col">{m.to}</th>
                  <th scope="col">{m.line}</th>
                  {mayWrite && <th scope="col">{m.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {draft.ranges.map((r, i) => {
                  const where = m.row(i + 1);
                  return (
                    <tr key={i}>
                      <td>{code(r.from, `${m.from}, ${where}`, (v) => setRange(i, { from: v }))}</td>
                      <td>{code(r.to, `${m.to}, ${where}`, (v) => setRange(i, { to: v }))}</td>
                      <td>
                        {mayWrite
                          ? lineSelect(r.line, `${m.line}, ${where}`, (v) => setRange(i, { line: v }))
                          : labelOf(r.line)}
                      </td>
                      {mayWrite &&
                        remove(`${t.followUp.remove} ${where}`, () =>
                          setDraft((d) => ({ ...d, ranges: d.ranges.filter((_, j) => j !== i) })),
                        )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {mayWrite && (
            <button
              type="button"
              className="button-quiet"
              onClick={() =>
                setDraft((d) => ({ ...d, ranges: [...d.ranges, { from: '', to: '', line: firstLine }] }))
              }
            >
              {m.addRange}
            </button>
          )}
          <TableScroll label={m.accountsCaption}>
            <table className="figures compact">
              <caption>{m.accountsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.account}</th>
                  <th scope="col">{m.line}</th>
                  {mayWrite && <th scope="col">{m.actions}</th>}
                </tr>
              </thead>
              <tbody>
                {draft.accounts.length === 0 && (
                  <tr>
                    <td colSpan={mayWrite ? 3 : 2}>{m.noAccounts}</td>
                  </tr>
                )}
                {draft.accounts.map((a, i) => {
                  const where = `${m.account} ${m.row(i + 1)}`;
                  return (
                    <tr key={i}>
                      <td>{code(a.account, where, (v) => setAccount(i, { account: v }))}</td>
                      <td>
                        {mayWrite
                          ? lineSelect(a.line, `${m.line}, ${where}`, (v) => setAccount(i, { line: v }))
                          : labelOf(a.line)}
                      </td>
                      {mayWrite &&
                        remove(`${t.followUp.remove} ${where}`, () =>
                          setDraft((d) => ({ ...d, accounts: d.accounts.filter((_, j) => j !== i) })),
                        )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {mayWrite && (
            <div className="button-row">
              <button
                type="button"
                className="button-quiet"
                onClick={() =>
                  setDraft((d) => ({ ...d, accounts: [...d.accounts, { account: '', line: firstLine }] }))
                }
              >
                {m.addAccount}
              </button>
              <button type="submit" className="button-primary" disabled={busy}>
                {busy ? m.saving : m.save}
              </button>
              {!view.isDefault && (
                <button
                  type="button"
                  className="button-quiet"
                  disabled={busy}
                  onClick={() => void save({ ranges: [], accounts: [] }, t.followUp.saved)}
                >
                  {m.restore}
                </button>
              )}
            </div>
          )}
        </Wrapper>
      )}
      <p role="status" className={message?.tone === 'error' ? 'field-error' : 'fu-ok'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
