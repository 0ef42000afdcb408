// The benchmarks' sizes from the command line: a whole number, or the run stops at once with
// its usage (exit 2) instead of measuring nothing (a NaN size runs zero postings and prints it).

/** `process.argv[index]` as a whole number of at least `min`, `fallback` when absent; anything else stops the run. */
export function countArg(index: number, fallback: number, usage: string, min = 1): number {
  const raw = process.argv[index];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isSafeInteger(n) || n < min) {
    console.error(`usage: ${usage}\n  argument ${index - 1} must be a whole number of at least ${min}, not "${raw}"`);
    process.exit(2);
  }
  return n;
}
