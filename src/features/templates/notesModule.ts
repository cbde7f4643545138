// Entry of dist/notes.js (required by platform/deferredModules.ts when a note command first
// runs): the note commands' arguments, pickers, composing, carry-over, retro plans and writing.
// Activation holds only templates/register.ts, which registers the commands and loads this.
export { createNoteCommands } from './noteCommands';
