// Preloaded (node --require) into a `kg` process a benchmark measures: at exit, the main thread writes the
// process's resource usage (CPU of every thread, worker threads included, and peak RSS) as JSON to the file named
// by KG_BENCH_USAGE_FILE. Node's own process.resourceUsage(), so no platform tool is needed.
'use strict';
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const file = process.env.KG_BENCH_USAGE_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(
      file,
      JSON.stringify({
        cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
        maxRssMb: usage.maxRSS / 1024,
      }),
    );
  });
}
