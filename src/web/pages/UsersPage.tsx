// Placeholder until the page is built.
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18n.tsx';

export function UsersPage() {
  const { t } = useI18n();

  return (
    <>
      <PageHeading title={t.pages.users} />
      <p>{t.users.placeholder}</p>
    </>
  );
}
