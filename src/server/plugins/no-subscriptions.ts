import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * The schema has no Subscription type, so graphql-js refuses a subscription only when it
 * executes it, with an uncoded error the server would mask as internal. Refused here instead,
 * as a validation error (400) that says what to send.
 */
export function noSubscriptionsRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'subscription') return;
      context.reportError(
        new GraphQLError('This API has no subscriptions; send a query (reads) or a mutation (writes).', { nodes: [node] }),
      );
    },
  };
}
