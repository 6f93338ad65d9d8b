/**
 * `node dist/bench/report.js <small-label> <large-label>`: compares two result files of bench/results (e.g. scale 1
 * and scale 10) as the markdown tables of BENCHMARKS.md: per scenario and concurrency the throughput, p50, p99 and
 * ratio at both scales, the growth of p50, and SQL statements per request.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchResult, Summary } from './run';

function load(label: string): BenchResult {
  const file = join(resolve(__dirname, '..', '..', 'bench', 'results'), `${label}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as BenchResult;
}

const ratio = (s: Summary) => (s.ratio === null ? '' : `${s.ratio.toFixed(2)}×`);

export function compare(small: BenchResult, large: BenchResult): string {
  const lines = [
    `| Scenario | Conn. | req/s (${small.label}) | p50 / p99 ms | API/baseline | req/s (${large.label}) | p50 / p99 ms | API/baseline | p50 ${large.label} / ${small.label} |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const s of small.summary) {
    const l = large.summary.find((x) => x.scenario === s.scenario && x.connections === s.connections);
    if (!l) continue;
    lines.push(
      `| ${s.scenario} | ${s.connections} | ${s.requestsPerSecond.toFixed(0)} | ${s.p50} / ${s.p99} | ${ratio(s)} | ${l.requestsPerSecond.toFixed(0)} | ${l.p50} / ${l.p99} | ${ratio(l)} | ${(l.p50 / Math.max(s.p50, 1)).toFixed(2)}× |`,
    );
  }
  lines.push(
    '',
    `| Scenario | SQL statements (${small.label}) | SQL statements (${large.label}) |`,
    '| --- | ---: | ---: |',
  );
  for (const [scenario, count] of Object.entries(small.statements)) {
    lines.push(`| ${scenario} | ${count} | ${large.statements[scenario] ?? '?'} |`);
  }
  lines.push(
    '',
    `| Peak memory (VmHWM) | ${small.label} | ${large.label} |`,
    '| --- | ---: | ---: |',
    `| API server | ${small.peakMemoryMb.api} MB | ${large.peakMemoryMb.api} MB |`,
    `| baseline | ${small.peakMemoryMb.baseline} MB | ${large.peakMemoryMb.baseline} MB |`,
  );
  const failures = [...small.summary, ...large.summary].reduce((sum, s) => sum + s.failures, 0);
  lines.push('', `Failed requests (non-2xx, errors, GraphQL errors): ${failures}.`);
  return lines.join('\n');
}

if (require.main === module) {
  const [small, large] = process.argv.slice(2);
  if (!small || !large) {
    console.error('usage: node dist/bench/report.js <label> <label>');
    process.exit(2);
  }
  console.log(compare(load(small), load(large)));
}
