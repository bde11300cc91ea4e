import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type GraphQLAbstractType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, type SelectionSetNode, type ValueNode } from 'graphql';

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
}

function argumentNumber(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/**
 * Estimates how many values an operation can return: each field costs 1, and a list
 * field multiplies what is under it by its `first`/`limit` argument (or its default).
 * Runs after variables are known, unlike a validation rule, so `first: $n` counts.
 */
export function estimateComplexity(schema: GraphQLSchema, selection: SelectionSetNode, parent: GraphQLObjectType, fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown>, stop: number, maxPage: number, seen = new Set<string>()): { cost: number; aliases: number } {
  let cost = 0;
  let aliases = 0;
  for (const node of selection.selections) {
    if (cost > stop) break;
    if (node.kind === Kind.FIELD) {
      if (node.alias) aliases += 1;
      const field: GraphQLField<unknown, unknown> | undefined = parent.getFields()[node.name.value];
      if (!field) continue;
      const type = field.type as unknown as AnyType;
      const base = named(type);
      let multiplier = 1;
      // A connection's `nodes` and `edges` are the page the connection was already priced for.
      if (isList(type) && /Connection$/.test(parent.name) && (node.name.value === 'nodes' || node.name.value === 'edges')) {
        multiplier = 1;
      } else if (isList(type)) {
        const arg = node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'limit');
        const declared = field.args.find((a) => a.name === 'first' || a.name === 'limit');
        multiplier = argumentNumber(arg?.value, variables) ?? (typeof declared?.defaultValue === 'number' ? declared.defaultValue : 10);
      } else if (/Connection$/.test(base.name ?? '')) {
        const arg = node.arguments?.find((a) => a.name.value === 'first');
        multiplier = argumentNumber(arg?.value, variables) ?? 20;
      }
      multiplier = Math.min(multiplier, maxPage);
      cost += 1;
      if (node.selectionSet && isComposite(base)) {
        // Every Entity type has the same fields, so any possible type prices an abstract one.
        const child = isAbstract(base) ? schema.getPossibleTypes(base as unknown as GraphQLAbstractType)[0]! : (base as unknown as GraphQLObjectType);
        const inner = estimateComplexity(schema, node.selectionSet, child, fragments, variables, stop, maxPage, seen);
        cost += Math.max(1, multiplier) * inner.cost;
        aliases += inner.aliases;
      }
    } else if (node.kind === Kind.INLINE_FRAGMENT) {
      const type = node.typeCondition ? (schema.getType(node.typeCondition.name.value) as GraphQLObjectType) : parent;
      const inner = estimateComplexity(schema, node.selectionSet, type ?? parent, fragments, variables, stop, maxPage, seen);
      cost += inner.cost;
      aliases += inner.aliases;
    } else {
      const fragment = fragments[node.name.value];
      if (!fragment || seen.has(fragment.name.value)) continue; // cycles are reported by validation
      seen.add(fragment.name.value);
      const type = (schema.getType(fragment.typeCondition.name.value) as GraphQLObjectType) ?? parent;
      const inner = estimateComplexity(schema, fragment.selectionSet, type, fragments, variables, stop, maxPage, seen);
      seen.delete(fragment.name.value);
      cost += inner.cost;
      aliases += inner.aliases;
    }
  }
  return { cost, aliases };
}

export const limitError = (message: string, limit: string, value: number) =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit, value, http: { status: 400 } } });

/** Refuses operations with too many aliases or too high a cost, before any resolver runs. */
export function complexityLimitPlugin(limits: ComplexityLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, schema, request: { variables } }) {
          if (!operation) return;
          const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
          const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          if (!root) return;
          const { cost, aliases } = estimateComplexity(schema, operation.selectionSet, root, fragments, variables ?? {}, limits.maxComplexity, limits.maxPageSize);
          if (aliases > limits.maxAliases) throw limitError(`The operation uses ${aliases} aliases; the limit is ${limits.maxAliases}.`, 'maxAliases', limits.maxAliases);
          if (cost > limits.maxComplexity) {
            throw limitError(`The operation could return more than ${limits.maxComplexity} values; ask for smaller pages or fewer nested lists.`, 'maxComplexity', limits.maxComplexity);
          }
        },
      };
    },
  };
}
