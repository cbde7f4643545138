// Entry bundled by bench/noteWriting.mjs: the note commands of src/ (features/templates) and the
// library they read, the same code the activation bundle and the deferred bundles hold; `vscode` is the stand-in.
import { nodeHost } from '../src/nodeHost';
import { useHost } from '../src/platform/host';

// Node's host, as dist/extension.js hands it to the activation bundle: notes are created with the operating system's exclusive create.
useHost(nodeHost);

export { createNoteCommands } from '../src/features/templates/noteCommands';
export { NoteMemory } from '../src/platform/noteMemory';
export { NotesFolder } from '../src/platform/notesFolder';
export { TipLibrary } from '../src/core/tipLibrary';
