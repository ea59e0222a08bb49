import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { isReadOnly, isWriteToken, TOKEN_COOKIE } from '@/lib/http/write-access';
import { DocumentForm } from './_components/document-form';
import { TokenForm } from './_components/token-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('addDocument'))('title') };
}

/** /documents/new: paste, read by URL or upload an official readout, check what the reader made of it, save. */
export default async function AddDocumentPage() {
  if (isReadOnly()) notFound();
  const token = (await cookies()).get(TOKEN_COOKIE)?.value;
  const themes = loadCorpus().themes.map(({ id, label, color }) => ({ id, label, color }));
  const t = await getTranslations('addDocument');
  return (
    <div className="page add-document">
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {/* The form's client components word their messages themselves (errors come and go). */}
      <NextIntlClientProvider>
        {isWriteToken(token) ? <DocumentForm themes={themes} /> : <TokenForm />}
      </NextIntlClientProvider>
    </div>
  );
}
