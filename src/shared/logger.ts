import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logging. Log lines carry ids, operation names, durations and error classes, never personal
 * data: variables of GraphQL requests and authorization headers are not logged, and the paths below are
 * redacted should anything pass them along by mistake.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'meedoen' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'req.headers.authorization',
        'headers.authorization',
        'variables',
        '*.variables',
        'displayName',
        '*.displayName',
        'email',
        '*.email',
        'phone',
        '*.phone',
        'birthDate',
        '*.birthDate',
      ],
      censor: '[redacted]',
    },
  });
}
