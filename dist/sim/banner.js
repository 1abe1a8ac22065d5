export function formatBanner(sim, source) {
    const token = sim.scenario.tokens[0];
    const lines = [
        `GitHub simulator (SIMULATED DATA) listening on ${sim.url}`,
        `scenario ${source}: ${sim.scenario.repos.length} repositories, ${sim.scenario.tokens.length} token(s)`,
        '',
        'Point a tool at it with:',
        `  export GITHUB_API_URL=${sim.url}`,
        `  export GITHUB_GRAPHQL_URL=${sim.graphqlUrl}`,
        token ? `  export GITHUB_TOKEN=${token.token}   # simulator token for ${token.login}, not a GitHub credential` : '  # (the scenario lists no token: only unauthenticated REST works)',
        `  export SWH_API_URL=${sim.swhApiUrl}   # archived copies (--archives): Software Heritage`,
        `  # and --wayback-api-url ${sim.waybackApiUrl}`,
        '',
        'Press Ctrl-C to stop.',
    ];
    return lines.join('\n') + '\n';
}
export function formatCounts(counts) {
    const statuses = Object.entries(counts.byStatus).map(([s, n]) => `${s}: ${n}`).join(', ');
    return `simulator stopped: ${counts.total} requests (${counts.rest} REST, ${counts.graphql} GraphQL${counts.archives ? `, ${counts.archives} archive` : ''}; ${statuses || 'none'}), ${counts.violations} limit violation(s)\n`;
}
//# sourceMappingURL=banner.js.map