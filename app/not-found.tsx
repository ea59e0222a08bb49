import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>
        There is no such event or page. <Link href="/">See all events</Link>.
      </p>
    </>
  );
}
