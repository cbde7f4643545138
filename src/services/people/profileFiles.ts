// Entry of dist/profiles.js (required by platform/deferredModules.ts with the first profile the
// People view reads or writes): profile.md's front matter through js-yaml, kept off activation.
export { parseProfile, renderProfile, setProfileFields } from '../../core/personProfile';
