// `npm test`: everything, in order — types, lint, content checks, unit tests, integration tests
// in a real VS Code's Node extension host and again in its web worker, browser tests of the real
// workbench. Stops at the first
// failing stage. Ends with one line "test: N passed, N failed" counting the test cases run.
//   node scripts/test.mjs [--only unit,integration,...] [--skip browser]
import { spawn } from 'node:child_process';
import { ROOT } from './realVsCode.mjs';

const argv = process.argv.slice(2);
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : undefined;
const skip = argv.includes('--skip') ? argv[argv.indexOf('--skip') + 1].split(',') : [];

const stages = [
  ['types', 'npx', ['tsc', '-p', '.'], 'npx', ['tsc', '-p', 'src/webview']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.'], 'node', ['scripts/checkCycles.mjs']],
  ['content', 'node', ['scripts/checkContent.mjs']],
  ['build', 'node', ['scripts/build.mjs']],
  ['unit', 'node', ['scripts/buildTests.mjs'], 'npx', ['mocha']],
  ['integration', 'node', ['test/runner/runIntegration.mjs']],
  ['integration-web', 'node', ['test/runner/runIntegration.mjs', '--web']],
  ['package', 'node', ['scripts/package.mjs']],
  ['browser', 'node', ['test/browser/run.mjs']],
];

function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const echo = (stream) => (d) => { out += d; stream.write(d); };
    child.stdout.on('data', echo(process.stdout));
    child.stderr.on('data', echo(process.stderr));
    child.on('close', (code) => resolve({ code, out }));
  });
}

let passed = 0;
let failed = 0;
const t0 = Date.now();
for (const [name, ...steps] of stages) {
  if ((only && !only.includes(name)) || skip.includes(name)) continue;
  console.log(`\n=== ${name}`);
  for (let i = 0; i < steps.length; i += 2) {
    const { code, out } = await run(steps[i], steps[i + 1]);
    // Count test cases from mocha's summary ("N passing", "N failing") or the browser runner's line.
    const clean = out.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
    const count = (re) => [...clean.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
    passed += count(/^\s*(\d+) passing/gm) + count(/^browser: (\d+) passed/gm);
    failed += count(/^\s*(\d+) failing/gm) + count(/^browser: \d+ passed, (\d+) failed/gm);
    if (code !== 0) {
      console.log(`\n=== ${name} FAILED (exit ${code}) after ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      console.log(`test: ${passed} passed, ${Math.max(failed, 1)} failed`);
      process.exit(1);
    }
  }
}
console.log(`\n=== all stages passed in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(`test: ${passed} passed, ${failed} failed`);
