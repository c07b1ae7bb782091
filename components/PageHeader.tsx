import type { PageSummary } from '@/lib/pages';

export function PageHeader({ page, count }: { page: PageSummary | null | undefined; count: number }) {
  if (page === undefined) return <p className="page-state">Looking for the open page…</p>;
  if (page === null) return <p className="page-state">Open a thread on a supported site (X, YouTube, Facebook, Instagram, LinkedIn, Reddit, TikTok, WhatsApp Web).</p>;
  const where = page.adapter ? `${page.adapter}` : 'This site';
  if (count === 0)
    return (
      <p className="page-state" role="status">
        {where}: no comments found on this page{page.reason ? ` (${page.reason})` : ''}.
      </p>
    );
  return (
    <p className="page-state" role="status">
      {where}: {count} {count === 1 ? 'item' : 'items'} on this page
    </p>
  );
}
