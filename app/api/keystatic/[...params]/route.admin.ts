import { adminRouteHandler } from '@/lib/admin/route-handler';

// Exists only under `npm run admin` (next.config.ts adds the `.admin.ts` extension there).
export const { GET, POST } = adminRouteHandler(process.cwd());
