// Entry of dist/library.js, loaded with dist/content.json on first use of the library
// (services/library/contentSource.ts asks for it; platform/deferredModules.ts loads it): the
// library's engine. The tips and their search (MiniSearch), the mentor's retrieval, and the
// reading of team packs (their compiler is dist/packs.js, loaded with the first pack).
export { TipLibrary, summarize } from '../../core/tipLibrary';
export { retrieveAnswers } from '../../core/mentorRetrieval';
export { PackLoader } from './packLoader';
