import { KeystaticAdmin } from '@/components/admin/keystatic-admin';
import { readAdminCatalog } from '@/lib/admin/catalog';

// Exists only under `npm run admin` (next.config.ts adds the `.admin.tsx` extension there).
export const dynamic = 'force-dynamic';
export const metadata = { title: '内容管理', robots: { index: false } };

export default function AdminPage() {
  return <KeystaticAdmin catalog={readAdminCatalog(process.cwd())} />;
}
