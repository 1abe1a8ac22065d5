// The naive client the harvester is compared with: one REST `GET /repos/{o}/{r}` per repository,
// Octokit with its default plugins (throttling + retry), 8 at a time.
import { Octokit } from 'octokit';
import { Agent, fetch as undiciFetch } from 'undici';
import { Lane } from '../../src/harvest/lane.js';

export async function naiveHarvest(names: string[], apiUrl: string, token: string): Promise<{ found: number; failed: number }> {
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  const octokit = new Octokit({
    auth: token,
    baseUrl: apiUrl,
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    request: { fetch: (url: string, init: object) => undiciFetch(url, { ...init, dispatcher: agent } as Parameters<typeof undiciFetch>[1]) },
  });
  const limit = new Lane(() => 8).run;
  let found = 0;
  let failed = 0;
  await Promise.all(
    names.map((name) =>
      limit(async () => {
        const [owner = '', repo = ''] = name.split('/');
        try {
          await octokit.rest.repos.get({ owner, repo });
          found++;
        } catch {
          failed++;
        }
      }),
    ),
  );
  await agent.close();
  return { found, failed };
}
