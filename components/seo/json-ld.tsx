import type { Graph } from 'schema-dts';
import { serializeJsonLd } from '@/lib/seo/json-ld';

/** A page's structured data: one JSON-LD graph, in the server-rendered HTML a crawler reads. */
export function JsonLd({ graph }: { graph: Graph }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(graph) }}
    />
  );
}
