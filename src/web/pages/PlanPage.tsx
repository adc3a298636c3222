// Placeholder until the page is built.
import { PageHeading } from '../components/PageHeading.tsx';
import { useI18n } from '../i18n/I18n.tsx';

export function PlanPage({ slug, version }: { slug: string; version: string }) {
  const { t } = useI18n();
  void slug;
  void version;
  return (
    <>
      <PageHeading title={t.pages.plan} />
      <p>{t.plan.placeholder}</p>
    </>
  );
}
