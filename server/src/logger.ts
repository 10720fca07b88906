import { pino } from 'pino';

export type Logger = pino.Logger;

/**
 * Structured logs (pino). Readable lines in a terminal, JSON in production. Never log
 * request variables or case data: they may hold what identifies a young person.
 */
export function createLogger(level: string, pretty: boolean): Logger {
  return pino({
    level,
    base: undefined,
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' },
          },
        }
      : {}),
  });
}
