// `npx tsx seeds/examples/make-xlsx.ts`: writes the XLSX example workbooks from the CSV examples
// next to it — one workbook per entity, and network.xlsx with a sheet per entity (the import
// reads the sheet named after the entity). Run it after changing a CSV example.
import { readFileSync } from 'node:fs';
import writeExcelFile from 'write-excel-file/node';
import { importEntities } from '../../server/src/import/columns.js';
import { sheetFromCsv } from './workbook.js';

const folder = new URL('./', import.meta.url);
const csvOf = (entity: string) => readFileSync(new URL(`${entity}.csv`, folder), 'utf8');

for (const entity of importEntities) {
  const path = new URL(`${entity}.xlsx`, folder).pathname;
  await writeExcelFile(sheetFromCsv(csvOf(entity)), { sheet: entity }).toFile(path);
  console.log(`wrote ${path}`);
}
const sheets = importEntities.map((entity) => ({
  sheet: entity,
  data: sheetFromCsv(csvOf(entity)),
}));
const network = new URL('network.xlsx', folder).pathname;
await writeExcelFile(sheets).toFile(network);
console.log(`wrote ${network}`);
