import { DOCUMENT_TYPES, type DocumentType } from '@/lib/content/model';
import { jsonSchemas } from '@/lib/content/model/json-schema';
import { absoluteUrl } from '@/lib/site';

// /schemas/<type>.schema.json: the front matter of each document type, for editors' tools and the web admin.
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = () => DOCUMENT_TYPES.map((type) => ({ schema: `${type}.schema.json` }));

export async function GET(_request: Request, { params }: { params: Promise<{ schema: string }> }) {
  const { schema } = await params;
  const type = schema.replace(/\.schema\.json$/, '') as DocumentType;
  return new Response(`${JSON.stringify({ $id: absoluteUrl(`/schemas/${schema}`), ...jsonSchemas[type] }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
}
