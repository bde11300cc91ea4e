import {
  GraphQLError,
  Kind,
  type ASTNode,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface ShapeLimits {
  /** Deepest selection set of a data query. */
  maxDepth: number;
  /**
   * Deepest selection set under `__schema` / `__type`: tools' schema queries nest `ofType`
   * eight or nine times, deeper than any data query needs. graphql-js's own
   * MaxIntrospectionDepthRule keeps `fields { type { fields … } }` loops out.
   */
  maxIntrospectionDepth: number;
  /** Most field selections once every fragment spread is expanded where it stands. */
  maxFieldSelections: number;
}

/** Nesting depth and field count of a selection set, its fragments expanded. */
interface Shape {
  depth: number;
  fields: number;
}

const LEAF: Shape = { depth: 0, fields: 0 };
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * A validation rule rejecting operations nested deeper than the limits, or expanding to more
 * field selections than `maxFieldSelections`. Each fragment's shape is computed once and
 * reused wherever it is spread, so a document of fragments that each spread the next twice
 * costs time linear in its length, not in its (exponential) expansion.
 */
export function depthLimitRule(limits: ShapeLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const shapes = new Map<string, Shape>();
    const fragmentShape = (name: string): Shape => {
      const known = shapes.get(name);
      if (known) return known;
      const fragment = fragments.get(name);
      // Cycles and unknown fragments are reported by graphql-js's own rules.
      shapes.set(name, LEAF);
      const shape = fragment ? shapeOf(fragment.selectionSet) : LEAF;
      shapes.set(name, shape);
      return shape;
    };
    const shapeOf = (set: SelectionSetNode): Shape => {
      let depth = 0;
      let fields = 0;
      for (const selection of set.selections) {
        let child: Shape;
        if (selection.kind === Kind.FIELD) {
          const below = selection.selectionSet ? shapeOf(selection.selectionSet) : undefined;
          child = { depth: below ? below.depth + 1 : 0, fields: 1 + (below?.fields ?? 0) };
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          child = shapeOf(selection.selectionSet);
        } else {
          child = fragmentShape(selection.name.value);
        }
        depth = Math.max(depth, child.depth);
        fields += child.fields;
      }
      return { depth, fields };
    };

    /** Depths of the root fields, data and introspection apart; each fragment visited once. */
    const rootDepths = (set: SelectionSetNode, visited: Set<string>, out: { data: number; introspection: number }) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const depth = selection.selectionSet ? shapeOf(selection.selectionSet).depth + 1 : 0;
          if (INTROSPECTION_ROOTS.has(selection.name.value)) out.introspection = Math.max(out.introspection, depth);
          else out.data = Math.max(out.data, depth);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          rootDepths(selection.selectionSet, visited, out);
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || visited.has(fragment.name.value)) continue;
          visited.add(fragment.name.value);
          rootDepths(fragment.selectionSet, visited, out);
        }
      }
      return out;
    };

    const refuse = (message: string, limit: string, value: number, node: ASTNode) =>
      context.reportError(new GraphQLError(message, { nodes: [node], extensions: { code: 'QUERY_TOO_COMPLEX', limit, value } }));

    return {
      OperationDefinition(node) {
        const { fields } = shapeOf(node.selectionSet);
        if (fields > limits.maxFieldSelections) {
          refuse(
            `The operation expands to ${fields > 1e15 ? 'more than 10^15' : fields} field selections (each fragment counted where it is spread); the limit is ${limits.maxFieldSelections}.`,
            'maxFieldSelections',
            limits.maxFieldSelections,
            node,
          );
          return;
        }
        const depths = rootDepths(node.selectionSet, new Set(), { data: 0, introspection: 0 });
        if (depths.data > limits.maxDepth)
          refuse(`Query depth exceeds the limit of ${limits.maxDepth} nested selections.`, 'maxDepth', limits.maxDepth, node);
        if (depths.introspection > limits.maxIntrospectionDepth) {
          refuse(
            `Introspection query depth exceeds the limit of ${limits.maxIntrospectionDepth} nested selections.`,
            'maxIntrospectionDepth',
            limits.maxIntrospectionDepth,
            node,
          );
        }
      },
    };
  };
}
