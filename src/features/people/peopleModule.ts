// Entry of dist/people.js (required by platform/deferredModules.ts the first time People is
// needed: the view shows, a command runs, the API or the context asks): the service that reads
// the notes folder, the tree, review preparation, and profile.md's YAML (js-yaml). Activation
// holds only services/people/people.ts, which loads this on first need.
export { PeopleService } from '../../services/people/peopleService';
export { PeopleTree } from './peopleTree';
export { ReviewRefused, prepareReview } from './reviewCommand';
export { parseProfile, renderProfile, setProfileFields } from '../../core/personProfile';
