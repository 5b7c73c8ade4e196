import type { Graph } from 'schema-dts';

/**
 * JSON for a <script> element: characters that could close the element or start markup are escaped
 * as JSON unicode escapes, so an editor's "</script>" in a summary stays text.
 */
export const serializeJsonLd = (graph: Graph): string =>
  JSON.stringify(graph)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
