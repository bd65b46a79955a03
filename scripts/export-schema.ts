// Entry point of `npm run schema`: writes graph-data/graph.schema.json from the zod schema.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildJsonSchemaText, SCHEMA_PATH } from './buildJsonSchema';

export { buildJsonSchemaText };

const target = fileURLToPath(new URL(`../${SCHEMA_PATH}`, import.meta.url));
writeFileSync(target, buildJsonSchemaText());
console.log(`wrote ${SCHEMA_PATH}`);
