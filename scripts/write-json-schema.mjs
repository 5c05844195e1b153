// Writes the JSON Schema of the current edition beside the build, for the package's ./schema.json export.
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../dist/index.js';

writeFileSync(
  new URL('../dist/report.schema.json', import.meta.url),
  `${JSON.stringify(reportJsonSchema(), null, 2)}\n`,
);
