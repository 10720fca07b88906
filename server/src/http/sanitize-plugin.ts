import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { sanitizeMessage } from './sanitize-message.js';

/**
 * Validation errors (a literal of the wrong type in the query document) bypass masking, and
 * graphql-js quotes the literal in them: rewrite them without the value before they leave.
 */
export function useSanitizedValidationErrors(): Plugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        setResult(
          result.map(
            (error) =>
              new GraphQLError(sanitizeMessage(error.message), {
                nodes: error.nodes,
                extensions: error.extensions,
              }),
          ),
        );
      };
    },
  };
}
