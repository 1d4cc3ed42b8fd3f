/**
 * `npm test`: everything CI runs, in order, with one summary at the end. It runs the unit
 * tests, then builds and runs the e2e tests (what `npm run test:e2e` does), each writing a
 * Vitest JSON report to test-results/. A failing step does not stop the next. Each step runs
 * in its own process group, which is killed when the step ends (or when we are
 * interrupted) so no vite preview or Chromium outlives the run. The very last line is
 * exactly `N passed, N failed` (with `, N retried` appended when any test needed a retry:
 * each is also printed as a warning, so a retry never looks like a clean pass); a suite
 * that could not run, a run that reported failure without a failed test, and a missing
 * report each count as one failure. Exit code 0 only when nothing failed. The wall-clock
 * time of each step is printed too.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const results = join(root, 'test-results');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Children still running, so a Ctrl-C or SIGTERM can take their whole groups down. */
const running = new Set();

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: already gone.
  }
}

const timings = [];

/** Run a command in its own process group, inheriting stdio; resolve with its exit code. */
function run(cmd, args, env = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ').replace(root + '/', '')}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', detached: true, env: { ...process.env, ...env } });
    running.add(child);
    child.on('error', (err) => {
      console.error(`could not start ${cmd}: ${err.message}`);
      running.delete(child);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      running.delete(child);
      timings.push(`${[cmd, ...args].slice(0, 3).join(' ').replace(root + '/', '')}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
      killGroup(child, 'SIGKILL'); // anything the step left behind in its group
      resolve(code ?? (signal === null ? 1 : 128));
    });
  });
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    for (const child of running) killGroup(child, 'SIGKILL');
    process.exit(130);
  });
}

/** Passed/failed counts from one Vitest JSON report, or one failure if it is missing or unreadable. */
function count(label, file, exitCode) {
  if (!existsSync(file)) {
    console.log(`${label}: no report at ${file} (exit ${exitCode}); counted as 1 failed`);
    return { passed: 0, failed: 1 };
  }
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.log(`${label}: unreadable report ${file} (${err.message}); counted as 1 failed`);
    return { passed: 0, failed: 1 };
  }
  const passed = Number(report.numPassedTests ?? 0);
  let failed = Number(report.numFailedTests ?? 0);
  // A test file that failed to load or run reports status "failed" with no failed test in it.
  const brokenSuites = (report.testResults ?? []).filter(
    (s) => s.status === 'failed' && !(s.assertionResults ?? []).some((a) => a.status === 'failed'),
  );
  for (const s of brokenSuites) console.log(`${label}: suite failed to run: ${s.name}\n  ${String(s.message ?? '').split('\n')[0]}`);
  failed += brokenSuites.length;
  // Name every failed test, so the end of a long log says what broke.
  for (const s of report.testResults ?? []) {
    for (const a of s.assertionResults ?? []) {
      if (a.status === 'failed') console.log(`${label}: FAILED ${s.name.replace(root + '/', '')} > ${a.fullName}\n  ${String(a.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300)}`);
    }
  }
  // Global setup errors, unhandled errors, "no test files": success false with nothing failed.
  if (failed === 0 && (report.success === false || exitCode !== 0)) {
    console.log(`${label}: the run failed (exit ${exitCode}) without a failed test; counted as 1 failed`);
    failed = 1;
  }
  console.log(`${label}: ${passed} passed, ${failed} failed`);
  return { passed, failed };
}

/** Tests that needed a retry, as recorded by scripts/retry-reporter.mjs; each printed as a warning. */
function retried(label, file) {
  if (!existsSync(file)) return 0;
  let list = [];
  try {
    list = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return 0;
  }
  for (const t of list) console.log(`WARNING ${label}: needed ${t.retries} retr${t.retries === 1 ? 'y' : 'ies'} (${t.state}): ${t.name}`);
  return list.length;
}

mkdirSync(results, { recursive: true });
const unitJson = join(results, 'unit.json');
const e2eJson = join(results, 'e2e.json');
const unitRetries = join(results, 'unit-retries.json');
const e2eRetries = join(results, 'e2e-retries.json');
for (const f of [unitJson, e2eJson, unitRetries, e2eRetries]) rmSync(f, { force: true }); // never count a stale report

const reporters = (file) => ['--reporter=default', '--reporter=json', `--outputFile=${file}`, `--reporter=${join(root, 'scripts', 'retry-reporter.mjs')}`];
const unitCode = await run(bin('vitest'), ['run', ...reporters(unitJson)], { VIRTLAB_RETRIES: unitRetries });
const buildCode = await run(npm, ['run', 'build']);
const e2eCode =
  buildCode === 0 ? await run(bin('vitest'), ['run', '--config', 'vitest.e2e.config.ts', ...reporters(e2eJson)], { VIRTLAB_RETRIES: e2eRetries }) : buildCode;
if (buildCode !== 0) console.log(`\nbuild failed (exit ${buildCode}); e2e tests not run`);

console.log('\nSummary');
for (const line of timings) console.log(line);
const totals = [count('unit', unitJson, unitCode), count('e2e', e2eJson, e2eCode)].reduce(
  (a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }),
  { passed: 0, failed: 0 },
);
const retries = retried('unit', unitRetries) + retried('e2e', e2eRetries);
if (retries > 0) console.log(`${retries} test(s) passed only on a retry (see the warnings above)`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 ? 1 : 0;
