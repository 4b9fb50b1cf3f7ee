/**
 * How long after a stop's first SIGINT or SIGTERM the same signals still belong to that stop. One Ctrl-C or one
 * `kill -TERM -<group>` (what systemd sends) reaches every process of the group, and `npm start` passes its own copy
 * on to the service as well: several deliveries of one stop, which must drain once, not count as a second signal.
 * A person who presses Ctrl-C again does so later than this.
 */
export const SAME_STOP_MS = 1_000;

/** What to do on the signals of a stop. */
export interface StopSignalHandlers {
  /** The first signal: drain and stop. */
  onStop(signal: NodeJS.Signals): void;
  /** A signal after the same-stop window: stop at once. */
  onAgain(signal: NodeJS.Signals): void;
  /** The window is over: a signal from now on is a second one (the service says so). */
  onArmed?(): void;
  /** @default SAME_STOP_MS */
  sameStopMs?: number;
}

/**
 * Listens for SIGINT and SIGTERM: the first starts a graceful stop; the same signals within `sameStopMs` are that
 * stop delivered again and are ignored; one after it stops at once.
 */
export function handleStopSignals(handlers: StopSignalHandlers): void {
  const window = handlers.sameStopMs ?? SAME_STOP_MS;
  let firstAt: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    const now = performance.now();
    if (firstAt === undefined) {
      firstAt = now;
      handlers.onStop(signal);
      // Unref'd: a stop that finishes sooner exits without waiting for it.
      setTimeout(() => handlers.onArmed?.(), window).unref();
      return;
    }
    if (now - firstAt >= window) handlers.onAgain(signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, onSignal);
}
