import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLAbstractType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/*
 * Type checks by shape, not instanceof: the schema may come from another copy of
 * graphql-js than this module (Apollo's build versus a test runner's), and graphql-js's
 * own is*Type helpers throw across copies.
 */
type AnyType = { ofType?: AnyType; constructor: { name: string }; name?: string };
const nullable = (t: AnyType) => (t.constructor.name === 'GraphQLNonNull' && t.ofType ? t.ofType : t);
const named = (t: AnyType): AnyType => (t.ofType ? named(t.ofType) : t);
const isList = (t: AnyType) => nullable(t).constructor.name === 'GraphQLList';
const isAbstract = (t: AnyType) => t.constructor.name === 'GraphQLInterfaceType' || t.constructor.name === 'GraphQLUnionType';
const isComposite = (t: AnyType) => isAbstract(t) || t.constructor.name === 'GraphQLObjectType';

export interface ComplexityLimits {
  /** Largest estimated number of values a response may hold. */
  maxComplexity: number;
  /** Most aliased fields in one operation. */
  maxAliases: number;
  /** `first` above this is refused by the resolvers with its own message, so it counts as this. */
  maxPageSize: number;
  /** `limit` of a neighbourhood or subgraph above this is refused the same way. */
  maxSubgraphNodes: number;
  /** Facts a neighbourhood or subgraph returns per node of its `limit`. */
  maxFactsPerNode: number;
}

/**
 * Values a field's content counts as, where one value is a short string or a number: the
 * text fields hold sentences and whole articles, and an export holds a file per node.
 */
const WEIGHTS: Record<string, number> = {
  'Sentence.text': 5,
  'Claim.text': 5,
  'Claim.sentence': 5,
  'Claim.quote': 5,
  'Article.text': 200,
  'Article.body': 200,
};
/** An export's cost per node and fact it may hold (each with its evidence sentences). */
const EXPORT_WEIGHT_PER_ITEM = 30;

