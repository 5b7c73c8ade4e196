/**
 * `contentlayer2 build`, through contentlayer's own API (`contentlayer2/core`, as its CLI and its Next
 * plugin call it), without the CLI's first import: `@contentlayer2/utils/effect/Tracing/Enable`.
 *
 * Why: that import switches on the Effect-TS runtime's execution tracing, which the runtime reads once
 * when it loads. With tracing on, a fiber keeps its untraceable stack entries ("NoLocation") beyond the
 * ring buffer's bound, and every fork copies the parent's whole buffer into the child's trace. The fiber
 * that walks the content forks once per file with a buffer that grows with the files, so the build's
 * cost grew with the square of the archive (15 CPU s at 1,000 sessions, 55 at 4,000, over 290 without
 * finishing at 10,000). With tracing off the same steps write the same files in linear time.
 * Failures are reported and exit 1 exactly as the CLI does (`core.runMain` is the CLI's runner).
 *
 * node scripts/build-content.mjs [--verbose] [--clearCache]
 */
import { rmSync } from 'node:fs';
import * as core from 'contentlayer2/core';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || process.env.CL_DEBUG !== undefined;
const run = core.runMain({ tracingServiceName: 'contentlayer-cli', verbose });

if (args.includes('--clearCache')) {
  // contentlayer takes the project's folder from $PWD, as the CLI does (core/cwd).
  rmSync(core.ArtifactsDir.getDirPath({ cwd: process.env.PWD ?? process.cwd() }), {
    recursive: true,
    force: true,
  });
}
const config = await run(core.getConfig({}));
if (!config.source.options.disableImportAliasWarning) await run(core.validateTsconfig);
const info = await run(core.generateDotpkg({ config, verbose }));
await run(core.logGenerateInfo(info));
