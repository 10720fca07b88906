/**
 * graphql-js quotes rejected input values in its error messages ("Variable "$input" got invalid
 * value {…, bsn: 123456782}"). Values a client sends may identify a young person, so no error
 * that leaves the server repeats them: known message shapes are rewritten without the value,
 * keeping where the problem is (variable, path, type) and what kind of problem it is.
 */
export function sanitizeMessage(message: string): string {
  const variable =
    /^Variable "(\$\w+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/.exec(message);
  if (variable) {
    const [, name, path, reason = ''] = variable;
    const where = path ? ` at "${path}"` : '';
    return `Variable "${name}" has an invalid value${where}: ${sanitizeReason(reason)}`;
  }
  return sanitizeReason(message);
}

function sanitizeReason(reason: string): string {
  const notProvided = /^Field "[\w.]+" of required type "[^"]+" was not provided\.$/.exec(reason);
  if (notProvided) return reason;
  const notDefined = /^Field "\w+" is not defined by type "\w+"\./.exec(reason);
  if (notDefined) return notDefined[0];
  const cannotRepresent = /^(\w+) cannot represent (?:a )?non[- ][\w-]+ value/.exec(reason);
  if (cannotRepresent) return `${cannotRepresent[1]} cannot represent this value.`;
  const enumValue = /does not exist in "(\w+)" enum/.exec(reason);
  if (enumValue) return `Not a value of the "${enumValue[1]}" enum.`;
  const expected = /^Expected value of type "([^"]+)", found /.exec(reason);
  if (expected) return `Expected a value of type "${expected[1]}".`;
  const expectedObject = /^Expected type "(\w+)" to be an object\.$/.exec(reason);
  if (expectedObject) return reason;
  if (/^Invalid global ID: /.test(reason)) return 'Invalid global ID.';
  const wrongType = /^ID: [\s\S]* is not of type: ([\w, ]+)$/.exec(reason);
  if (wrongType) return `The ID is not of type ${wrongType[1]}.`;
  if (/got invalid value|found|value:|represent/i.test(reason)) return 'Invalid value.';
  return reason;
}
