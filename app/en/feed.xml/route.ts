import { feedResponse } from '@/app/_editions/feeds';

export const dynamic = 'force-static';

export const GET = () => feedResponse('en');
