import { z } from 'zod';
import { utcToday } from '../../ties/age.js';

// Arguments every analysis shares: the region, and the day it is judged as of.

export const regionCodeRule = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9-]{1,19}$/, 'must be a region code such as MC15');

export const asOfDescription =
  'The day to judge the network as of (staleness, which cases and handovers count); default today (UTC). For synthetic data: its reference date.';

/** The `asOf` argument, or today in UTC. */
export const asOfOrToday = (asOf: string | null | undefined) => asOf ?? utcToday();
