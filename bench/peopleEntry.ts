// Entry bundled by bench/people.mjs: the People service and review preparation of src/, the
// same code dist/extension.js holds; `vscode` is the stand-in.
import { nodeHost } from '../src/nodeHost';
import { useHost } from '../src/platform/host';

// Node's host, as dist/extension.js hands it to the activation bundle: profiles and reviews are created with the operating system's exclusive create.
useHost(nodeHost);

export { PeopleService } from '../src/services/people/peopleService';
export { prepareReview } from '../src/features/people/reviewCommand';
export { parseProfile, renderProfile, setProfileFields } from '../src/core/personProfile';
