import { jsonSyntaxError } from '../../src/read/json-syntax-error';

/** What `jsonSyntaxError` says of the error `JSON.parse(text)` really throws on this Node. */
function describeFailure(text: string): ReturnType<typeof jsonSyntaxError> {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonSyntaxError(text, error);
  }
  throw new Error(`${JSON.stringify(text)} parsed`);
}

describe('jsonSyntaxError', () => {
  test('V8 states a position: it becomes line and column, and the problem drops the position', () => {
    expect(describeFailure('{\n  "a": 1\n  "b": 2\n}')).toEqual({ line: 3, column: 3, problem: "expected ',' or '}' after property value" });
    expect(describeFailure('{"a": 1,}')).toEqual({ line: 1, column: 9, problem: 'expected double-quoted property name' });
    expect(describeFailure('[1, 2] x')).toEqual({ line: 1, column: 8, problem: 'unexpected non-whitespace character after JSON' });
  });

  test('V8 states no position for an unexpected token: the first error jsonc-parser finds (comments are errors too)', () => {
    expect(describeFailure("{\n  \"a\": 'x'\n}")).toEqual({ line: 2, column: 8, problem: "unexpected token '''" });
    expect(describeFailure('{\n  // a comment\n  "a": 1\n}')).toMatchObject({ line: 2, column: 3 });
  });

  test('the problem never echoes the input (it may be megabytes, or secrets)', () => {
    const secret = `{"token": "${'s'.repeat(500)}" oops}`;
    const { problem } = describeFailure(secret);
    expect(problem).not.toContain('sss');
    expect(problem.length).toBeLessThan(80);
  });

  test('a whitespace or control token is named, never printed raw (a raw line break would end the one-line error)', () => {
    expect(describeFailure('{\n  "a": tru\n}')).toEqual({ line: 2, column: 8, problem: 'unexpected token (a line break)' });
    expect(describeFailure('{"a": tru\t}').problem).toBe('unexpected token (a tab)');
  });

  test('input that ends early is reported at the end of its content, not past trailing blank lines', () => {
    expect(describeFailure('{"a": [1, 2\n\n\n')).toEqual({ line: 1, column: 12, problem: expect.stringMatching(/^(expected ',' or ']' after array element|unexpected end of JSON input)$/) });
    expect(describeFailure('')).toEqual({ line: 1, column: 1, problem: 'unexpected end of JSON input' });
  });

  test('an error that is not an Error is used as the problem as it is', () => {
    expect(jsonSyntaxError('{', 'parser gave up')).toEqual({ line: 1, column: 2, problem: 'parser gave up' });
  });
});
