import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';

const referenceDir = new URL('./', import.meta.url);

const municipalityRow = z.object({
  code: z.string().regex(/^GM\d{4}$/),
  name: z.string().min(1),
  province_code: z.string(),
  province: z.string(),
  rmc_region_code: z.string().regex(/^MC\d{2}$/),
  rmc_region_name: z.string(),
  ggd_region_code: z.string(),
  ggd_region: z.string(),
  jeugdregio_code: z.string(),
  jeugdregio: z.string(),
  arbeidsmarktregio_code: z.string(),
  arbeidsmarktregio: z.string(),
  veiligheidsregio_code: z.string(),
  veiligheidsregio: z.string(),
  lat: z.coerce.number(),
  lon: z.coerce.number(),
  population: z.coerce.number().int().nonnegative(),
  population_year: z.coerce.number().int(),
});
export type MunicipalityRow = z.infer<typeof municipalityRow>;

/** The 342 municipalities of 2025 with their regions (Bron: CBS, CC BY 4.0). */
export function readMunicipalities(): MunicipalityRow[] {
  const text = readFileSync(new URL('municipalities.csv', referenceDir), 'utf8');
  const records: unknown[] = parse(text, { columns: true, skip_empty_lines: true });
  return records.map((record, index) => {
    const parsed = municipalityRow.safeParse(record);
    if (!parsed.success) {
      throw new Error(`municipalities.csv line ${index + 2}: ${parsed.error.issues[0]?.message}`);
    }
    return parsed.data;
  });
}
