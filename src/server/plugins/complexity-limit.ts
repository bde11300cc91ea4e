import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLAbstractType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema, type SelectionSetNode, type ValueNode } from 'graphql';

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

interface EstimateInput {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Stop counting once the cost passes this. */
  stop: number;
  maxPage: number;
}

/** How many items a list field can return: its `first`/`limit` (or default), at most a page. */
function pageOf(node: FieldNode, field: GraphQLField<unknown, unknown>, parent: GraphQLObjectType, input: EstimateInput): number {
  const type = field.type as unknown as AnyType;
  // A connection's `nodes` and `edges` are the page the connection was already priced for.
  if (isList(type) && /Connection$/.test(parent.name) && (node.name.value === 'nodes' || node.name.value === 'edges')) return 1;
  let page = 1;
  if (isList(type)) {
    const arg = node.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'limit');
    const declared = field.args.find((a) => a.name === 'first' || a.name === 'limit');
    page = argumentNumber(arg?.value, input.variables) ?? (typeof declared?.defaultValue === 'number' ? declared.defaultValue : 10);
  } else if (/Connection$/.test(named(type).name ?? '')) {
    const arg = node.arguments?.find((a) => a.name.value === 'first');
    page = argumentNumber(arg?.value, input.variables) ?? 20;
  }
  return Math.min(page, input.maxPage);
}

/**
 * Estimates how many values an operation can return: each field costs 1, and a list
 * field multiplies what is under it by its `first`/`limit` argument (or its default).
 * Runs after variables are known, unlike a validation rule, so `first: $n` counts.
 */
export function estimateComplexity(selection: SelectionSetNode, root: GraphQLObjectType, input: EstimateInput): { cost: number; aliases: number } {
  const seen = new Set<string>();
  let aliases = 0;
  const walk = (set: SelectionSetNode, parent: GraphQLObjectType): number => {
    let cost = 0;
    for (const node of set.selections) {
      if (cost > input.stop) break;
      if (node.kind === Kind.FIELD) {
        if (node.alias) aliases += 1;
        const field = parent.getFields()[node.name.value];
        if (!field) continue;
        cost += 1;
        const base = named(field.type as unknown as AnyType);
        if (node.selectionSet && isComposite(base)) {
          // Every Entity type has the same fields, so any possible type prices an abstract one.
          const child = isAbstract(base) ? input.schema.getPossibleTypes(base as unknown as GraphQLAbstractType)[0]! : (base as unknown as GraphQLObjectType);
          cost += Math.max(1, pageOf(node, field, parent, input)) * walk(node.selectionSet, child);
        }
      } else if (node.kind === Kind.INLINE_FRAGMENT) {
        const type = node.typeCondition ? (input.schema.getType(node.typeCondition.name.value) as GraphQLObjectType | undefined) : parent;
        cost += walk(node.selectionSet, type ?? parent);
      } else {
        const fragment = input.fragments[node.name.value];
        if (!fragment || seen.has(fragment.name.value)) continue; // cycles are reported by validation
        seen.add(fragment.name.value);
        cost += walk(fragment.selectionSet, (input.schema.getType(fragment.typeCondition.name.value) as GraphQLObjectType | undefined) ?? parent);
        seen.delete(fragment.name.value);
      }
    }
    return cost;
  };
  const cost = walk(selection, root);
  return { cost, aliases };
}

const limitError = (message: string, limit: string, value: number) =>
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
          const { cost, aliases } = estimateComplexity(operation.selectionSet, root, { schema, fragments, variables: variables ?? {}, stop: limits.maxComplexity, maxPage: limits.maxPageSize });
          if (aliases > limits.maxAliases) throw limitError(`The operation uses ${aliases} aliases; the limit is ${limits.maxAliases}.`, 'maxAliases', limits.maxAliases);
          if (cost > limits.maxComplexity) {
            throw limitError(`The operation could return more than ${limits.maxComplexity} values; ask for smaller pages or fewer nested lists.`, 'maxComplexity', limits.maxComplexity);
          }
        },
      };
    },
  };
}
