// Entry bundled by bench/noteWriting.mjs: the note commands of src/ (features/templates) and the
// library they read, the same code dist/extension.js holds; `vscode` is the stand-in.
export { createNoteCommands } from '../src/features/templates/noteCommands';
export { TipLibrary } from '../src/core/tipLibrary';
