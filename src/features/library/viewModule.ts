// Entry of dist/libraryView.js (required by platform/deferredModules.ts when the library view
// first shows or one of its commands first runs): the sidebar's webview provider and the
// library's commands. Activation holds only libraryView.ts and library/register.ts.
export { LibraryViewProvider } from './libraryViewProvider';
export { libraryCommands, tipActions } from './libraryCommands';
