import { z } from 'zod';
export declare const swhSchema: z.ZodObject<{
    origins: z.ZodDefault<z.ZodArray<z.ZodObject<{
        url: z.ZodString;
        visits: z.ZodDefault<z.ZodArray<z.ZodObject<{
            date: z.ZodString;
            status: z.ZodDefault<z.ZodEnum<{
                created: "created";
                ongoing: "ongoing";
                full: "full";
                partial: "partial";
                not_found: "not_found";
                failed: "failed";
            }>>;
            snapshot: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            type: z.ZodDefault<z.ZodString>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>>;
    tokens: z.ZodDefault<z.ZodArray<z.ZodString>>;
    anonymous: z.ZodDefault<z.ZodNumber>;
    authenticated: z.ZodDefault<z.ZodNumber>;
    saveAnonymous: z.ZodDefault<z.ZodNumber>;
    saveAuthenticated: z.ZodDefault<z.ZodNumber>;
    windowSeconds: z.ZodDefault<z.ZodNumber>;
    retryAfterHeader: z.ZodDefault<z.ZodBoolean>;
    saveStatus: z.ZodDefault<z.ZodEnum<{
        rejected: "rejected";
        accepted: "accepted";
        pending: "pending";
    }>>;
}, z.core.$strict>;
export declare const waybackSchema: z.ZodObject<{
    snapshots: z.ZodDefault<z.ZodArray<z.ZodObject<{
        url: z.ZodString;
        timestamp: z.ZodString;
    }, z.core.$strict>>>;
    failFirst: z.ZodOptional<z.ZodObject<{
        count: z.ZodNumber;
        status: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<429>, z.ZodLiteral<500>, z.ZodLiteral<502>, z.ZodLiteral<503>]>>;
        retryAfter: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const archivesSchema: z.ZodObject<{
    swh: z.ZodDefault<z.ZodObject<{
        origins: z.ZodDefault<z.ZodArray<z.ZodObject<{
            url: z.ZodString;
            visits: z.ZodDefault<z.ZodArray<z.ZodObject<{
                date: z.ZodString;
                status: z.ZodDefault<z.ZodEnum<{
                    created: "created";
                    ongoing: "ongoing";
                    full: "full";
                    partial: "partial";
                    not_found: "not_found";
                    failed: "failed";
                }>>;
                snapshot: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                type: z.ZodDefault<z.ZodString>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>>;
        tokens: z.ZodDefault<z.ZodArray<z.ZodString>>;
        anonymous: z.ZodDefault<z.ZodNumber>;
        authenticated: z.ZodDefault<z.ZodNumber>;
        saveAnonymous: z.ZodDefault<z.ZodNumber>;
        saveAuthenticated: z.ZodDefault<z.ZodNumber>;
        windowSeconds: z.ZodDefault<z.ZodNumber>;
        retryAfterHeader: z.ZodDefault<z.ZodBoolean>;
        saveStatus: z.ZodDefault<z.ZodEnum<{
            rejected: "rejected";
            accepted: "accepted";
            pending: "pending";
        }>>;
    }, z.core.$strict>>;
    wayback: z.ZodDefault<z.ZodObject<{
        snapshots: z.ZodDefault<z.ZodArray<z.ZodObject<{
            url: z.ZodString;
            timestamp: z.ZodString;
        }, z.core.$strict>>>;
        failFirst: z.ZodOptional<z.ZodObject<{
            count: z.ZodNumber;
            status: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<429>, z.ZodLiteral<500>, z.ZodLiteral<502>, z.ZodLiteral<503>]>>;
            retryAfter: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
