// Creates a user or changes one. The rules mirror src/api/users/routes.ts so most mistakes
// are caught here, in Swedish, next to the field; what the server still refuses is shown
// in the same error summary, which takes focus.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiRequestError } from '../../api/client.ts';
import type { User, UserBody } from '../../api/admin-types.ts';
import type { Role } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18n.tsx';

// As MIN_PASSWORD_LENGTH in src/api/auth/passwords.ts (not imported: it loads argon2).
export const MIN_PASSWORD_LENGTH = 12;
const ROLES: Role[] = ['admin', 'economist', 'planner', 'reader', 'member'];
const USERNAME = /^[a-z][a-z0-9._-]{1,62}$/;
const MEMBER_CODE = /^[A-Z][A-Z0-9]{0,19}$/;

type Field = 'username' | 'displayName' | 'password' | 'role' | 'memberCode' | 'disabled';
type Values = {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  memberCode: string;
  disabled: boolean;
};
type Problems = Partial<Record<Field | 'form', string>>;
const FIELDS: Field[] = ['username', 'displayName', 'password', 'role', 'memberCode'];

type Props = {
  /** The user to change, or null to create one. */
  user: User | null;
  onDone: (user: User, message: string) => void;
  onCancel?: () => void;
  /** A stale change (409) hands back the user as it is now. */
  onStale?: (current: User) => void;
};

function initial(user: User | null): Values {
  return {
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    password: '',
    role: user?.role ?? 'reader',
    memberCode: user?.memberCode ?? '',
    disabled: user?.disabled ?? false,
  };
}

