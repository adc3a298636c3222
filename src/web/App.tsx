// The session decides between the login page and the application.
import { useCallback, useEffect, useState } from 'react';
import { api } from './api/client.ts';
import type { Session } from './api/types.ts';
import { AppShell } from './components/AppShell.tsx';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { useI18n } from './i18n/I18n.tsx';
import { LoginPage } from './pages/LoginPage.tsx';

type SessionState = { state: 'checking' } | { state: 'anonymous' } | { state: 'in'; session: Session };

export function App() {
  const { t } = useI18n();
  const [session, setSession] = useState<SessionState>({ state: 'checking' });

  useEffect(() => {
    api.session().then(
      (s) => setSession(s ? { state: 'in', session: s } : { state: 'anonymous' }),
      () => setSession({ state: 'anonymous' }),
    );
  }, []);

  const logout = useCallback(() => {
    api.logout().then(
      () => setSession({ state: 'anonymous' }),
      () => setSession({ state: 'anonymous' }),
    );
  }, []);

  if (session.state === 'checking') {
    return (
      <main className="centered" aria-busy="true">
        <p>{t.loading}</p>
      </main>
    );
  }
  if (session.state === 'anonymous') {
    return (
      <>
        <div className="login-language">
          <LanguageSwitch />
        </div>
        <LoginPage onLoggedIn={(s) => setSession({ state: 'in', session: s })} />
      </>
    );
  }
  return <AppShell user={session.session.user} onLogout={logout} />;
}
