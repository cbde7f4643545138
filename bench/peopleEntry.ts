// Entry bundled by bench/people.mjs: the People service and review preparation of src/, the
// same code dist/extension.js holds; `vscode` is the stand-in.
export { PeopleService } from '../src/services/people/peopleService';
export { prepareReview } from '../src/features/people/reviewCommand';
export { parseProfile, renderProfile, setProfileFields } from '../src/core/personProfile';
