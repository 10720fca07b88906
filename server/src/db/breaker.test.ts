import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from '../errors.js';
import { createBreaker } from './breaker.js';

const driverError = (code: string) => new Neo4jError(code, code, '50N00', 'test');
const down = () => new DatabaseUnavailableError(driverError('ServiceUnavailable'));
const deadlock = () =>
  new DatabaseUnavailableError(driverError('Neo.TransientError.Transaction.DeadlockDetected'));

describe('createBreaker', () => {
  it('fails at once while the database is known down, and tries again after the cool-down', async () => {
    let clock = 0;
    const breaker = createBreaker(1_000, () => clock);
    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(down());
    };
    await expect(breaker.run(failing)).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    clock = 999;
    await expect(breaker.run(() => Promise.resolve('reached'))).rejects.toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
    });
    expect(calls).toBe(1);
    clock = 1_000;
    expect(await breaker.run(() => Promise.resolve('reached'))).toBe('reached');
    expect(await breaker.run(() => Promise.resolve('again'))).toBe('again');
  });

  it('stays closed on errors that do not mean the database is unreachable', async () => {
    const breaker = createBreaker(1_000, () => 0);
    await expect(breaker.run(() => Promise.reject(deadlock()))).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
    await expect(breaker.run(() => Promise.reject(new Error('bad query')))).rejects.toThrow(
      'bad query',
    );
    expect(await breaker.run(() => Promise.resolve(1))).toBe(1);
  });
});
