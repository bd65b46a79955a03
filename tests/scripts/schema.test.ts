// graph-data/graph.schema.json is generated from the zod schema; this fails when someone
// changes src/domain/schema.ts and forgets to regenerate it.
import { readFileSync } from 'node:fs';
import { buildJsonSchemaText, SCHEMA_PATH } from '../../scripts/buildJsonSchema';

const checkedIn = readFileSync(new URL(`../../${SCHEMA_PATH}`, import.meta.url), 'utf8');

it('matches the zod schema', () => {
  expect(checkedIn === buildJsonSchemaText(), `${SCHEMA_PATH} is stale: run npm run schema`).toBe(
    true,
  );
});

it('describes the format for editors: strict objects, integer offsets, descriptions', () => {
  const schema = JSON.parse(checkedIn);
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.additionalProperties).toBe(false);
  const evidence = schema.properties.edges.items.properties.evidence.items;
  expect(evidence.properties.start).toMatchObject({ type: 'integer', minimum: 0 });
  expect(evidence.properties.quote.description).toBe('exactly text.slice(start, end)');
  expect(schema.properties.sources.items.properties.url.format).toBe('uri');
});
