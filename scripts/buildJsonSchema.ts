// The JSON Schema of the graph format, derived from the zod schema so the two cannot disagree.
// Editors use it (a graph file's "$schema": "./graph.schema.json") to complete and check keys
// as the file is written; export-schema.ts writes it, and a test fails when it is stale.
import { z } from 'zod';
import { graphSchema } from '../src/domain/schema';

/** Path of the checked-in schema, relative to the repository root. */
export const SCHEMA_PATH = 'graph-data/graph.schema.json';

/** The schema as it should be on disk: 2-space JSON with a trailing newline. */
export function buildJsonSchemaText(): string {
  // Draft 2020-12 is zod's default and what current editors understand. No $id: the schema
  // has no stable public URL, and graph files point at it by relative path.
  const generated = z.toJSONSchema(graphSchema, { target: 'draft-2020-12', io: 'input' });
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    title: 'News knowledge graph',
    description:
      'A knowledge graph of a news article in which every entity and relation cites the ' +
      "article's own words (evidence offsets into a source text). Generated from " +
      'src/domain/schema.ts by `npm run schema`; do not edit by hand.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
