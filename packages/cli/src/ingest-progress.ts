// Progress of kg ingest: a cli-progress bar (articles done / total, rate) on a terminal, plain lines otherwise
// (CI logs and pipes get one line per committed batch instead of carriage-return noise).
import { SingleBar, Presets } from 'cli-progress';
import type { IngestProgress } from '@news-kg/loader';

export interface ProgressReporter {
  update(progress: IngestProgress): void;
  stop(): void;
}

export function createProgressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  const startedAt = Date.now();
  const rate = (done: number): string => (done / Math.max((Date.now() - startedAt) / 1000, 0.001)).toFixed(1);
  if (stream.isTTY) {
    const bar = new SingleBar(
      {
        stream,
        format: 'ingest {phase} [{bar}] {value}/{total} articles | {rate} articles/s | {duration}s',
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update({ phase, articlesDone, articlesTotal }) {
        if (!started) bar.start(articlesTotal, 0, { phase, rate: '0.0' });
        started = true;
        bar.setTotal(articlesTotal);
        bar.update(articlesDone, { phase, rate: rate(articlesDone) });
      },
      stop: () => bar.stop(),
    };
  }
  let last = '';
  return {
    update({ phase, articlesDone, articlesTotal }) {
      const line =
        phase === 'wait'
          ? 'ingest: waiting for another ingest to finish'
          : `ingest: ${phase} ${articlesDone}/${articlesTotal} articles (${rate(articlesDone)} articles/s)`;
      if (line !== last) stream.write(`${line}\n`);
      last = line;
    },
    stop: () => undefined,
  };
}
