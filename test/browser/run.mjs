// Browser tests: the real workbench in headless Chromium. Each *.browser.mjs file exports
// `scenarios`, a list of { name, run(t) }; each scenario gets its own fresh workbench.
//   node test/browser/run.mjs [--grep TEXT] [--verbose]
// Screenshots land in test-results/ (git-ignored). Ends with a line "N passed, N failed".
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, ensureRealVsCode, isMissingSystemPackage } from '../../scripts/realVsCode.mjs';
import { openWorkbench, screenshot } from './workbench.mjs';

const argv = process.argv.slice(2);
const grep = argv.includes('--grep') ? argv[argv.indexOf('--grep') + 1] : '';
const verbose = argv.includes('--verbose');
try {
  ensureRealVsCode();
} catch (e) {
  console.error(isMissingSystemPackage(e) ? e.message : e);
  process.exit(1);
}

const dir = join(ROOT, 'test', 'browser');
const scenarios = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.browser.mjs')).sort()) {
  const mod = await import(pathToFileURL(join(dir, f)).href);
  for (const s of mod.scenarios) scenarios.push({ ...s, file: f });
}
let passed = 0;
let failed = 0;
for (const s of scenarios) {
  if (grep && !s.name.includes(grep)) continue;
  const t0 = Date.now();
  let wb;
  try {
    await s.before?.();
    // A scenario may start its own server (e.g. the one `npm start` serves) through `open`.
    wb = s.open ? await s.open({ verbose }) : await openWorkbench({ ...(s.workbench ?? {}), verbose });
    await s.run(wb);
    if (wb.errors.some((e) => /leadership/i.test(e))) throw new Error(`page errors: ${wb.errors.join('; ')}`);
    passed++;
    console.log(`  ✔ ${s.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed++;
    const shot = wb ? await screenshot(wb.page, `FAILED-${s.name.replace(/\W+/g, '-')}`).catch(() => '') : '';
    console.log(`  ✘ ${s.name}: ${e.stack || e}${shot ? `\n    screenshot: ${shot}` : ''}`);
  } finally {
    await wb?.close();
  }
}
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed || passed === 0 ? 1 : 0);
