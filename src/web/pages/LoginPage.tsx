// Logga in: username and password; 401 and 429 get a message a person can act on.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, ApiRequestError } from '../api/client.ts';
import type { Session } from '../api/types.ts';
import { useI18n } from '../i18n/I18n.tsx';

export function LoginPage({ onLoggedIn }: { onLoggedIn: (session: Session) => void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = `${t.login.title} – ${t.appName}`;
  }, [t]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (username.trim() === '' || password === '') {
      setError(t.login.required);
      return;
    }
    setBusy(true);
    setError(null);
    api.login(username, password).then(onLoggedIn, (e: unknown) => {
      setBusy(false);
      if (e instanceof ApiRequestError && e.status === 401) setError(t.login.wrongCredentials);
      else if (e instanceof ApiRequestError && e.status === 429)
        setError(t.login.tooManyAttempts(e.retryAfter ?? 60));
      else setError(t.login.failed);
    });
  };

  return (
    <main id="main" className="login">
      <div className="login-card">
        <p className="brand" aria-hidden="true">
          {t.appName}
        </p>
        <h1 ref={heading}>{t.login.title}</h1>
        <p className="muted">{t.login.intro}</p>
        <form onSubmit={submit} noValidate aria-describedby={error ? 'login-error' : undefined}>
          <div role="alert" id="login-error" className={error ? 'alert alert-error' : 'visually-hidden'}>
            {error}
          </div>
          <div className="field">
            <label htmlFor="username">{t.login.username}</label>
            <input
              id="username"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              aria-invalid={error !== null}
              onChange={(e) => setUsername(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="password">{t.login.password}</label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              aria-invalid={error !== null}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t.login.submitting : t.login.submit}
          </button>
        </form>
      </div>
    </main>
  );
}
