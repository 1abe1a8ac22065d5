export function json(status, body, extra = {}) {
    return { status, headers: {}, body, charged: true, ...extra };
}
//# sourceMappingURL=response.js.map