import { KeystaticAdmin } from '@/components/admin/keystatic-admin';
import { readAdminCatalog } from '@/lib/admin/catalog';

// Exists only under `npm run admin` (next.config.ts adds the `.admin.tsx` extension there). Keystatic's
// app lives in the layout, as its Next.js setup asks: it routes inside /keystatic itself, and a layout
// stays mounted while it does. The site's editions have their own root layouts, so this one is the
// admin's whole document.
export const dynamic = 'force-dynamic';
export const metadata = { title: '内容管理', robots: { index: false } };

export default function AdminLayout() {
  return (
    <html lang="zh-CN">
      <body>
        <KeystaticAdmin catalog={readAdminCatalog(process.cwd())} />
      </body>
    </html>
  );
}
