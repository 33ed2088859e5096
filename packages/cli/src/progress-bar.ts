// Progress of a long CLI step (reading articles, finding facts, writing to Neo4j): a cli-progress bar with
// articles/s and ETA on a terminal; on a pipe or in CI, one plain line per step and at most one per 10% (no
// carriage-return noise in logs; none for a batch too small to wait for). A new label starts the bar again, so
// each step has its own rate and ETA.
import { Presets, SingleBar } from 'cli-progress';

export interface ProgressBar {
  /** `done` of `total` articles through the step named `label`. */
  update(label: string, done: number, total: number): void;
  /** A line of its own (e.g. "waiting for another ingest"), above the bar. */
  note(line: string): void;
  stop(): void;
}

export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  return stream.isTTY ? createTerminalBar(stream) : createLogLines(stream);
}

function createTerminalBar(stream: NodeJS.WriteStream): ProgressBar {
  const bar = new SingleBar(
    {
      stream,
      format: '{label} [{bar}] {value}/{total} articles | {speed} articles/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 20,
      clearOnComplete: false,
    },
    Presets.shades_classic,
  );
  let current = '';
  let startedAt = Date.now();
  let running = false;
  return {
    update(label, done, total) {
      if (label !== current) {
        if (running) bar.stop();
        bar.start(total, 0, { label, speed: '0.0' });
        if (current !== '') startedAt = Date.now(); // the first step started when the bar was made
        running = true;
        current = label;
      }
      const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
      bar.setTotal(total);
      bar.update(done, { label, speed: (done / seconds).toFixed(1) });
    },
    note(line) {
      if (running) bar.stop();
      running = false;
      current = '';
      stream.write(`${line}\n`);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

/** Fewer articles than this pass in seconds: a log gets no progress lines for them. */
export const LOG_LINES_FROM = 50;

function createLogLines(stream: NodeJS.WriteStream): ProgressBar {
  let current = '';
  let lastTenth = -1;
  let startedAt = Date.now();
  return {
    update(label, done, total) {
      if (total < LOG_LINES_FROM) return;
      if (label !== current) {
        if (current !== '') startedAt = Date.now(); // the first step started when the bar was made
        current = label;
        lastTenth = -1;
      }
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      const seconds = Math.max((Date.now() - startedAt) / 1000, 0.001);
      stream.write(`${label}: ${done}/${total} articles (${(done / seconds).toFixed(1)} articles/s)\n`);
    },
    note: line => void stream.write(`${line}\n`),
    stop: () => undefined,
  };
}
