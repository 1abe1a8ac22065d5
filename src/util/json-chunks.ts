// JSON.stringify(value, null, 2)'s text in pieces: the long arrays of a top-level object written
// element by element, so a file of 200,000 repositories is written without ever holding its
// whole text (snapshot.json, `harvest --out`).

/**
 * The same bytes as JSON.stringify(Object.fromEntries(entries), null, 2): one piece per element of
 * the arrays under the keys in `streamed`, one per other field. `item(key, element)`: what is
 * written for an element (default: itself). Entries whose value is undefined are left out, as
 * JSON.stringify leaves them out.
 */
export function* prettyJsonChunks(entries: readonly (readonly [string, unknown])[], streamed: ReadonlySet<string>, item: (key: string, element: unknown) => unknown = (_, e) => e): Generator<string> {
  const kept = entries.filter(([, v]) => v !== undefined);
  const indent = (text: string, by: string): string => text.replace(/\n/g, `\n${by}`);
  yield '{\n';
  for (const [i, [key, value]] of kept.entries()) {
    const comma = i < kept.length - 1 ? ',' : '';
    if (streamed.has(key) && Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      const last = value.length - 1;
      let j = 0;
      for (const element of value as Iterable<unknown>) {
        yield `    ${indent(JSON.stringify(item(key, element), null, 2), '    ')}${j++ < last ? ',' : ''}\n`;
      }
      yield `  ]${comma}\n`;
    } else yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}${comma}\n`;
  }
  yield '}\n';
}
