// Entry bundled by bench/search.mjs and bench/mentorQuality.mjs: the library, its search and the
// pack compiler from src/, the same code dist/library.js and dist/packs.js hold, without `vscode`.
export { TipLibrary } from '../src/core/tipLibrary';
export { searchOptions } from '../src/core/tipSearch';
// MiniSearch's own addAllAsync, measured beside the index TipSearch.load makes (bench/searchProbe.mjs).
export { default as MiniSearch } from 'minisearch';
export { retrieveAnswers } from '../src/core/mentorRetrieval';
export { compilePack } from '../src/services/library/packCompiler';
