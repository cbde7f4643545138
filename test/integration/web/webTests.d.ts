// The module scripts/buildTests.mjs makes for the web-worker run: loadTests() requires each test
// file that runs without Node, after Mocha's browser build has set up describe() and it().
declare module 'lp:web-tests' {
  export function loadTests(): void;
}
