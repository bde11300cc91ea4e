import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ClientGoneError } from '../../src/server/admission.js';
import { DatabaseUnavailableError } from '../../src/graph/errors.js';
import { isUnexpected } from '../../src/server/plugins/request-id.js';

/** As graphql-js hands a resolver's error to plugins: wrapped, the thrown value as originalError. */
const wrapped = (original: Error) => new GraphQLError(original.message, { originalError: original });

describe('which errors are logged as unexpected', () => {
  it('logs what has no code, or an internal one', () => {
    expect(isUnexpected(wrapped(new TypeError('x is undefined')))).toBe(true);
    expect(isUnexpected(new GraphQLError('boom', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }))).toBe(true);
  });

  it("leaves out the client's mistakes, outages, and a client that went away", () => {
    expect(isUnexpected(new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT' } }))).toBe(false);
    expect(isUnexpected(wrapped(new DatabaseUnavailableError('down')))).toBe(false);
    expect(isUnexpected(wrapped(new ClientGoneError('gone')))).toBe(false);
    // Apollo's own refusal of a persisted query whose hash does not match: a 400, no code.
    expect(isUnexpected(new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } }))).toBe(false);
  });
});
