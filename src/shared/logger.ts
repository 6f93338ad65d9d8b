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

/**
 * An error message fit for the log: quoted SQL values, key values and e-mail addresses replaced, at most 300 characters.
 * Database errors quote the statement with its values, which may be a person's name.
 */
export function safeErrorDetail(message: string): string {
  return message
    .replace(/'(?:[^']|'')*'/g, "'?'")
    .replace(/\)=\([^)]*\)/g, ')=(?)')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '[email]')
    .slice(0, 300);
}