export function UserForm({ user, onDone, onCancel, onStale }: Props) {
  const { t } = useI18n();
  const m = t.users;
  const prefix = user ? `edit-${user.id.slice(0, 8)}` : 'new-user';
  const [values, setValues] = useState<Values>(() => initial(user));
  const [problems, setProblems] = useState<Problems>({});
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const hasProblems = Object.keys(problems).length > 0;

  useEffect(() => {
    if (hasProblems) summary.current?.focus();
  }, [problems, hasProblems]);

  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const check = (): Problems => {
    const found: Problems = {};
    if (!user && !USERNAME.test(values.username)) found.username = m.errors.username;
    if (values.displayName.trim() === '') found.displayName = m.errors.displayName;
    if ((!user || values.password !== '') && values.password.length < MIN_PASSWORD_LENGTH)
      found.password = m.errors.password(MIN_PASSWORD_LENGTH);
    if (values.role === 'member' && values.memberCode.trim() === '')
      found.memberCode = m.errors.memberCodeMissing;
    else if (values.role === 'member' && !MEMBER_CODE.test(values.memberCode.trim()))
      found.memberCode = m.errors.memberCodeForm;
    return found;
  };

  const body = (): Record<string, unknown> | null => {
    const memberCode = values.role === 'member' ? values.memberCode.trim() : null;
    if (!user)
      return {
        username: values.username,
        displayName: values.displayName.trim(),
        password: values.password,
        role: values.role,
        memberCode,
      };
    const changes: Record<string, unknown> = {
      ...(values.displayName.trim() !== user.displayName ? { displayName: values.displayName.trim() } : {}),
      ...(values.role !== user.role ? { role: values.role } : {}),
      ...(memberCode !== user.memberCode ? { memberCode } : {}),
      ...(values.disabled !== user.disabled ? { disabled: values.disabled } : {}),
      ...(values.password !== '' ? { password: values.password } : {}),
    };
    return Object.keys(changes).length === 0 ? null : { version: user.version, ...changes };
  };

  const refused = (error: unknown): Problems => {
    if (!(error instanceof ApiRequestError)) return { form: m.failed };
    if (error.status === 409 && !user) return { username: m.taken };
    const details = error.details as
      { current?: User; issues?: { path: string; message: string }[] } | undefined;
    if (error.status === 409 && details?.current) {
      setValues({ ...initial(details.current), password: values.password });
      onStale?.(details.current);
      return { form: m.stale };
    }
    if (error.status === 409) return { form: m.lastAdmin };
    const found: Problems = {};
    for (const issue of details?.issues ?? []) {
      // The server's own words (English) for a field our checks let through.
      const field = issue.path.split('.')[0] as Field;
      if (FIELDS.includes(field)) found[field] = issue.message;
    }
    return Object.keys(found).length > 0 ? found : { form: m.failed };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setServerMessage(null);
    const found = check();
    const payload = Object.keys(found).length === 0 ? body() : null;
    if (Object.keys(found).length === 0 && payload === null) found.form = m.errors.nothingChanged;
    setProblems(found);
    if (payload === null) return;
    setBusy(true);
    const request = user
      ? api.send<UserBody>('PATCH', `/users/${encodeURIComponent(user.id)}`, payload)
      : api.send<UserBody>('POST', '/users', payload);
    request.then(
      ({ user: saved }) => {
        setBusy(false);
        if (!user) setValues(initial(null));
        onDone(saved, user ? m.saved(saved.username) : m.created(saved.username));
      },
      (error: unknown) => {
        setBusy(false);
        setServerMessage(error instanceof Error ? error.message : String(error));
        setProblems(refused(error));
      },
    );
  };

  const id = (field: Field) => `${prefix}-${field}`;
  const describedBy = (field: Field, hint: boolean) =>
    [hint ? `${id(field)}-hint` : '', problems[field] ? `${id(field)}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const fieldError = (field: Field) =>
    problems[field] ? (
      <span className="field-error" id={`${id(field)}-error`}>
        {problems[field]}
      </span>
    ) : null;

  return (
    <form className="user-form" onSubmit={submit} noValidate aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`} tabIndex={-1}>
        {user ? m.editHeading(user.username) : m.createHeading}
      </h2>
      {hasProblems && (
        <div ref={summary} role="alert" tabIndex={-1} className="alert alert-error">
          <p>{m.fixErrors}</p>
          <ul>
            {(Object.entries(problems) as [Field | 'form', string][]).map(([field, message]) => (
              <li key={field}>{field === 'form' ? message : <a href={`#${id(field)}`}>{message}</a>}</li>
            ))}
          </ul>
          {serverMessage !== null && (
            <p>
              {m.serverSaid} <span lang="en">{serverMessage}</span>
            </p>
          )}
        </div>
      )}
      <div className="form-grid">
        {!user && (
          <div className="field">
            <label htmlFor={id('username')}>{m.username}</label>
            <input
              id={id('username')}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={values.username}
              aria-invalid={problems.username !== undefined}
              aria-describedby={describedBy('username', true)}
              onChange={(e) => set('username', e.target.value)}
            />
            <span className="hint" id={`${id('username')}-hint`}>
              {m.usernameHint}
            </span>
            {fieldError('username')}
          </div>
        )}
        <div className="field">
          <label htmlFor={id('displayName')}>{m.name}</label>
          <input
            id={id('displayName')}
            autoComplete="off"
            value={values.displayName}
            aria-invalid={problems.displayName !== undefined}
            aria-describedby={describedBy('displayName', false)}
            onChange={(e) => set('displayName', e.target.value)}
          />
          {fieldError('displayName')}
        </div>
        <div className="field">
          <label htmlFor={id('password')}>{user ? m.newPassword : m.password}</label>
          <input
            id={id('password')}
            type="password"
            autoComplete="new-password"
            value={values.password}
            aria-invalid={problems.password !== undefined}
            aria-describedby={describedBy('password', true)}
            onChange={(e) => set('password', e.target.value)}
          />
          <span className="hint" id={`${id('password')}-hint`}>
            {user ? m.newPasswordHint(MIN_PASSWORD_LENGTH) : m.passwordHint(MIN_PASSWORD_LENGTH)}
          </span>
          {fieldError('password')}
        </div>
        <div className="field">
          <label htmlFor={id('role')}>{m.role}</label>
          <select id={id('role')} value={values.role} onChange={(e) => set('role', e.target.value as Role)}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t.shell.roles[role]}
              </option>
            ))}
          </select>
        </div>
        {values.role === 'member' && (
          <div className="field">
            <label htmlFor={id('memberCode')}>{m.memberCode}</label>
            <input
              id={id('memberCode')}
              className="input-short"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              value={values.memberCode}
              aria-invalid={problems.memberCode !== undefined}
              aria-describedby={describedBy('memberCode', true)}
              onChange={(e) => set('memberCode', e.target.value.toUpperCase())}
            />
            <span className="hint" id={`${id('memberCode')}-hint`}>
              {m.memberCodeHint}
            </span>
            {fieldError('memberCode')}
          </div>
        )}
      </div>
      {user && (
        <div className="field-check">
          <input
            id={id('disabled')}
            type="checkbox"
            checked={values.disabled}
            aria-describedby={`${id('disabled')}-hint`}
            onChange={(e) => set('disabled', e.target.checked)}
          />
          <label htmlFor={id('disabled')}>{m.deactivate}</label>
          <span className="hint" id={`${id('disabled')}-hint`}>
            {m.deactivateHint}
          </span>
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? m.working : user ? m.save : m.create}
        </button>
        {onCancel && (
          <button type="button" className="button-quiet" onClick={onCancel}>
            {m.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
