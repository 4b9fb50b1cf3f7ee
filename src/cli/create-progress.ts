import cliProgress from 'cli-progress';

/** Progress over a batch: a bar on a terminal, one plain line per item otherwise (a log, a pipe, CI). */
export interface Progress {
  /** One item is done: `line` says how it went (printed as is without a terminal). */
  advance(item: string, line: string): void;
  /** A line that must be seen whatever the output: a problem. Printed above the bar on a terminal. */
  warn(line: string): void;
  stop(): void;
}

/**
 * Creates the progress of a batch of `total` items: cli-progress's bar on stderr when it is a terminal (so
 * stdout keeps only results), else `[n/total] line` on stdout for each item and warnings on stderr.
 */
export function createProgress(options: { total: number; unit: string; stream?: NodeJS.WriteStream }): Progress {
  const stream = options.stream ?? process.stderr;
  let done = 0;
  if (!stream.isTTY) {
    return {
      advance(_item, line) {
        done += 1;
        console.log(`[${done}/${options.total}] ${line}`);
      },
      warn: (line) => console.error(line),
      stop() {},
    };
  }
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: `{bar} {value}/{total} ${options.unit} | {duration_formatted} | {item}`,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(options.total, 0, { item: '' });
  return {
    advance(item) {
      done += 1;
      bar.update(done, { item });
    },
    warn: (line) => bars.log(`${line}\n`),
    stop: () => bars.stop(),
  };
}
