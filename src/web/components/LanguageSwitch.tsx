// Switches between Swedish and English; the button names the other language in itself.
import { useI18n } from '../i18n/I18n.tsx';

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  const other = language === 'sv' ? 'en' : 'sv';
  return (
    <button
      type="button"
      className="button-quiet"
      lang={other}
      aria-label={`${t.language}: ${t.languageNames[other]}`}
      onClick={() => setLanguage(other)}
    >
      {t.languageNames[other]}
    </button>
  );
}
