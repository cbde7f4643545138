// Loaded by mocha before any test file (.mocharc.json "require"): the unit tests run in
// Europe/Berlin, a zone with daylight saving, so local-time code (reminder slots, day totals)
// is tested across DST changes the same way on every machine. Node re-reads TZ when it is set.
process.env.TZ = 'Europe/Berlin';
