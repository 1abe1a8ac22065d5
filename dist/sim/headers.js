// Headers every GitHub API answer carries (taken from the @octokit/fixtures recordings).
const EXPOSE = 'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset';
export function commonHeaders(now, requestId, authenticated) {
    const hex = requestId.toString(16).toUpperCase().padStart(8, '0');
    const headers = {
        'access-control-allow-origin': '*',
        'access-control-expose-headers': EXPOSE,
        'content-security-policy': "default-src 'none'",
        'content-type': 'application/json; charset=utf-8',
        date: new Date(now).toUTCString(),
        'referrer-policy': 'origin-when-cross-origin, strict-origin-when-cross-origin',
        'strict-transport-security': 'max-age=31536000; includeSubdomains; preload',
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'deny',
        'x-github-api-version-selected': '2022-11-28',
        'x-github-media-type': 'github.v3; format=json',
        'x-github-request-id': `SIM0:${hex}:0000000:0000000:00000000`,
        'x-xss-protection': '0',
    };
    if (authenticated) {
        headers['x-oauth-scopes'] = '';
        headers['x-accepted-oauth-scopes'] = '';
    }
    return headers;
}
//# sourceMappingURL=headers.js.map