import type { PresetName } from './presets.js';

// Official-looking identifiers, each preset in a block of its own so that presets can share a
// database without colliding on the unique BRIN and SWV code constraints. None of the blocks
// overlaps the shapes the integration tests make up (BRIN 9xAx, SWV codes 1000–9999).

const presetDigit: Record<PresetName, number> = { national: 0, demo: 1, region: 2, tiny: 3 };
const brinBlock: Record<PresetName, number> = { national: 0, demo: 50, region: 70, tiny: 80 };
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The n-th BRIN of a preset: two digits and two letters (01AB), as schools have. */
export function brin(preset: PresetName, n: number): string {
  const lead = brinBlock[preset] + Math.floor(n / 676);
  const rest = n % 676;
  if (lead > brinBlock[preset] + (preset === 'national' ? 49 : 9) || lead > 89) {
    throw new RangeError(`too many schools for the BRIN block of ${preset}`);
  }
  return `${String(lead).padStart(2, '0')}${letters[Math.floor(rest / 26)]}${letters[rest % 26]}`;
}

/** A samenwerkingsverband's code: PO or VO, the preset's digit and the RMC region's number. */
export function swvCode(preset: PresetName, level: 'PO' | 'VO', rmcRegionCode: string): string {
  return `${level}0${presetDigit[preset]}${rmcRegionCode.slice(-2)}`;
}

/** An eight-digit Chamber of Commerce number. */
export function kvk(preset: PresetName, n: number): string {
  return `${presetDigit[preset]}${String(n).padStart(7, '0')}`;
}

/** `demo-org-00001`: the preset's name, the entity and a sequence number. */
export function sequentialId(prefix: string, entity: string, width: number) {
  let next = 0;
  return () => `${prefix}-${entity}-${String(++next).padStart(width, '0')}`;
}

const bsnWeights = [9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * The n-th synthetic BSN of a preset: 9, the preset's digit, six digits of n and the check digit
 * that makes the 11-test pass (numbers whose check digit would be 10 are skipped). Used only to
 * derive a subject's pseudonym, the way the product does, and never written anywhere.
 */
export function* syntheticBsns(preset: PresetName): Generator<string> {
  for (let n = 0; n < 1_000_000; n++) {
    const digits = `9${presetDigit[preset]}${String(n).padStart(6, '0')}`;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (bsnWeights[i] ?? 0);
    const check = sum % 11;
    if (check < 10) yield `${digits}${check}`;
  }
  throw new RangeError(`no synthetic BSNs left for ${preset}`);
}
