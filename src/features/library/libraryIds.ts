// Names the activation bundle needs to register the library before any of it is loaded.

export const LIBRARY_VIEW_TYPE = 'leadershipPrompts.library';

/** Command names; each is registered as `leadershipPrompts.<name>`. Names starting with _ are internal. */
export const LIBRARY_COMMANDS = ['openLibrary', 'showFavourites', 'showTip', 'tipOfTheDay', 'searchTips', '_viewState', '_deliverViewMessage'] as const;
export type LibraryCommandName = (typeof LIBRARY_COMMANDS)[number];
