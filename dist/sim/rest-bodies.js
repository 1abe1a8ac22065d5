// Error bodies exactly as GitHub sends them (github-api.md; @octokit/fixtures recordings).
export const DOCS = 'https://docs.github.com/rest';
export function notFound(doc = 'https://docs.github.com/rest/repos/repos#get-a-repository') {
    return { message: 'Not Found', documentation_url: doc, status: '404' };
}
export function movedPermanently(location) {
    return { message: 'Moved Permanently', url: location, documentation_url: 'https://docs.github.com/v3/#http-redirects' };
}
export function accessBlocked(reason, createdAt, htmlUrl) {
    return { message: 'Repository access blocked', block: { reason, created_at: createdAt, html_url: htmlUrl } };
}
export const BAD_CREDENTIALS = { message: 'Bad credentials', documentation_url: DOCS, status: '401' };
export const GRAPHQL_UNAUTHENTICATED = {
    message: 'This endpoint requires you to be authenticated.',
    documentation_url: 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql',
};
export const EMPTY_REPOSITORY = {
    message: 'Git Repository is empty.',
    documentation_url: 'https://docs.github.com/rest/commits/commits#list-commits',
    status: '409',
};
export function primaryLimitBody(who, authenticated) {
    const extra = authenticated
        ? ''
        : " (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)";
    return {
        message: `API rate limit exceeded for ${who}.${extra}`,
        documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
    };
}
export const SECONDARY_LIMIT = {
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
    documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    status: '403',
};
export function serverError(status) {
    const text = { 500: 'Server Error', 502: 'Server Error', 503: 'Service Unavailable', 504: 'We couldn\'t respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.' };
    return { message: text[status] ?? 'Server Error' };
}
//# sourceMappingURL=rest-bodies.js.map