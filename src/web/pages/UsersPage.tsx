// Användare (admins, users:manage): the organisation's users with role and member region,
// a form to create one, and a form to change name, role, member region, password or
// whether the user is disabled.
import { useEffect, useRef, useState } from 'react';
import type { User, UserList } from '../api/admin-types.ts';
import { LoadState } from '../components/LoadState.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { Status, TableScroll } from '../components/Status.tsx';
import { UserForm } from '../components/users/UserForm.tsx';
import { useResource } from '../components/versions/use-resource.ts';
import { useI18n } from '../i18n/I18n.tsx';
import { useUser } from '../session.ts';

export function UsersPage() {
  const { t } = useI18n();
  const m = t.users;
  const me = useUser();
  const { loaded, reload } = useResource<UserList>('/users');
  const [editing, setEditing] = useState<User | null>(null);
  const [status, setStatus] = useState('');
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const editForm = useRef<HTMLDivElement>(null);

  const editingId = editing?.id ?? null;
  useEffect(() => {
    if (editingId !== null) editForm.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [editingId]);

  const closeEdit = (user: User | null) => {
    setEditing(null);
    // Back to the button the edit started from.
    if (user) setTimeout(() => editButtons.current.get(user.id)?.focus(), 0);
  };

  const done = (user: User, message: string, wasEdit: boolean) => {
    void reload().then(() => {
      setStatus(message);
      if (wasEdit) closeEdit(user);
    });
  };

  return (
    <>
      <PageHeading title={t.pages.users} />
      <p className="note">{m.intro}</p>
      <p role="status" className="status-message">
        {status}
      </p>
      {loaded.state !== 'ok' ? (
        <LoadState loaded={loaded} what={t.pages.users} />
      ) : (
        <TableScroll label={m.caption(loaded.data.users.length)}>
          <table className="users">
            <caption>{m.caption(loaded.data.users.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{m.username}</th>
                <th scope="col">{m.name}</th>
                <th scope="col">{m.role}</th>
                <th scope="col">{m.memberCode}</th>
                <th scope="col">{m.state}</th>
                <th scope="col">{m.actions}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.users.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    {u.username}
                    {u.username === me.username && <span className="muted"> {m.you}</span>}
                  </th>
                  <td>{u.displayName}</td>
                  <td>{t.shell.roles[u.role]}</td>
                  <td>{u.memberCode ?? '–'}</td>
                  <td>
                    {u.disabled ? (
                      <Status tone="bad">{m.disabled}</Status>
                    ) : (
                      <Status tone="good">{m.active}</Status>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button-quiet"
                      aria-label={m.edit(u.username)}
                      ref={(el) => {
                        if (el) editButtons.current.set(u.id, el);
                        else editButtons.current.delete(u.id);
                      }}
                      onClick={() => {
                        setStatus('');
                        setEditing(u);
                      }}
                    >
                      {m.editShort}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <div className="users-forms">
        {editing && (
          <div className="card" ref={editForm}>
            <UserForm
              key={editing.id}
              user={editing}
              onDone={(u, message) => done(u, message, true)}
              onCancel={() => closeEdit(editing)}
              onStale={(current) => {
                void reload();
                setEditing(current);
              }}
            />
          </div>
        )}
        <div className="card">
          <UserForm user={null} onDone={(u, message) => done(u, message, false)} />
        </div>
      </div>
    </>
  );
}
