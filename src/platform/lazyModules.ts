import { join } from 'node:path';
import type * as FeaturesModule from '../lazy/features';
import type * as LibraryModule from '../lazy/library';
import type * as PacksModule from '../lazy/packs';
import type * as LeadershipTimeToolsModule from '../lazy/leadershipTimeTools';

// The heavy parts are separate bundles next to dist/extension.js, required on first use so
// activation evaluates none of them (see scripts/build.mjs). A computed path keeps esbuild
// from inlining them.
function lazy<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(join(__dirname, `${name}.js`)) as T);
}

/** Required by src/extension.ts in the turn after activation (see lazy/features.ts). */
export const featuresModule = lazy<typeof FeaturesModule>('features');
export const libraryModule = lazy<typeof LibraryModule>('library');
export const packsModule = lazy<typeof PacksModule>('packs');
export const leadershipTimeToolsModule = lazy<typeof LeadershipTimeToolsModule>('leadershipTimeTools');
