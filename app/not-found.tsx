import { useTranslations } from 'next-intl';
import { LocaleLink } from './_lib/locale-link';

export default function NotFound() {
  const t = useTranslations('notFound');
  return (
    <>
      <h1>{t('heading')}</h1>
      <p>{t.rich('body', { link: (text) => <LocaleLink href="/">{text}</LocaleLink> })}</p>
    </>
  );
}
