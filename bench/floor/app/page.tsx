// The floor of bench:timeline: the least a Next.js page can be and still hydrate, built and served
// as the dashboard is (next build, next start, App Router, drawn per request). Its times to ready
// and to hydrated are what any page of this stack costs on the machine before its own work.
import { Hydrated } from './hydrated';

export const dynamic = 'force-dynamic';

export default function FloorPage() {
  return (
    <main>
      <h1>A page with one client component</h1>
      <script dangerouslySetInnerHTML={{ __html: "performance.mark('floor:ready')" }} />
      <Hydrated />
    </main>
  );
}
