import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { loadCorpus } from '@/lib/corpus/load-corpus';
import { isReadOnly, isWriteToken, TOKEN_COOKIE } from '@/lib/http/write-access';
import { DocumentForm } from './_components/document-form';
import { TokenForm } from './_components/token-form';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Add a document' };

/** /documents/new: paste, read by URL or upload an official readout, check what the reader made of it, save. */
export default async function AddDocumentPage() {
  if (isReadOnly()) notFound();
  const token = (await cookies()).get(TOKEN_COOKIE)?.value;
  const themes = loadCorpus().themes.map(({ id, label, color }) => ({ id, label, color }));
  return (
    <div className="page add-document">
      <h1>Add a document</h1>
      <p className="muted">
        Bring an official readout or joint statement into the corpus: paste its text, give the URL
        of its official page or upload it as a file, check what the reader made of it, correct what
        it got wrong, and save. The document is on the timeline at once.
      </p>
      {isWriteToken(token) ? <DocumentForm themes={themes} /> : <TokenForm />}
    </div>
  );
}
