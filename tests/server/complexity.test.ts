import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/api/limits.js';
import { estimateComplexity } from '../../src/server/plugins/complexity-limit.js';
import { loadTypeDefs } from '../../src/server/schema.js';

const schema = buildSchema(loadTypeDefs());

function costOf(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return estimateComplexity(operation.selectionSet, schema.getQueryType()!, { schema, fragments: {}, variables, limits: DEFAULT_LIMITS })
    .cost;
}

describe('the complexity estimate of a neighbourhood', () => {
  const facts = (per: string) => `{ neighborhood(id: "x", limit: 100${per}) { relationships { id } } }`;

  it('prices its facts at relationshipsPerNode per node of its limit, as the resolver bounds it', () => {
    const byDefault = costOf(facts(''));
    expect(costOf(facts(', relationshipsPerNode: 1'))).toBeLessThan(byDefault);
    expect(costOf(facts(', relationshipsPerNode: 10'))).toBeGreaterThan(byDefault);
    // Beyond the bound the resolver refuses; the estimate stays at the bound.
    expect(costOf(facts(', relationshipsPerNode: 1000'))).toBe(costOf(facts(', relationshipsPerNode: 10')));
    expect(
      costOf('query($n: Int) { neighborhood(id: "x", limit: 100, relationshipsPerNode: $n) { relationships { id } } }', { n: 1 }),
    ).toBe(costOf(facts(', relationshipsPerNode: 1')));
  });
});
