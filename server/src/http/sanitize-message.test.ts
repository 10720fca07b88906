import { describe, expect, it } from 'vitest';
import { sanitizeMessage } from './sanitize-message.js';

const bsn = '123456782';

describe('sanitizeMessage', () => {
  it('drops the value from a variable coercion error, keeping the path and the reason', () => {
    const message = `Variable "$input" got invalid value ${bsn} at "input.bsn"; String cannot represent a non string value: ${bsn}`;
    const clean = sanitizeMessage(message);
    expect(clean).toBe(
      'Variable "$input" has an invalid value at "input.bsn": String cannot represent this value.',
    );
    expect(clean).not.toContain(bsn);
  });

  it('drops a whole echoed input object', () => {
    const message = `Variable "$input" got invalid value { bsn: "${bsn}", kind: "X" }; Field "age" of required type "Int!" was not provided.`;
    expect(sanitizeMessage(message)).toBe(
      'Variable "$input" has an invalid value: Field "age" of required type "Int!" was not provided.',
    );
  });

  it('keeps the name of an unknown field but not its value', () => {
    const message = `Variable "$input" got invalid value { bsnx: "${bsn}" }; Field "bsnx" is not defined by type "RegisterCaseInput". Did you mean "bsn"?`;
    const clean = sanitizeMessage(message);
    expect(clean).toContain('Field "bsnx" is not defined by type "RegisterCaseInput".');
    expect(clean).not.toContain(bsn);
  });

  it('names the enum without the rejected value', () => {
    expect(sanitizeMessage('Value "SPACESHIP" does not exist in "OrganisationKind" enum.')).toBe(
      'Not a value of the "OrganisationKind" enum.',
    );
  });

  it('cleans literal values in a query document too', () => {
    expect(sanitizeMessage(`Expected value of type "String!", found ${bsn}.`)).toBe(
      'Expected a value of type "String!".',
    );
    expect(sanitizeMessage(`String cannot represent a non string value: ${bsn}`)).toBe(
      'String cannot represent this value.',
    );
  });

  it('does not repeat a malformed global id', () => {
    expect(sanitizeMessage(`Invalid global ID: ${bsn}`)).toBe('Invalid global ID.');
    expect(sanitizeMessage(`ID: ${bsn} is not of type: Organisation`)).toBe(
      'The ID is not of type Organisation.',
    );
  });

  it('leaves messages without values alone', () => {
    expect(sanitizeMessage('Cannot query field "foo" on type "Query".')).toBe(
      'Cannot query field "foo" on type "Query".',
    );
  });
});
