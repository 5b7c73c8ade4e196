'use client';

import { Keystatic } from '@keystatic/core/ui';
import { useMemo } from 'react';
import type { AdminCatalog } from '@/lib/admin/catalog';
import { adminConfig } from '@/lib/admin/config';

/** Keystatic's app over the collections generated from the content present (see lib/admin/config.ts). */
export function KeystaticAdmin({ catalog }: { catalog: AdminCatalog }) {
  const config = useMemo(() => adminConfig(catalog), [catalog]);
  // Keystatic's app takes the config untyped by collection; the typed one is checked where it is built.
  return <Keystatic config={config as Parameters<typeof Keystatic>[0]['config']} />;
}
