// Preloaded into the benchmarked server (with --expose-gc): on SIGUSR2 it runs a full garbage
// collection and prints the heap that is still live, so the soak reads no allocation sawtooth.
process.on("SIGUSR2", () => {
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.stderr.write(`live-heap ${heapUsed} rss ${rss}\n`);
});
