import { tokenLabel } from './random.js';
export function identify(state, header) {
    const anonymous = { core: state.scenario.limits.unauthenticated, graphql: 0 };
    if (!header)
        return { token: null, label: 'none', login: '', viewerId: 0, limits: anonymous, valid: true };
    const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
    const token = m?.[1] ?? header;
    const index = state.scenario.tokens.findIndex((t) => t.token === token);
    const known = state.scenario.tokens[index];
    if (!m || !known)
        return { token, label: tokenLabel(token), login: '', viewerId: 0, limits: anonymous, valid: false };
    return { token, label: tokenLabel(token), login: known.login, viewerId: 1000 + index, limits: { core: known.rest, graphql: known.graphql }, valid: true };
}
export function readBody(req, max = 1_000_000) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        req.on('data', (c) => {
            size += c.length;
            if (size > max)
                reject(new Error('body too large'));
            else
                chunks.push(c);
        });
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        req.on('error', reject);
    });
}
//# sourceMappingURL=caller.js.map