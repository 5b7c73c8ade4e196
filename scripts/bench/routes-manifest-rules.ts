/**
 * The former way pages got their script policy under `next start`: one header rule per page written
 * into .next/routes-manifest.json. The site no longer does this (server.mjs looks a page's headers up
 * in a map); scripts/bench/headers.ts rebuilds it on a copy of the build to measure what it cost.
 */
import { contentSecurityPolicy } from '../../lib/security/csp';
import type { PageHashes } from '../../lib/security/page-hashes';

/** The part of .next/routes-manifest.json that `next start` turns into response headers. */
export interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
  regex?: string;
  [other: string]: unknown;
}
export interface RoutesManifest {
  headers: HeaderRule[];
  [other: string]: unknown;
}

const CSP = 'Content-Security-Policy';
/** Marks the rules this step added, so running it again replaces them instead of adding more. */
const PAGE_RULE = 'pageScriptPolicy';

/** A literal path as a route source: path-to-regexp's special characters escaped. */
const literalSource = (path: string) => path.replace(/[:()*+?{}\\[\]!]/g, (char) => `\\${char}`);

/** The path as a browser sends it (percent-encoded) and as written, when the two differ. */
function requestForms(path: string): string[] {
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  return encoded === path ? [path] : [path, encoded];
}

/**
 * `next start` reads its header rules from the build's routes manifest, not from next.config.ts, so
 * the page hashes known only after the build go there: the catch-all rule's policy becomes the
 * not-found page's (every path that is not a page gets that page), and each page gets a rule with its
 * own policy, which wins because later rules override earlier ones.
 */
export function withPagePolicies(manifest: RoutesManifest, hashes: PageHashes): RoutesManifest {
  const rules = manifest.headers.filter((rule) => rule[PAGE_RULE] !== true);
  const catchAll = rules.filter((rule) => rule.headers.some((header) => header.key === CSP));
  if (catchAll.length === 0)
    throw new Error(`no ${CSP} rule from next.config.ts in the routes manifest`);
  const notFound = contentSecurityPolicy({ kind: 'hashes', hashes: hashes.notFound });
  const updated = rules.map((rule) => ({
    ...rule,
    headers: rule.headers.map((header) =>
      header.key === CSP ? { key: CSP, value: notFound } : header,
    ),
  }));
  const pageRules = Object.entries(hashes.pages).flatMap(([path, pageHashes]) =>
    requestForms(path).map((form) => ({
      source: literalSource(form),
      headers: [{ key: CSP, value: contentSecurityPolicy({ kind: 'hashes', hashes: pageHashes }) }],
      [PAGE_RULE]: true,
    })),
  );
  return { ...manifest, headers: [...updated, ...pageRules] };
}
