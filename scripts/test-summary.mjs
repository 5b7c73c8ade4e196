// Prints the test runners' counts from their JSON reports, ending with one `total: N passed, N failed` line.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

const rows = [];
const unit = read('reports/unit.json');
if (unit) rows.push(['unit', unit.numPassedTests, unit.numFailedTests, unit.numPendingTests + unit.numTodoTests]);
const e2e = read('reports/e2e.json');
if (e2e) {
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = e2e.stats;
  rows.push(['e2e', expected + flaky, unexpected, skipped]);
}
for (const [name, passed, failed, skipped] of rows) {
  console.log(`${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
}
const total = rows.reduce((sum, [, passed, failed]) => [sum[0] + passed, sum[1] + failed], [0, 0]);
console.log(`total: ${total[0]} passed, ${total[1]} failed`);
