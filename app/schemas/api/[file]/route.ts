import { notFound } from 'next/navigation';
import { openDataResponse } from '@/lib/open-data/files';
import { apiFiles, apiJsonSchema, type ApiFileName } from '@/lib/open-data/schemas';

export const dynamic = 'force-static';
export const dynamicParams = false;

const names = Object.keys(apiFiles) as ApiFileName[];

export function generateStaticParams() {
  return names.map((name) => ({ file: `${name}.schema.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const name = names.find((candidate) => `${candidate}.schema.json` === file);
  if (!name) notFound();
  return openDataResponse(apiJsonSchema(name));
}