function argumentNumber(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/** A numeric argument as the resolver will see it: given, from a variable, or the default. */
function numericArgument(
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  name: string,
  variables: Record<string, unknown>,
): number | undefined {
  const given = argumentNumber(node.arguments?.find((a) => a.name.value === name)?.value, variables);
  if (given !== undefined) return given;
  const declared = field.args.find((a) => a.name === name)?.defaultValue;
  return typeof declared === 'number' ? declared : undefined;
}

interface EstimateInput {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  limits: ComplexityLimits;
}

/** The numeric arguments of the field that returned the object being priced (`limit`, `maxHops`, a neighbourhood's `relationshipsPerNode`). */
type Container = { limit?: number; maxHops?: number; relationshipsPerNode?: number };

/** Facts per node a subgraph can hold: a neighbourhood's `relationshipsPerNode`, as the resolver bounds it. */
function factsPerNode(container: Container, limits: ComplexityLimits): number {
  const asked = container.relationshipsPerNode;
  return asked === undefined ? limits.maxFactsPerNode : Math.min(Math.max(asked, 1), limits.maxFactsPerNode);
}

/** How many items a list field can return, at most. */
function sizeOf(
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  parent: GraphQLObjectType,
  container: Container,
  input: EstimateInput,
): number {
  const { limits, variables } = input;
  const type = field.type as unknown as AnyType;
  const name = node.name.value;
  const key = `${parent.name}.${name}`;
  // Lists whose size the field that returned their parent set.
  if (key === 'Subgraph.nodes' || key === 'Subgraph.cutAt') return container.limit ?? limits.maxSubgraphNodes;
  if (key === 'Subgraph.relationships') return (container.limit ?? limits.maxSubgraphNodes) * factsPerNode(container, limits);
  if (key === 'Path.nodes') return (container.maxHops ?? 6) + 1;
  if (key === 'Path.relationships') return container.maxHops ?? 6;
  // A connection's `nodes` and `edges` are the page the connection was already priced for.
  if (isList(type) && /Connection$/.test(parent.name) && (name === 'nodes' || name === 'edges')) return 1;
  const isConnection = /Connection$/.test(named(type).name ?? '');
  if (!isList(type) && !isConnection) return 1;
  const first = numericArgument(node, field, 'first', variables);
  if (first !== undefined) return Math.min(Math.max(first, 0), limits.maxPageSize);
  const limit = numericArgument(node, field, 'limit', variables);
  if (limit !== undefined) return Math.min(Math.max(limit, 0), limits.maxSubgraphNodes);
  return isConnection ? 20 : limits.maxPageSize;
}

/** What a subgraph's or path's export can hold, in values. */
function exportCost(parent: GraphQLObjectType, container: Container, limits: ComplexityLimits): number {
  const items =
    parent.name === 'Path'
      ? 2 * (container.maxHops ?? 6) + 1
      : (container.limit ?? limits.maxSubgraphNodes) * (1 + factsPerNode(container, limits));
  return items * EXPORT_WEIGHT_PER_ITEM;
}

/**
 * Estimates how many values an operation can return: each field costs 1 (or its weight),
 * and a list field multiplies what is under it by the most items it can hold — its
 * `first`/`limit` argument or default, or for a neighbourhood's nodes and facts the
 * neighbourhood's own `limit`. Runs after variables are known, unlike a validation rule, so
 * `first: $n` counts. Each fragment is priced once per type and container, however often it
 * is spread.
 */
export function estimateComplexity(
  selection: SelectionSetNode,
  root: GraphQLObjectType,
  input: EstimateInput,
): { cost: number; aliases: number } {
  const memo = new Map<string, { cost: number; aliases: number }>();
  const walk = (set: SelectionSetNode, parent: GraphQLObjectType, container: Container): { cost: number; aliases: number } => {
    let cost = 0;
    let aliases = 0;
    for (const node of set.selections) {
      if (node.kind === Kind.FIELD) {
        if (node.alias) aliases += 1;
        const field = parent.getFields()[node.name.value];
        if (!field) continue; // introspection and __typename: bounded by the schema
        if (node.name.value === 'export' && (parent.name === 'Subgraph' || parent.name === 'Path')) {
          cost += exportCost(parent, container, input.limits);
          continue;
        }
        cost += WEIGHTS[`${parent.name}.${node.name.value}`] ?? 1;
        const base = named(field.type as unknown as AnyType);
        if (node.selectionSet && isComposite(base)) {
          // Every Entity type has the same fields, so any possible type prices an abstract one.
          const child = isAbstract(base)
            ? input.schema.getPossibleTypes(base as unknown as GraphQLAbstractType)[0]!
            : (base as unknown as GraphQLObjectType);
          const inner: Container = {
            limit: numericArgument(node, field, 'limit', input.variables) ?? container.limit,
            maxHops: numericArgument(node, field, 'maxHops', input.variables) ?? container.maxHops,
            relationshipsPerNode: numericArgument(node, field, 'relationshipsPerNode', input.variables) ?? container.relationshipsPerNode,
          };
          const below = walk(node.selectionSet, child, inner);
          const size = Math.max(1, sizeOf(node, field, parent, container, input));
          cost += size * below.cost;
          aliases += below.aliases;
        }
      } else if (node.kind === Kind.INLINE_FRAGMENT) {
        const type = node.typeCondition ? (input.schema.getType(node.typeCondition.name.value) as GraphQLObjectType | undefined) : parent;
        const below = walk(node.selectionSet, type ?? parent, container);
        cost += below.cost;
        aliases += below.aliases;
      } else {
        const fragment = input.fragments[node.name.value];
        if (!fragment) continue;
        const key = `${fragment.name.value}|${container.limit}|${container.maxHops}|${container.relationshipsPerNode}`;
        let priced = memo.get(key);
        if (!priced) {
          memo.set(key, { cost: 0, aliases: 0 }); // cycles are reported by validation
          const type = (input.schema.getType(fragment.typeCondition.name.value) as GraphQLObjectType | undefined) ?? parent;
          priced = walk(fragment.selectionSet, type, container);
          memo.set(key, priced);
        }
        cost += priced.cost;
        aliases += priced.aliases;
      }
    }
    return { cost, aliases };
  };
  return walk(selection, root, {});
}

const limitError = (message: string, limit: string, value: number) =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit, value, http: { status: 400 } } });

/**
 * Refuses operations with too many aliases or too high a cost, before any resolver runs,
 * then hands the cost to `admit` (which may hold the request in a queue until it is its turn).
 */
export function complexityLimitPlugin<Context extends object>(
  limits: ComplexityLimits,
  admit?: (context: Context, cost: number) => Promise<void>,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request: { variables }, contextValue }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          if (!root) return;
          const { cost, aliases } = estimateComplexity(operation.selectionSet, root, {
            schema,
            fragments,
            variables: variables ?? {},
            limits,
          });
          if (aliases > limits.maxAliases)
            throw limitError(`The operation uses ${aliases} aliases; the limit is ${limits.maxAliases}.`, 'maxAliases', limits.maxAliases);
          if (cost > limits.maxComplexity) {
            throw limitError(
              `The operation could return more than ${limits.maxComplexity} values; ask for smaller pages or fewer nested lists.`,
              'maxComplexity',
              limits.maxComplexity,
            );
          }
          await admit?.(contextValue, cost);
        },
      };
    },
  };
}
