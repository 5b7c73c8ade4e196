import { searchIndexResponse } from '@/app/_editions/feeds';

// Written once at build time as a plain file, so it is served the same by `npm start` and a static export.
export const dynamic = 'force-static';

export const GET = () => searchIndexResponse('en');
