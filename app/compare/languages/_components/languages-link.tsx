import { useTranslations } from 'next-intl';
import { LocaleLink } from '@/app/_lib/locale-link';
import { createLanguageCompareUrl } from '@/lib/compare/create-language-compare-url';

/** A link to the comparison of a meeting's English and Japanese texts (`/compare/languages`). */
export function LanguagesLink({ eventId }: { eventId: string }) {
  const t = useTranslations('compareLanguages');
  return (
    <p>
      <LocaleLink href={createLanguageCompareUrl(eventId)}>{t('link')}</LocaleLink>
    </p>
  );
}
