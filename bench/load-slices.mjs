// The load generator of bench/list.ts, in a process of its own: autocannon against two
// targets in turn, in short slices, so that load from elsewhere on the machine (a shared
// development machine) falls on both alike instead of on whichever ran during a burst of it.
//
//   node bench/load-slices.mjs '<json>'
//   json: { connections, targets: [{ url, headers }, { url, headers }], warmUpSeconds, seconds, first }
//
// Each target is warmed up once, then measured for `seconds` in slices taking turns (first,
// other, other, first, …). A slice is at least 2 s and at least 50 times the mean latency
// seen in the warm-up: requests still in flight when a slice ends are not counted, so a slow
// route (seconds per request) gets a single slice, as a plain run would.
//
// Prints one JSON line: per target, the requests and seconds of its measured slices, answers
// other than 2xx, errors, and the 99th percentile of the latency of every measured response,
// merged over its slices.
import autocannon from 'autocannon';

const { connections, targets, warmUpSeconds, seconds, first } = JSON.parse(process.argv[2]);
const totals = targets.map(() => ({ requests: 0, seconds: 0, non2xx: 0, errors: 0, latencies: [] }));

function run(index, duration) {
  const target = targets[index];
  const latencies = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: target.url, headers: target.headers ?? {}, connections, duration }, (err, result) => (err ? reject(err) : resolve({ result, latencies })));
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

let slowest = 0;
for (const index of [0, 1]) {
  const { result } = await run(index, warmUpSeconds);
  slowest = Math.max(slowest, result.latency.mean / 1000);
}
const pairs = Math.max(1, Math.floor(seconds / Math.max(2, 50 * slowest)));
const other = 1 - first;
for (let i = 0; i < pairs; i++) {
  for (const index of i % 2 === 0 ? [first, other] : [other, first]) {
    const { result, latencies } = await run(index, seconds / pairs);
    const t = totals[index];
    t.requests += result.requests.total;
    t.seconds += result.duration;
    t.non2xx += result.non2xx;
    t.errors += result.errors + result.timeouts;
    for (const ms of latencies) t.latencies.push(ms);
  }
}

const p99 = (xs) => {
  if (!xs.length) return 0;
  const sorted = Float64Array.from(xs).sort();
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]);
};
console.log(JSON.stringify(totals.map(({ latencies, ...t }) => ({ ...t, slices: pairs, rps: t.requests / t.seconds, p99: p99(latencies) }))));
