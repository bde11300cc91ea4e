import { buildSchema, GraphQLEnumType, GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PREDICATES } from '../../src/extract/types.js';
import { FACT_TYPES } from '../../src/graph/queries/graph.js';
import { loadTypeDefs } from '../../src/server/schema.js';

describe('the relationship types have one source, the schema', () => {
  const schema = buildSchema(loadTypeDefs());
  const enumType = schema.getType('RelationshipType');

  it('is an enum in the SDL that every type argument and field uses', () => {
    expect(enumType).toBeInstanceOf(GraphQLEnumType);
    const args = schema.getQueryType()!.getFields()['relationships']!.args;
    expect(String(args.find((a) => a.name === 'types')!.type)).toBe('[RelationshipType!]');
    expect(String((schema.getType('Relationship') as GraphQLObjectType).getFields()['type']!.type)).toBe('RelationshipType!');
  });

  it('gives the extractor and the graph layer exactly its values', () => {
    const values = (enumType as GraphQLEnumType).getValues().map((v) => v.value as string);
    expect([...PREDICATES].sort()).toEqual([...values].sort());
    expect(FACT_TYPES).toBe(PREDICATES);
  });
});
