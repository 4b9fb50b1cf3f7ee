import { type DestinationStream, type Logger, pino } from 'pino';

/** The service's structured logger: one JSON line per event, secrets redacted wherever they appear. */
export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'ecokg' },
      // Belt and braces: the code never logs credentials, and these paths are censored if it ever tried.
      redact: {
        paths: [
          'password',
          '*.password',
          'neo4jPassword',
          '*.neo4jPassword',
          'adminToken',
          '*.adminToken',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: '[redacted]',
      },
    },
    options.destination ?? process.stdout,
  );
}

export type { Logger };
