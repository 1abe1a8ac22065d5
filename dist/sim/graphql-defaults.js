// Fields the simulator does not model still answer: a valid query must never fail because of them.
// Nullable fields give null; non-null ones a neutral value of their type (false, 0, "", an empty
// connection, the first enum value…), so the rest of the alias keeps its data.
import { defaultFieldResolver, getNamedType, getNullableType, isEnumType, isListType, isNonNullType, isObjectType, isScalarType, } from 'graphql';
const EMPTY_PAGE = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };
function neutral(type) {
    const inner = getNullableType(type);
    if (isListType(inner))
        return [];
    if (isEnumType(inner))
        return inner.getValues()[0]?.value ?? null;
    if (isScalarType(inner)) {
        switch (inner.name) {
            case 'Boolean':
                return false;
            case 'Int':
            case 'Float':
                return 0;
            case 'DateTime':
            case 'Date':
                return '1970-01-01T00:00:00Z';
            case 'URI':
                return 'https://github.com/';
            default:
                return '';
        }
    }
    const named = getNamedType(inner);
    if (isObjectType(named) && named.name.endsWith('Connection'))
        return { totalCount: 0, nodes: [], edges: [], pageInfo: EMPTY_PAGE };
    if (isObjectType(named) && named.name === 'PageInfo')
        return EMPTY_PAGE;
    // An object with only neutral fields; abstract types are not given a made-up concrete type.
    return isObjectType(named) ? {} : null;
}
export const fieldResolver = (source, args, context, info) => {
    const value = defaultFieldResolver(source, args, context, info);
    if (value !== undefined)
        return value;
    return isNonNullType(info.returnType) ? neutral(info.returnType) : null;
};
//# sourceMappingURL=graphql-defaults.js.map