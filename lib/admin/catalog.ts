import { readSourceFiles } from '../content/source-files';

/** What the admin's collections are generated from: the events present and the topics already used. */
export interface AdminCatalog {
  events: { slug: string; title: string }[];
  topics: string[];
}

/** Reads `<root>/content` leniently (a file with mistakes still counts), translations left out. */
export function readAdminCatalog(root: string): AdminCatalog {
  const { files } = readSourceFiles(root);
  const originals = files.filter((file) => !file.path.endsWith('.en.md'));
  const events = originals
    .filter((file) => file.kind === 'event')
    .map((file) => ({ slug: file.slug, title: typeof file.data.title === 'string' ? file.data.title : file.slug }))
    .sort((a, b) => a.slug.localeCompare(b.slug));
  // Most used first: the topic an editor most likely means is offered at the top.
  const counts = new Map<string, number>();
  for (const file of originals) {
    const topics = file.kind === 'session' && Array.isArray(file.data.topics) ? file.data.topics : [];
    for (const topic of topics) if (typeof topic === 'string') counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  const topics = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN')).map(([topic]) => topic);
  return { events, topics };
}
