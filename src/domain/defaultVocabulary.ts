// The vocabulary a new graph starts with: the statuses of graph-data/README.md (from the
// most to the least certain) and the entity and relation types news graphs use most. The
// author edits them as the article needs; another graph's vocabulary can be used instead.
import type { EntityType, RelationGroup, RelationType, Status } from './schema';

export const DEFAULT_STATUSES: Status[] = [
  {
    id: 'stated',
    label: 'Stated',
    description: 'The article states it as fact, in its own voice.',
  },
  {
    id: 'reported',
    label: 'Reported',
    description:
      'Relayed with "reportedly", "as reported by …", "is said to", "according to reports".',
  },
  {
    id: 'alleged',
    label: 'Alleged',
    description:
      'Said "allegedly", "according to …" officials, or given as one party’s claim or accusation.',
  },
  {
    id: 'denied',
    label: 'Denied',
    description: 'A claim that a party to it denies.',
    contested: true,
  },
];

export const DEFAULT_ENTITY_TYPES: EntityType[] = [
  { id: 'person', label: 'Person', description: 'A named person.' },
  { id: 'country', label: 'Country', description: 'A sovereign state, or its government.' },
  { id: 'organization', label: 'Organisation', description: 'A company, party, body or alliance.' },
  { id: 'agency', label: 'Agency', description: 'A government, military or intelligence agency.' },
  { id: 'place', label: 'Place', description: 'A city, region, site or route.' },
  { id: 'event', label: 'Event', description: 'A meeting, summit, attack or election.' },
];

export const DEFAULT_RELATION_GROUPS: RelationGroup[] = [
  {
    id: 'cooperation',
    label: 'Cooperation',
    description: 'Alliances, support, supplies and meetings.',
  },
  {
    id: 'conflict',
    label: 'Conflict',
    description: 'Rivalry, opposition, attacks and accusations.',
  },
  {
    id: 'structure',
    label: 'Structure',
    description: 'Who leads what, belongs where, takes part.',
  },
];

const rel = (
  id: string,
  label: string,
  description: string,
  directed: boolean,
  group: string,
): RelationType => ({ id, label, description, directed, group });

export const DEFAULT_RELATION_TYPES: RelationType[] = [
  rel(
    'allies_with',
    'allies with',
    'The two cooperate as partners or allies.',
    false,
    'cooperation',
  ),
  rel('rivals_with', 'rivals with', 'The two compete or are in tension.', false, 'conflict'),
  rel('meets', 'meets', 'The two meet or talk.', false, 'cooperation'),
  rel(
    'supplies',
    'supplies',
    'The source provides weapons, goods or money to the target.',
    true,
    'cooperation',
  ),
  rel(
    'supports',
    'supports',
    'The source backs the target politically or otherwise.',
    true,
    'cooperation',
  ),
  rel('opposes', 'opposes', 'The source acts or speaks against the target.', true, 'conflict'),
  rel('attacks', 'attacks', 'The source attacks the target.', true, 'conflict'),
  rel('accuses', 'accuses', 'The source accuses the target of something.', true, 'conflict'),
  rel('leads', 'leads', 'The source heads the target.', true, 'structure'),
  rel('member_of', 'member of', 'The source belongs to the target.', true, 'structure'),
  rel('located_in', 'located in', 'The source is in the target place.', true, 'structure'),
  rel(
    'participates_in',
    'participates in',
    'The source takes part in the target event.',
    true,
    'structure',
  ),
];
