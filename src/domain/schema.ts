// The graph file format, defined once with zod. The app, the validator CLI and the JSON
// Schema export all derive from these definitions, so there is one source of truth.
// Cross-references (edge endpoints, evidence offsets, ...) are checked in validate.ts:
// zod checks the shape of each piece, not how the pieces fit together.
// First: zod must be told before any schema is built that it may not compile code (CSP).
import './zodConfig';
import { z } from 'zod';

const id = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]*$/,
    'ids are lowercase letters, digits, "-" and "_", starting with a letter or digit',
  );

export const evidenceSchema = z
  .object({
    source: id.describe('id of the source whose text the offsets index'),
    start: z.number().int().nonnegative().describe('UTF-16 index of the first character'),
    end: z.number().int().nonnegative().describe('UTF-16 index one past the last character'),
    quote: z.string().min(1).describe('exactly text.slice(start, end)'),
    // The words around the quote (W3C TextQuoteSelector's prefix/suffix), so that the quote
    // can be found again when the text changes a little (domain/anchors.ts).
    prefix: z.string().optional().describe('the text just before the quote (up to 32 characters)'),
    suffix: z.string().optional().describe('the text just after the quote (up to 32 characters)'),
  })
  .strict();

export const sourceSchema = z
  .object({
    id,
    title: z.string().min(1),
    publisher: z.string().min(1).optional(),
    published: z.string().min(1).optional().describe('publication date, ISO 8601 preferred'),
    url: z.url().optional(),
    file: z.string().min(1).optional().describe('path of the text, relative to the graph file'),
    text: z.string().min(1).optional().describe('the text itself, when not in a file'),
  })
  .strict();

const typeFields = {
  id,
  label: z.string().min(1),
  description: z.string().min(1),
};

export const entityTypeSchema = z.object(typeFields).strict();

export const relationGroupSchema = z
  .object(typeFields)
  .strict()
  .describe('a family of relation types the app shows and filters together (e.g. Military)');

export const relationTypeSchema = z
  .object({
    ...typeFields,
    directed: z
      .boolean()
      .describe('true: source acts on target (supplies); false: symmetric (allies with)'),
    group: id
      .optional()
      .describe('a relationGroups id; required on every relation type once groups are declared'),
  })
  .strict();

export const statusSchema = z
  .object({
    ...typeFields,
    contested: z
      .boolean()
      .optional()
      .describe('true when a party to the claim disputes it (e.g. "a claim Tehran denies")'),
  })
  .strict();

export const nodeSchema = z
  .object({
    id,
    label: z.string().min(1),
    type: id.describe('an entityTypes id'),
    aliases: z.array(z.string().min(1)).describe('other names the article uses'),
    summary: z.string().min(1).describe("one or two sentences in the graph author's words"),
    evidence: z.array(evidenceSchema).min(1),
  })
  .strict();

export const edgeSchema = z
  .object({
    id,
    source: id.describe('a nodes id'),
    target: id.describe('a nodes id'),
    relation: id.describe('a relationTypes id'),
    label: z.string().min(1).optional().describe('what exactly, e.g. "Shahed drones"'),
    status: id.describe('a statuses id: how the article holds the claim'),
    attributedTo: z
      .array(id)
      .optional()
      .describe('nodes ids of who makes the claim ("according to U.S. officials")'),
    disputedBy: z
      .array(id)
      .optional()
      .describe('nodes ids of who disputes or denies the claim ("a claim Tehran denies")'),
    evidence: z.array(evidenceSchema).min(1),
  })
  .strict();

export const graphSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1),
    title: z.string().min(1),
    description: z.string().min(1).optional(),
    sources: z.array(sourceSchema).min(1),
    statuses: z.array(statusSchema).min(1).describe('listed from the most to the least certain'),
    entityTypes: z.array(entityTypeSchema).min(1),
    relationTypes: z.array(relationTypeSchema).min(1),
    relationGroups: z
      .array(relationGroupSchema)
      .optional()
      .describe('groups of relation types, in the order the app lists them'),
    nodes: z.array(nodeSchema),
    edges: z.array(edgeSchema),
  })
  .strict();

export type Evidence = z.infer<typeof evidenceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type EntityType = z.infer<typeof entityTypeSchema>;
export type RelationType = z.infer<typeof relationTypeSchema>;
export type RelationGroup = z.infer<typeof relationGroupSchema>;
export type Status = z.infer<typeof statusSchema>;
export type GraphNode = z.infer<typeof nodeSchema>;
export type GraphEdge = z.infer<typeof edgeSchema>;
export type GraphFile = z.infer<typeof graphSchema>;
