// GitHub's GraphQL server is graphql-ruby: its validation messages and error shape differ from
// graphql-js. We validate with graphql-js against GitHub's schema, then restate the common errors
// as GitHub words them: `{ message, locations, path: ["query Name", "alias", …], extensions: { code, … } }`.
import { Kind, visit } from 'graphql';
function label(node) {
    switch (node.kind) {
        case Kind.OPERATION_DEFINITION:
            return node.name ? `${node.operation} ${node.name.value}` : node.operation;
        case Kind.FRAGMENT_DEFINITION:
            return `fragment ${node.name.value}`;
        case Kind.FIELD:
            return node.alias?.value ?? node.name.value;
        case Kind.INLINE_FRAGMENT:
            return node.typeCondition ? `... on ${node.typeCondition.name.value}` : '...';
        case Kind.ARGUMENT:
            return node.name.value;
        default:
            return null;
    }
}
/** The graphql-ruby style path of a node: its labelled ancestors from the operation down. */
export function pathOf(doc, target) {
    let found = [];
    const stack = [];
    visit(doc, {
        enter(node) {
            const l = label(node);
            if (l !== null)
                stack.push(l);
            if (node === target)
                found = [...stack];
        },
        leave(node) {
            if (label(node) !== null)
                stack.pop();
        },
    });
    return found;
}
const RULES = [
    [/^Cannot query field "([^"]+)" on type "([^"]+)"\./, (m) => ({
            message: `Field '${m[1]}' doesn't exist on type '${m[2]}'`,
            extensions: { code: 'undefinedField', typeName: m[2], fieldName: m[1] },
        })],
    [/^Unknown argument "([^"]+)" on field "(?:[^".]+\.)?([^"]+)"\./, (m) => ({
            message: `Field '${m[2]}' doesn't accept argument '${m[1]}'`,
            extensions: { code: 'argumentNotAccepted', name: m[2], typeName: 'Field', argumentName: m[1] },
        })],
    [/^Field "(?:[^".]+\.)?([^"]+)" argument "([^"]+)" of type "[^"]+" is required, but it was not provided\./, (m) => ({
            message: `Field '${m[1]}' is missing required arguments: ${m[2]}`,
            extensions: { code: 'missingRequiredArguments', className: 'Field', name: m[1], arguments: m[2] },
        })],
    [/^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields/, (m) => ({
            message: `Field must have selections (field '${m[1]}' returns ${m[2].replace(/[!\[\]]/g, '')} but has no selections. Did you mean '${m[1]} { ... }'?)`,
            extensions: { code: 'selectionMismatch', nodeName: `field '${m[1]}'`, typeName: m[2].replace(/[!\[\]]/g, '') },
        })],
    [/^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\./, (m) => ({
            message: `Selections can't be made on scalars (field '${m[1]}' returns ${m[2]} but has selections)`,
            extensions: { code: 'selectionMismatch', nodeName: `field '${m[1]}'`, typeName: m[2] },
        })],
    [/^Unknown type "([^"]+)"\./, (m) => ({
            message: `No such type ${m[1]}, so it can't be a fragment condition`,
            extensions: { code: 'undefinedType', typeName: m[1] },
        })],
    [/^Variable "\$([^"]+)" is never used(?: in operation "([^"]+)")?\./, (m) => ({
            message: `Variable $${m[1]} is declared by ${m[2] ?? 'anonymous query'} but not used`,
            extensions: { code: 'variableNotUsed', variableName: m[1] },
        })],
    [/^Variable "\$([^"]+)" is not defined(?: by operation "([^"]+)")?\./, (m) => ({
            message: `Variable $${m[1]} is used by ${m[2] ?? 'anonymous query'} but not declared`,
            extensions: { code: 'variableNotDefined', variableName: m[1] },
        })],
];
/** A graphql-js validation error restated as GitHub would send it. */
export function githubValidationError(doc, err) {
    const locations = err.locations?.map((l) => ({ line: l.line, column: l.column }));
    const node = err.nodes?.[0];
    const path = node ? pathOf(doc, node) : [];
    for (const [re, make] of RULES) {
        const m = re.exec(err.message);
        if (!m)
            continue;
        const { message, extensions } = make(m);
        // GitHub's key order (recorded answers): path, extensions, locations, message.
        return { path, extensions, ...(locations ? { locations } : {}), message };
    }
    // Rules without a known graphql-ruby wording keep graphql-js's message.
    return { path, ...(locations ? { locations } : {}), message: err.message };
}
const PUNCTUATORS = {
    '{': 'LCURLY', '}': 'RCURLY', '(': 'LPAREN', ')': 'RPAREN', '[': 'LBRACKET', ']': 'RBRACKET',
    ':': 'COLON', '=': 'EQUALS', '!': 'BANG', $: 'VAR_SIGN', '...': 'ELLIPSIS', '@': 'DIR_SIGN', '|': 'PIPE',
};
/** A graphql-js syntax error as graphql-ruby's parser reports it. */
export function githubParseError(err) {
    const loc = err.locations?.[0] ?? { line: 1, column: 1 };
    // graphql-js: `Syntax Error: Unexpected "}".`, `Expected Name, found <EOF>.`, `Unexpected Name "x".`
    const m = /(?:found|Unexpected) (?:[A-Za-z]+ )?(?:"([^"]*)"|(<EOF>)|(\S+?))\.?$/.exec(err.message);
    const token = m?.[1] ?? m?.[3];
    let message;
    if (m?.[2])
        message = 'Unexpected end of document';
    else if (!m || token === undefined)
        message = `Parse error at [${loc.line}, ${loc.column}]: ${err.message.replace(/^Syntax Error: /, '')}`;
    else if (PUNCTUATORS[token])
        message = `Parse error on "${token}" (${PUNCTUATORS[token]}) at [${loc.line}, ${loc.column}]`;
    else if (/^[_A-Za-z][_0-9A-Za-z]*$/.test(token))
        message = `Parse error on "${token}" (IDENTIFIER) at [${loc.line}, ${loc.column}]`;
    else
        message = `Parse error on ${token} at [${loc.line}, ${loc.column}]`;
    return { message, locations: [{ line: loc.line, column: loc.column }] };
}
//# sourceMappingURL=graphql-errors.js.map