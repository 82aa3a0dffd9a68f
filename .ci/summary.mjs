// Prints one closing line, "ci: N passed, N failed", over the JSON reports of every suite .ci/run ran.
import fs from "node:fs";

const reports = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const file of reports) {
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  if ("numPassedTests" in report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  } else if (report.stats) {
    passed += report.stats.expected;
    failed += report.stats.unexpected + report.stats.flaky;
  }
}
console.log(`ci: ${passed} passed, ${failed} failed`);
if (passed === 0 || failed > 0) process.exit(1);
