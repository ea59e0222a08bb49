import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { isReadOnly } from '@/lib/http/write-access';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Alliance Timeline', template: '%s · Alliance Timeline' },
  description:
    'The Japan-U.S. alliance’s meetings on a time axis, their statements tagged by theme and traceable to the official source.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page, the 404 page included, is drawn per request: its scripts carry that request's
  // nonce (proxy.ts), which a page prerendered at build time could not.
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link className="brand" href="/">
            Alliance Timeline
          </Link>
          <nav aria-label="Main">
            <ul>
              <li>
                <Link href="/">Timeline</Link>
              </li>
              <li>
                <Link href="/compare?theme=taiwan-strait">Compare</Link>
              </li>
              <li>
                <Link href="/search">Search</Link>
              </li>
              <li>
                <Link href="/themes">Themes</Link>
              </li>
              {!isReadOnly() && (
                <li>
                  <Link href="/documents/new">Add a document</Link>
                </li>
              )}
            </ul>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
