// What a page shows while its data loads or when loading failed.
import { useI18n } from '../i18n/I18n.tsx';
import type { Loaded } from '../use-api.ts';

export function LoadState<T>({ loaded, what }: { loaded: Loaded<T>; what: string }) {
  const { t } = useI18n();
  if (loaded.state === 'loading') return <p aria-busy="true">{t.loading}</p>;
  if (loaded.state === 'error') {
    return (
      <div role="alert" className="alert alert-error">
        <p>
          {t.loadFailed(what)} {loaded.message}
        </p>
        <button type="button" className="button-quiet" onClick={loaded.retry}>
          {t.retry}
        </button>
      </div>
    );
  }
  return null;
}
