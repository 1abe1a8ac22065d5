// The scenario's `archives` section: what the simulated Software Heritage and Wayback Machine
// know, and their limits (docs/simulator.md, "Software Heritage and the Wayback Machine").
import { z } from 'zod';
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, 'expected an ISO date like 2024-01-31T12:00:00Z');
const url = z.string().regex(/^https?:\/\/\S+$/, 'expected an http(s) URL');
/** One visit of an origin; `snapshot` is null for visits that produced none (failed, not_found, ongoing…). */
const visitSchema = z.strictObject({
    date: isoDate,
    status: z.enum(['created', 'ongoing', 'full', 'partial', 'not_found', 'failed']).default('full'),
    snapshot: z.string().regex(/^[0-9a-f]{40}$/, 'expected 40 lower-case hex digits').nullable().default(null),
    type: z.string().min(1).default('git'),
});
export const swhSchema = z.strictObject({
    /** Archived origins (a repository URL as Software Heritage spells it) and their visits. */
    origins: z.array(z.strictObject({ url, visits: z.array(visitSchema).default([]) })).default([]),
    /** Bearer tokens Software Heritage accepts (`SWH_TOKEN`); any other token answers 401. */
    tokens: z.array(z.string().min(8)).default([]),
    /** Requests per window to `visit/latest` without / with a token (ASSUMED sizes; see docs/simulator.md). */
    anonymous: z.number().int().min(0).default(120),
    authenticated: z.number().int().min(0).default(1200),
    /** Save Code Now requests (POST) per window without / with a token. */
    saveAnonymous: z.number().int().min(0).default(10),
    saveAuthenticated: z.number().int().min(0).default(100),
    windowSeconds: z.number().int().positive().default(3600),
    /** ASSUMED: whether a 429 carries Retry-After (swh-web's DRF handler may not send it). */
    retryAfterHeader: z.boolean().default(true),
    /** Save Code Now answer for a new request: `accepted` (well-known forges), `pending` or `rejected`. */
    saveStatus: z.enum(['accepted', 'pending', 'rejected']).default('accepted'),
});
export const waybackSchema = z.strictObject({
    /** Captured pages: the URL and the capture's `YYYYMMDDhhmmss`. */
    snapshots: z.array(z.strictObject({ url, timestamp: z.string().regex(/^\d{14}$/, 'expected YYYYMMDDhhmmss') })).default([]),
    /** Fault: the first `count` requests answer `status` (429 or 5xx), with Retry-After seconds when set. */
    failFirst: z
        .strictObject({ count: z.number().int().min(0), status: z.union([z.literal(429), z.literal(500), z.literal(502), z.literal(503)]).default(503), retryAfter: z.number().int().min(0).optional() })
        .optional(),
});
export const archivesSchema = z.strictObject({
    swh: swhSchema.default(swhSchema.parse({})),
    wayback: waybackSchema.default(waybackSchema.parse({})),
});
//# sourceMappingURL=archives-scenario.js.map