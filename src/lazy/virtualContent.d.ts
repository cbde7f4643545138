// The built-in library, compiled at build time (scripts/contentBuild.ts) and inlined into
// dist/library.js by the build's `leadership-content` plugin.
declare module 'leadership-content' {
  import type { ContentIndex } from '../shared/contentTypes';
  const content: ContentIndex;
  export default content;
}
