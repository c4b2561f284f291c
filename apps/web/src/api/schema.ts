// Generated from the API's OpenAPI document by `pnpm --filter @lotsen/web api:types`. Do not edit.
// apps/web/src/api/generate.test.ts fails when it no longer matches the API.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hsds/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** HSDS API root: version, profile and where the OpenAPI document is */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            openapi_url: string;
                            profile: string;
                            version: string;
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hsds/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** HSDS services, paged (Page envelope), filtered by search, organization and taxonomy term */
        get: {
            parameters: {
                query?: {
                    organization_id?: string;
                    page?: number;
                    per_page?: number;
                    search?: string;
                    taxonomy_term_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hsds/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One HSDS service, fully nested; the id is the HSDS UUID or the Lotsen id */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and every migration is applied */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: string;
                            pendingMigrations?: number;
                            reachable?: boolean;
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not ready */
                503: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: string;
                            pendingMigrations?: number;
                            reachable?: boolean;
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Groups that are planned or open, with places left and start dates (public) */
        get: {
            parameters: {
                query?: {
                    districtId?: string;
                    need?: string;
                    serviceId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["PublicCohort"][];
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a cohort of a group service (coordinator)
         * @description Leaders may be left empty while the cohort is planned; once leaders are named, or the cohort opens, the leader rule holds (422 otherwise). A leader who already leads another cohort meeting at the same time (same weekday, overlapping times and dates) is 409, naming the leader and the other cohort.
         *
         *     **Who may call:** staff with a token whose `role` is `coordinator`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ageBand: {
                            max: number;
                            min: number;
                        };
                        /** Format: date */
                        cutoffDate?: string;
                        /** Format: date */
                        endDate?: string;
                        id: string;
                        /** @default sv */
                        language?: string;
                        leaderIds: string[];
                        meetings: {
                            count: number;
                            durationMinutes?: number;
                            startTime?: string;
                            /** @enum {string} */
                            weekday?: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                        };
                        needs: string[];
                        premises: {
                            address?: string;
                            /** @default false */
                            confidential?: boolean;
                            districtId: string;
                            name: string;
                        };
                        seats: {
                            max: number;
                            min: number;
                        };
                        serviceId: string;
                        /** Format: date */
                        startDate: string;
                        /** @enum {string} */
                        status: "planned" | "open" | "full" | "running" | "completed" | "cancelled";
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description The version of the resource, for `If-Match` on the next change (optimistic concurrency). */
                        etag?: string;
                        /** @description The address of the resource the request created. */
                        location?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Cohort"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description In conflict with the current state of the resource (a stale If-Match, an event the referral does not accept now, a full cohort): problem details say which */
                409: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8) */
                415: {
                    headers: {
                        /** @description On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3). */
                        "accept-encoding"?: string;
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood, but it cannot be done: problem details say why */
                422: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One cohort with its seats (staff; a group leader sees their own cohorts)
         * @description **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker` or `group_leader`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description The version of the resource, for `If-Match` on the next change (optimistic concurrency). */
                        etag?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cohort: components["schemas"]["Cohort"];
                            seats: {
                                enrolled: number;
                                free: number;
                                offered: number;
                                waiting: number;
                            };
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Plan a cohort: replace its dates, seats, place, leaders and status (coordinator)
         * @description Send `If-Match` with the version you read; a stale one is 409. Seats cannot drop below those taken. A new schedule or status that would make a leader lead two cohorts at the same time is 409.
         *
         *     **Who may call:** staff with a token whose `role` is `coordinator`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ageBand: {
                            max: number;
                            min: number;
                        };
                        /** Format: date */
                        cutoffDate?: string;
                        /** Format: date */
                        endDate?: string;
                        id: string;
                        /** @default sv */
                        language?: string;
                        leaderIds: string[];
                        meetings: {
                            count: number;
                            durationMinutes?: number;
                            startTime?: string;
                            /** @enum {string} */
                            weekday?: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
                        };
                        needs: string[];
                        premises: {
                            address?: string;
                            /** @default false */
                            confidential?: boolean;
                            districtId: string;
                            name: string;
                        };
                        seats: {
                            max: number;
                            min: number;
                        };
                        serviceId: string;
                        /** Format: date */
                        startDate: string;
                        /** @enum {string} */
                        status: "planned" | "open" | "full" | "running" | "completed" | "cancelled";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description The version of the resource, for `If-Match` on the next change (optimistic concurrency). */
                        etag?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Cohort"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description In conflict with the current state of the resource (a stale If-Match, an event the referral does not accept now, a full cohort): problem details say which */
                409: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8) */
                415: {
                    headers: {
                        /** @description On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3). */
                        "accept-encoding"?: string;
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood, but it cannot be done: problem details say why */
                422: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cohort's attendance by meeting and by child (its group leaders, coordinators)
         * @description **Who may call:** staff with a token whose `role` is `coordinator` or `group_leader`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CohortAttendance"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record a meeting's attendance (the cohort's own group leaders only)
         * @description Every child listed must hold an enrolled seat in the cohort. Recording a meeting again corrects the earlier record.
         *
         *     **Who may call:** staff with a token whose `role` is `group_leader`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MeetingAttendanceRecordInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cohortId: string;
                            date: string;
                            recordedAt: string;
                            recordedBy: string;
                            readonly records: {
                                referralId: string;
                                /** @enum {string} */
                                status: "present" | "absent" | "excused";
                            }[];
                            session: number;
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description In conflict with the current state of the resource (a stale If-Match, an event the referral does not accept now, a full cohort): problem details say which */
                409: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8) */
                415: {
                    headers: {
                        /** @description On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3). */
                        "accept-encoding"?: string;
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/freed-seat-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Offer a freed seat to the next in line at once, or propose it to the coordinator
         * @description **Who may call:** staff with a token whose `role` is `coordinator`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        policy: "offer" | "propose";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            policy: "offer" | "propose";
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8) */
                415: {
                    headers: {
                        /** @description On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3). */
                        "accept-encoding"?: string;
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign the leaders of a cohort under the leader rule (coordinator)
         * @description At least two leaders, one of them experienced, and an experienced mentor for every first-time leader; otherwise 422 with the reasons. A leader who already leads another cohort meeting at the same time (same weekday, overlapping times and dates; cancelled and completed cohorts do not count) is 409, with `errors` naming the leader (`leaderIds.<i>`) and the other cohort.
         *
         *     **Who may call:** staff with a token whose `role` is `coordinator`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        leaderIds: string[];
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description The version of the resource, for `If-Match` on the next change (optimistic concurrency). */
                        etag?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Cohort"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description In conflict with the current state of the resource (a stale If-Match, an event the referral does not accept now, a full cohort): problem details say which */
                409: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8) */
                415: {
                    headers: {
                        /** @description On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3). */
                        "accept-encoding"?: string;
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood, but it cannot be done: problem details say why */
                422: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cohorts/{id}/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A cohort's queue in the one waiting order, positions 1..n
         * @description **Who may call:** staff with a token whose `role` is `coordinator`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                position: number;
                                priority: number;
                                referralId: string;
                                since: string;
                                submittedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/districts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The districts, with the names and areas people use for them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["District"][];
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/formation/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a proposal, as is or adjusted: offer each child the seat, all or none
         * @description Each child must be waiting (accepted or waitlisted), fit the cohort (age band, need, language, travel) and find a seat left; the referral machine must accept the OFFER. Any refusal rolls every offer back.
         *
         *     **Who may call:** staff with a token whose `role` is `coordinator`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FormationDecisionInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            offered: {
                                cohortId: string;
                                crossDistrict: boolean;
                                referralId: string;
                                status: string;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description In conflict with the current state of the resource (a stale If-Match, an event the referral does not accept now, a full cohort): problem details say which */
                409: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8) */
                415: {
                    headers: {
                        /** @description On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3). */
                        "accept-encoding"?: string;
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood, but it cannot be done: problem details say why */
                422: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/formation/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Propose groups: waiting children to planned cohorts, every decision explained
         * @description Reads the children waiting for a group (accepted or waitlisted) and the planned or open cohorts, and returns the proposal of @lotsen/formation. Nothing is written: accept it, as is or adjusted, with POST /v1/formation/decisions.
         *
         *     **Who may call:** staff with a token whose `role` is `coordinator`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FormationRequestInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FormationProposal"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8) */
                415: {
                    headers: {
                        /** @description On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3). */
                        "accept-encoding"?: string;
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The leader pool (coordinator)
         * @description **Who may call:** staff with a token whose `role` is `coordinator`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Leader"][];
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a trained group leader to the city's pool (coordinator)
         * @description **Who may call:** staff with a token whose `role` is `coordinator`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        /** @enum {string} */
                        experience: "experienced" | "first_time";
                        groupsLed: number;
                        homeDistrictId?: string;
                        id: string;
                        /** @default [
                         *       "sv"
                         *     ] */
                        languages?: string[];
                        trainings: {
                            /** Format: date */
                            completedOn: string;
                            programme: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Leader"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description In conflict with the current state of the resource (a stale If-Match, an event the referral does not accept now, a full cohort): problem details say which */
                409: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8) */
                415: {
                    headers: {
                        /** @description On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3). */
                        "accept-encoding"?: string;
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Find the services that fit a child, ranked, with reasons and notices
         * @description The best 10 results unless limit asks for more (up to 200), each compact: the service and its provider by id and name, with what a card shows. Its texts (names, contact, reasons, notices) are in the language Accept-Language prefers (sv or en; both without a preference), named by Content-Language. expand adds the whole service and provider records, in both languages; /v1/services/{id} has them too.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The language of the texts: sv or en, with q-values (e.g. "sv", "sv-SE,sv;q=0.9,en;q=0.8", "en-GB,en;q=0.9,sv;q=0.8"). Without it, with "*", or when it weighs both the same or names neither: both languages. */
                    "accept-language"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MatchQueryInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description The language of the texts in the answer (`sv` or `en`), when Accept-Language chose one. */
                        "content-language"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The request headers the answer depends on. */
                        vary?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MatchAnswer"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8) */
                415: {
                    headers: {
                        /** @description On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3). */
                        "accept-encoding"?: string;
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who the caller is, as the API sees it: role, district and cohorts
         * @description **Who may call:** Anyone; the answer depends on the credentials sent.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            readonly cohortIds?: string[];
                            districtId?: string;
                            providerId?: string;
                            /** @enum {string} */
                            role: "district_social_worker" | "coordinator" | "group_leader" | "system" | "district_editor" | "provider_editor" | "anonymous";
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/referral-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Turn the status messages about your referrals in Teams off or on
         * @description **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        muted: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            muted: boolean;
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8) */
                415: {
                    headers: {
                        /** @description On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3). */
                        "accept-encoding"?: string;
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The needs services are matched on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Need"][];
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List referrals within the caller's scope, oldest first
         * @description A coordinator sees every district; a district social worker only their own (asking for another district is 403).
         *
         *     **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        get: {
            parameters: {
                query?: {
                    districtId?: string;
                    limit?: number;
                    offset?: number;
                    serviceId?: string;
                    status?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ReferralSummary"][];
                            limit: number;
                            offset: number;
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a referral: the minimum about the child, needs, a service and consent
         * @description No names or personal identity numbers: unknown fields are refused. A district social worker refers children of their own district. The referral is submitted at once unless `submit` is false; a protection concern routes it to social services. With an `Idempotency-Key`, a retry of the same request by the same caller within 24 hours gets the referral the first one created (201, `Idempotent-Replayed: true`) instead of a second referral; the key with another request is 422.
         *
         *     **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Makes a retry safe: the same key and request within 24 hours give the first referral again. */
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewReferralInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description The version of the resource, for `If-Match` on the next change (optimistic concurrency). */
                        etag?: string;
                        /** @description `true` when the answer is the one an earlier request with the same `Idempotency-Key` got: nothing new was stored. */
                        "idempotent-replayed"?: string;
                        /** @description The address of the resource the request created. */
                        location?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Referral"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description In conflict with the current state of the resource (a stale If-Match, an event the referral does not accept now, a full cohort): problem details say which */
                409: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8) */
                415: {
                    headers: {
                        /** @description On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3). */
                        "accept-encoding"?: string;
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood, but it cannot be done: problem details say why */
                422: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One referral, with the events it accepts now and its timers
         * @description **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description The version of the resource, for `If-Match` on the next change (optimistic concurrency). */
                        etag?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Referral"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}/cross-district-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The nearest suitable cohorts with room, in the own district or elsewhere, with reasons
         * @description When the own district has a queue or no suitable group, the nearest cohort with room elsewhere is offered instead, as the reports recommend. Make the offer with an OFFER event (`crossDistrict: true` outside the catchment).
         *
         *     **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        get: {
            parameters: {
                query?: {
                    includeBeyondTravelLimit?: "true" | "false";
                    limit?: number;
                    mayTravel?: "own_district" | "neighbours" | "anywhere";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CrossDistrictOffers"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail: every change with who, role, when, from, to and why
         * @description **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ReferralEvent"][];
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Send a lifecycle event; the referral machine decides whether it is allowed now
         * @description Send one of the events the referral accepts now: its answer lists them (`allowedEvents`). An event it does not accept now is a 409 listing `allowedEvents`. Send `If-Match` with the version you read: a stale one is a 409 conflict with `currentVersion`. Who acted comes from the token; `by` and `at` in the body are refused.
         *
         *     **A seat in a group** takes four events: `ACCEPT` (the provider agrees), `OFFER` (a seat in `cohortId` from `startDate`, held until the reply deadline `replyBy`, which is after now and no later than the start date), `ACCEPT_OFFER` (the family, before `replyBy`) and `ENROL` (when the group starts). With the referral at version 1:
         *
         *     ```sh
         *     curl -X POST "$API/v1/referrals/$REF/events" -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -H 'if-match: "1"' -d '{"type":"ACCEPT"}'
         *     curl -X POST "$API/v1/referrals/$REF/events" -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -H 'if-match: "2"' -d '{"type":"OFFER","cohortId":"farsta-humlan-ht26","startDate":"2027-02-01","replyBy":"2027-01-15T12:00:00Z"}'
         *     curl -X POST "$API/v1/referrals/$REF/events" -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -H 'if-match: "3"' -d '{"type":"ACCEPT_OFFER"}'
         *     curl -X POST "$API/v1/referrals/$REF/events" -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -H 'if-match: "4"' -d '{"type":"ENROL"}'
         *     ```
         *
         *     **Declining:** the family turns an offer down with `DECLINE_OFFER` (the seat is freed; the referral waits again, `waitlisted` or `accepted`), staff take it back with `RESCIND_OFFER`, and the provider declines the referral with `DECLINE` and a `reason`, which closes it:
         *
         *     ```sh
         *     curl -X POST "$API/v1/referrals/$REF/events" -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -H 'if-match: "3"' -d '{"type":"DECLINE_OFFER"}'
         *     curl -X POST "$API/v1/referrals/$REF/events" -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -H 'if-match: "4"' -d '{"type":"DECLINE","reason":"no_capacity"}'
         *     ```
         *
         *     **Withdrawing:** the family, the young person or the referrer withdraws a referral before the child is enrolled; it closes the referral:
         *
         *     ```sh
         *     curl -X POST "$API/v1/referrals/$REF/events" -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' -d '{"type":"WITHDRAW"}'
         *     ```
         *
         *     The README of the API has the whole example, with each answer’s `status` and `allowedEvents`.
         *
         *     **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReferralEventBodyInput"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description The version of the resource, for `If-Match` on the next change (optimistic concurrency). */
                        etag?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Referral"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description In conflict with the current state of the resource (a stale If-Match, an event the referral does not accept now, a full cohort): problem details say which */
                409: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8) */
                415: {
                    headers: {
                        /** @description On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3). */
                        "accept-encoding"?: string;
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The outcome series: change since the first session, its category, and alerts
         * @description **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker` or `group_leader`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutcomeSeries"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Record an outcome administration (ORS, SRS, CORS, CSRS, YCORS, KASAM, SCORE-15)
         * @description Item values only. The form is scored by @lotsen/outcomes with the child’s age on the day (or the given population); a form that does not score is refused with the item paths. YCORS is recorded without a score.
         *
         *     **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker` or `group_leader`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NewOutcomeAdministrationInput"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutcomeAdministration"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description In conflict with the current state of the resource (a stale If-Match, an event the referral does not accept now, a full cohort): problem details say which */
                409: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8) */
                415: {
                    headers: {
                        /** @description On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3). */
                        "accept-encoding"?: string;
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Understood, but it cannot be done: problem details say why */
                422: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}/outcomes/chart.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ORS/CORS trajectory chart with the SRS beneath, as accessible SVG
         * @description **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker` or `group_leader`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        get: {
            parameters: {
                query?: {
                    lang?: "sv" | "en";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An SVG image with a title and description for screen readers */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "image/svg+xml": string;
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}/place": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a waiting child stands: "place 3 of 11, about 6 weeks at the current pace"
         * @description For those who may see the referral. The estimate is the place divided by the seats offered from the same list per week over the last 8 weeks, rounded up; with no offers in that time there is no estimate and the text says so. 404 when the child waits in no list.
         *
         *     **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WaitingPlace"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/referrals/{id}/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a child on a cohort's queue or a service's general list, at a computed place
         * @description The place comes from the one waiting order (waiting time, a 90-day head start per priority step, then submission time, then id); it is never supplied, and a body with `position` is 400. Without `cohortId`, the child waits on the general list of the referral's service (or `serviceId`'s) and is offered a seat freed in any of its cohorts whose own queue is empty. A cohort with a free seat offers it to the first in line at once. Same as sending the `WAITLIST` event.
         *
         *     **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "if-match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cohortId?: string;
                        motivatorId?: string;
                        /** @enum {string} */
                        motivatorRole?: "district_social_worker" | "coordinator" | "group_leader" | "system" | "district_editor" | "provider_editor";
                        serviceId?: string;
                        /** @enum {string} */
                        waitBand?: "under_1_month" | "1_to_3_months" | "over_3_months" | "undetermined";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description The version of the resource, for `If-Match` on the next change (optimistic concurrency). */
                        etag?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            place?: components["schemas"]["WaitingPlace"];
                            referral: components["schemas"]["Referral"];
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description In conflict with the current state of the resource (a stale If-Match, an event the referral does not accept now, a full cohort): problem details say which */
                409: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The body is not what the API reads: JSON in UTF-8, uncompressed (no Content-Encoding other than identity, no charset other than utf-8) */
                415: {
                    headers: {
                        /** @description On a 415: `identity`, the only content coding request bodies may have (RFC 9110 §12.5.3). */
                        "accept-encoding"?: string;
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/equity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Equity per district and need: local groups, waits, starts, completion, outcomes
         * @description Per district and need: whether there is a local group, referrals, median and 90th-percentile waiting days, share started within 30 days, completion share, outcome improvement shares, closed-loop rate and referrals per 1,000 residents aged 0–20; from the queue, the referrals made from Teams and the share whose referrer a status message reached (`referrerToldRate`), and the children on a waiting list with the days they have waited (median, and up to 30 / 31–90 / over 90 days), as they stood at the end of `asOf` (default today, UTC). Counts of 1–4, and shares that would reveal them, are suppressed; `suppressed` names the hidden figures of each row. `format=csv` gives the same rows as CSV. Computed by @lotsen/reports.
         *
         *     **Who may call:** staff with a token whose `role` is `coordinator`, or another city system with its API key. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report, as JSON or CSV */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description For a download: the file name to save it under. */
                        "content-disposition"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EquityReport"];
                        "text/csv": string;
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List services, filtered by need, age, district, kind and access route
         * @description Pages of 20 compact services (ServiceSummary) unless asked otherwise; view=full lists whole Service records, in both languages. The names in compact items are in the language Accept-Language prefers (sv or en; both without a preference), named by Content-Language. Unfiltered pages are sent compressed (br or gzip) to a client that accepts it. Cacheable for 5 minutes.
         */
        get: {
            parameters: {
                query?: {
                    access?: "direct_intake" | "self_referral" | "staff_referral" | "aid_decision";
                    age?: number;
                    district?: string;
                    kind?: "children_group" | "teen_group" | "parent_group" | "parallel_groups" | "individual_talks" | "advice_support_talks" | "family_treatment" | "parenting_programme" | "counselling" | "contact_person" | "other";
                    need?: string;
                    page?: number;
                    perPage?: number;
                    /** @description compact: ServiceSummary items (the default); full: whole Service records */
                    view?: "compact" | "full";
                };
                header?: {
                    /** @description The language of the texts: sv or en, with q-values (e.g. "sv", "sv-SE,sv;q=0.9,en;q=0.8", "en-GB,en;q=0.9,sv;q=0.8"). Without it, with "*", or when it weighs both the same or names neither: both languages. */
                    "accept-language"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description `br` or `gzip` when the answer is compressed, as Accept-Encoding allows. */
                        "content-encoding"?: string;
                        /** @description The language of the texts in the answer (`sv` or `en`), when Accept-Language chose one. */
                        "content-language"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The request headers the answer depends on. */
                        vary?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceList"];
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service, with its provider */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            provider: components["schemas"]["Provider"];
                            service: components["schemas"]["Service"];
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{id}/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A service's general list in the one waiting order
         * @description **Who may call:** staff with a token whose `role` is `coordinator`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                position: number;
                                priority: number;
                                referralId: string;
                                since: string;
                                submittedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open tasks timers made: check-ins, follow-ups due, cohorts below minimum, ...
         * @description A coordinator sees every task; others see their role's tasks. Undelivered messages to referrers are listed here for the coordinator.
         *
         *     **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker` or `group_leader`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        get: {
            parameters: {
                query?: {
                    kind?: "waitlist_check_in" | "follow_up_due" | "cohort_below_minimum" | "seat_proposal" | "undelivered_message" | "timer_failed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assigneeId?: string;
                                assigneeRole: string;
                                cohortId?: string;
                                createdAt: string;
                                details: unknown;
                                doneAt?: string;
                                dueAt: string;
                                id: number;
                                kind: string;
                                referralId?: string;
                            }[];
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a task done
         * @description **Who may call:** staff with a token whose `role` is `coordinator` or `district_social_worker` or `group_leader`. Anyone else gets 401 (no or refused credentials) or 403 (another role) before the request is read.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            done: boolean;
                        };
                    };
                };
                /** @description Invalid input: problem details (RFC 9457) with the path of every invalid field; or a path that does not decode (broken %-encoding) or a request that is not well-formed HTTP */
                400: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description No credentials, or credentials that were refused; checked before the request is read, so the answer says nothing about the input */
                401: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description The challenge (RFC 9110 §11.6.1, RFC 6750 §3): `Bearer realm="lotsen"`, with `error="invalid_token"` and `error_description` when a token was sent and refused. */
                        "www-authenticate"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not allowed for the caller’s role (checked before the request is read) or, for a write, for the district the body names */
                403: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found, or not the caller’s to see */
                404: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request did not arrive in time; the connection is closed */
                408: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description A path parameter is longer than any id of this API (100 characters) */
                414: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Too many requests from this anonymous client in the window: try again after Retry-After */
                429: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        /** @description Seconds until the anonymous quota of this client resets. */
                        "retry-after"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description The request line and headers are too large (16 KB in all): a shorter query, or fewer and shorter headers; the connection is closed */
                431: {
                    headers: {
                        /** @description `no-store`, except on successful catalogue reads, which are public for five minutes (`public, max-age=300`). */
                        "cache-control"?: string;
                        /** @description On answers to anonymous callers (IETF draft-ietf-httpapi-ratelimit-headers): the requests left in the window and the seconds until it resets, e.g. `"anonymous";r=299;t=48`. */
                        ratelimit?: string;
                        /** @description On answers to anonymous callers: the quota, requests per window in seconds, e.g. `"anonymous";q=300;w=60`. */
                        "ratelimit-policy"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Swedish (sv) and English (en); only one of them when Accept-Language prefers it (e.g. "sv", or "en-GB,en;q=0.9,sv;q=0.8" for English), named by Content-Language. Without Accept-Language, with "*", or when it weighs both the same or accepts neither: both. */
        AnswerText: {
            en?: string;
            sv?: string;
        };
        /** @description Swedish (sv) and English (en); only one of them when Accept-Language prefers it (e.g. "sv", or "en-GB,en;q=0.9,sv;q=0.8" for English), named by Content-Language. Without Accept-Language, with "*", or when it weighs both the same or accepts neither: both. */
        AnswerTextInput: {
            en?: string;
            sv?: string;
        };
        Cohort: {
            ageBand: {
                max: number;
                min: number;
            };
            createdAt: string;
            /** Format: date */
            cutoffDate?: string;
            /** Format: date */
            endDate?: string;
            id: string;
            /** @default sv */
            language: string;
            leaderIds: string[];
            meetings: {
                count: number;
                durationMinutes?: number;
                startTime?: string;
                /** @enum {string} */
                weekday?: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
            };
            needs: string[];
            premises: {
                address?: string;
                /** @default false */
                confidential: boolean;
                districtId: string;
                name: string;
            };
            seats: {
                max: number;
                min: number;
            };
            serviceId: string;
            /** Format: date */
            startDate: string;
            /** @enum {string} */
            status: "planned" | "open" | "full" | "running" | "completed" | "cancelled";
            updatedAt: string;
            version: number;
        };
        CohortAttendance: {
            readonly children: {
                absent: number;
                excused: number;
                present: number;
                referralId: string;
            }[];
            cohortId: string;
            readonly meetings: {
                date: string;
                readonly records: {
                    referralId: string;
                    /** @enum {string} */
                    status: "present" | "absent" | "excused";
                }[];
                session: number;
            }[];
        };
        CohortAttendanceInput: {
            readonly children: {
                absent: number;
                excused: number;
                present: number;
                referralId: string;
            }[];
            cohortId: string;
            readonly meetings: {
                date: string;
                readonly records: {
                    referralId: string;
                    /** @enum {string} */
                    status: "present" | "absent" | "excused";
                }[];
                session: number;
            }[];
        };
        CohortInput: {
            ageBand: {
                max: number;
                min: number;
            };
            createdAt: string;
            /** Format: date */
            cutoffDate?: string;
            /** Format: date */
            endDate?: string;
            id: string;
            /** @default sv */
            language: string;
            leaderIds: string[];
            meetings: {
                count: number;
                durationMinutes?: number;
                startTime?: string;
                /** @enum {string} */
                weekday?: "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
            };
            needs: string[];
            premises: {
                address?: string;
                /** @default false */
                confidential: boolean;
                districtId: string;
                name: string;
            };
            seats: {
                max: number;
                min: number;
            };
            serviceId: string;
            /** Format: date */
            startDate: string;
            /** @enum {string} */
            status: "planned" | "open" | "full" | "running" | "completed" | "cancelled";
            updatedAt: string;
            version: number;
        };
        CrossDistrictOffers: {
            readonly offers: {
                cohortId: string;
                distance: number;
                districtId: string;
                freeSeats: number;
                proximity: string;
                queueAhead: number;
                reason: {
                    code: string;
                    text: {
                        en: string;
                        sv: string;
                    };
                };
                startDate: string;
                withinTravelLimit: boolean;
            }[];
            referralId: string;
            situation: {
                code: string;
                text: {
                    en: string;
                    sv: string;
                };
            };
        };
        CrossDistrictOffersInput: {
            readonly offers: {
                cohortId: string;
                distance: number;
                districtId: string;
                freeSeats: number;
                proximity: string;
                queueAhead: number;
                reason: {
                    code: string;
                    text: {
                        en: string;
                        sv: string;
                    };
                };
                startDate: string;
                withinTravelLimit: boolean;
            }[];
            referralId: string;
            situation: {
                code: string;
                text: {
                    en: string;
                    sv: string;
                };
            };
        };
        District: {
            aliases: string[];
            contact?: {
                /** Format: email */
                email?: string;
                note?: {
                    en: string;
                    sv: string;
                };
                phone?: string;
                /** Format: uri */
                url?: string;
            };
            id: string;
            name: {
                en: string;
                sv: string;
            };
            neighbours: string[];
            population0to20?: {
                count: number;
                source: {
                    lines: [
                        number,
                        number
                    ];
                    section: string;
                    seed: string;
                    year?: number;
                };
                year: number;
            };
            sources: {
                lines: [
                    number,
                    number
                ];
                section: string;
                seed: string;
                year?: number;
            }[];
            /** @default [] */
            successorIds: string[];
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo?: string;
        };
        DistrictInput: {
            aliases: string[];
            contact?: {
                /** Format: email */
                email?: string;
                note?: {
                    en: string;
                    sv: string;
                };
                phone?: string;
                /** Format: uri */
                url?: string;
            };
            id: string;
            name: {
                en: string;
                sv: string;
            };
            neighbours: string[];
            population0to20?: {
                count: number;
                source: {
                    lines: [
                        number,
                        number
                    ];
                    section: string;
                    seed: string;
                    year?: number;
                };
                year: number;
            };
            sources: {
                lines: [
                    number,
                    number
                ];
                section: string;
                seed: string;
                year?: number;
            }[];
            /** @default [] */
            successorIds: string[];
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validTo?: string;
        };
        EquityReport: {
            asOf: string;
            minCellSize: number;
            readonly rows: {
                closedLoopRate: number | null;
                completionShare: number | null;
                deterioratedShare: number | null;
                districtId: string;
                districtName: string;
                improvedShare: number | null;
                listWait31To90Days: number | null;
                listWaitDaysMedian: number | null;
                listWaitOver90Days: number | null;
                listWaitUpTo30Days: number | null;
                localGroupSupport: boolean;
                needId: string;
                needLabel: string;
                onWaitingList: number | null;
                outcomeCases: number | null;
                population0to20: number | null;
                populationYear: number | null;
                recoveredShare: number | null;
                referrals: number | null;
                referralsPer1000: number | null;
                referrerToldRate: number | null;
                startedWithin30DaysShare: number | null;
                readonly suppressed: string[];
                teamsReferrals: number | null;
                waitingDaysMedian: number | null;
                waitingDaysP90: number | null;
            }[];
        };
        EquityReportInput: {
            asOf: string;
            minCellSize: number;
            readonly rows: {
                closedLoopRate: number | null;
                completionShare: number | null;
                deterioratedShare: number | null;
                districtId: string;
                districtName: string;
                improvedShare: number | null;
                listWait31To90Days: number | null;
                listWaitDaysMedian: number | null;
                listWaitOver90Days: number | null;
                listWaitUpTo30Days: number | null;
                localGroupSupport: boolean;
                needId: string;
                needLabel: string;
                onWaitingList: number | null;
                outcomeCases: number | null;
                population0to20: number | null;
                populationYear: number | null;
                recoveredShare: number | null;
                referrals: number | null;
                referralsPer1000: number | null;
                referrerToldRate: number | null;
                startedWithin30DaysShare: number | null;
                readonly suppressed: string[];
                teamsReferrals: number | null;
                waitingDaysMedian: number | null;
                waitingDaysP90: number | null;
            }[];
        };
        FormationDecision: {
            /**
             * @default neighbours
             * @enum {string}
             */
            mayTravel: "own_district" | "neighbours" | "anywhere";
            placements: {
                cohortId: string;
                /** Format: uuid */
                referralId: string;
            }[];
            /** Format: date-time */
            replyBy: string;
        };
        FormationDecisionInput: {
            /**
             * @default neighbours
             * @enum {string}
             */
            mayTravel: "own_district" | "neighbours" | "anywhere";
            placements: {
                cohortId: string;
                /** Format: uuid */
                referralId: string;
            }[];
            /** Format: date-time */
            replyBy: string;
        };
        FormationProposal: {
            readonly cohorts: {
                alternativeCohortId?: string;
                cohortId: string;
                decision: {
                    code: string;
                    text: {
                        en: string;
                        sv: string;
                    };
                };
                districtId: string;
                enrolled: number;
                launched: boolean;
                readonly leaderIssues?: {
                    code: string;
                    leaderId?: string;
                    text: {
                        en: string;
                        sv: string;
                    };
                }[];
                readonly referralIds: string[];
                seats: {
                    max: number;
                    min: number;
                };
                total: number;
            }[];
            date: string;
            readonly placements: {
                cohortId: string;
                distance: number;
                districtId: string;
                proximity: string;
                reason: {
                    code: string;
                    text: {
                        en: string;
                        sv: string;
                    };
                };
                referralId: string;
                weight: number;
            }[];
            summary: {
                [key: string]: number;
            };
            readonly unplaced: {
                alternative?: {
                    cohortId: string;
                    distance: number;
                    districtId: string;
                    kind: string;
                    text: {
                        en: string;
                        sv: string;
                    };
                };
                reason: {
                    code: string;
                    text: {
                        en: string;
                        sv: string;
                    };
                };
                referralId: string;
            }[];
            weighting: {
                [key: string]: number;
            };
        };
        FormationProposalInput: {
            readonly cohorts: {
                alternativeCohortId?: string;
                cohortId: string;
                decision: {
                    code: string;
                    text: {
                        en: string;
                        sv: string;
                    };
                };
                districtId: string;
                enrolled: number;
                launched: boolean;
                readonly leaderIssues?: {
                    code: string;
                    leaderId?: string;
                    text: {
                        en: string;
                        sv: string;
                    };
                }[];
                readonly referralIds: string[];
                seats: {
                    max: number;
                    min: number;
                };
                total: number;
            }[];
            date: string;
            readonly placements: {
                cohortId: string;
                distance: number;
                districtId: string;
                proximity: string;
                reason: {
                    code: string;
                    text: {
                        en: string;
                        sv: string;
                    };
                };
                referralId: string;
                weight: number;
            }[];
            summary: {
                [key: string]: number;
            };
            readonly unplaced: {
                alternative?: {
                    cohortId: string;
                    distance: number;
                    districtId: string;
                    kind: string;
                    text: {
                        en: string;
                        sv: string;
                    };
                };
                reason: {
                    code: string;
                    text: {
                        en: string;
                        sv: string;
                    };
                };
                referralId: string;
            }[];
            weighting: {
                [key: string]: number;
            };
        };
        FormationRequest: {
            cohortIds?: string[];
            /** Format: date */
            date?: string;
            /**
             * @default neighbours
             * @enum {string}
             */
            mayTravel: "own_district" | "neighbours" | "anywhere";
            requireLeaders?: boolean;
            weighting?: {
                priorityDays?: number;
                travelPenalty?: number;
                waitBonus?: number;
                waitCapDays?: number;
            };
        };
        FormationRequestInput: {
            cohortIds?: string[];
            /** Format: date */
            date?: string;
            /**
             * @default neighbours
             * @enum {string}
             */
            mayTravel: "own_district" | "neighbours" | "anywhere";
            requireLeaders?: boolean;
            weighting?: {
                priorityDays?: number;
                travelPenalty?: number;
                waitBonus?: number;
                waitCapDays?: number;
            };
        };
        Leader: {
            createdAt: string;
            displayName: string;
            /** @enum {string} */
            experience: "experienced" | "first_time";
            groupsLed: number;
            homeDistrictId?: string;
            id: string;
            /** @default [
             *       "sv"
             *     ] */
            languages: string[];
            trainings: {
                /** Format: date */
                completedOn: string;
                programme: string;
            }[];
            updatedAt: string;
            version: number;
        };
        LeaderInput: {
            createdAt: string;
            displayName: string;
            /** @enum {string} */
            experience: "experienced" | "first_time";
            groupsLed: number;
            homeDistrictId?: string;
            id: string;
            /** @default [
             *       "sv"
             *     ] */
            languages: string[];
            trainings: {
                /** Format: date */
                completedOn: string;
                programme: string;
            }[];
            updatedAt: string;
            version: number;
        };
        MatchAnswer: {
            /** @description How many services fit, before limit */
            eligibleCount: number;
            readonly notices: components["schemas"]["MatchReason"][];
            readonly results: components["schemas"]["MatchResult"][];
        };
        MatchAnswerInput: {
            /** @description How many services fit, before limit */
            eligibleCount: number;
            readonly notices: components["schemas"]["MatchReasonInput"][];
            readonly results: components["schemas"]["MatchResultInput"][];
        };
        MatchQuery: {
            accessRoutes?: ("direct_intake" | "self_referral" | "staff_referral" | "aid_decision")[];
            age: number;
            /** Format: date */
            date?: string;
            districtId: string;
            /** @description Add the whole service and/or provider record to each result (else fetch /v1/services/{id}) */
            expand?: ("service" | "provider")[];
            kinds?: ("children_group" | "teen_group" | "parent_group" | "parallel_groups" | "individual_talks" | "advice_support_talks" | "family_treatment" | "parenting_programme" | "counselling" | "contact_person" | "other")[];
            language?: string;
            /**
             * @description How many results at most, best first (10 unless asked; eligibleCount says how many fit)
             * @default 10
             */
            limit: number;
            needs: string[];
            /** @default false */
            protectionConcern: boolean;
            /** @default false */
            recentViolence: boolean;
        };
        MatchQueryInput: {
            accessRoutes?: ("direct_intake" | "self_referral" | "staff_referral" | "aid_decision")[];
            age: number;
            /** Format: date */
            date?: string;
            districtId: string;
            /** @description Add the whole service and/or provider record to each result (else fetch /v1/services/{id}) */
            expand?: ("service" | "provider")[];
            kinds?: ("children_group" | "teen_group" | "parent_group" | "parallel_groups" | "individual_talks" | "advice_support_talks" | "family_treatment" | "parenting_programme" | "counselling" | "contact_person" | "other")[];
            language?: string;
            /**
             * @description How many results at most, best first (10 unless asked; eligibleCount says how many fit)
             * @default 10
             */
            limit: number;
            needs: string[];
            /** @default false */
            protectionConcern: boolean;
            /** @default false */
            recentViolence: boolean;
        };
        MatchReason: {
            code: string;
            text: components["schemas"]["AnswerText"];
        };
        MatchReasonInput: {
            code: string;
            text: components["schemas"]["AnswerTextInput"];
        };
        MatchResult: {
            accessRoutes: ("direct_intake" | "self_referral" | "staff_referral" | "aid_decision")[];
            ages: {
                max: number;
                min: number;
            } | "unknown";
            availability?: {
                nextStart?: string;
                placesLeft: number;
            };
            contact: components["schemas"]["ServiceContact"];
            /**
             * @description How sure the age fit is: the source states the service's age band (stated), only its name or kind implies one (inferred), or nothing is known (unknown). Ranked in that order.
             * @enum {string}
             */
            fit: "stated" | "inferred" | "unknown";
            /** @description True for a service only for adults: in a child’s answer it is support for the parent, ranked below every service for the child (its first reason, for_parent, says so) */
            forParent: boolean;
            /** @enum {string} */
            kind: "children_group" | "teen_group" | "parent_group" | "parallel_groups" | "individual_talks" | "advice_support_talks" | "family_treatment" | "parenting_programme" | "counselling" | "contact_person" | "other";
            /** @enum {string} */
            locality: "own_district" | "neighbour_district" | "city_wide" | "county_wide";
            name: components["schemas"]["AnswerText"];
            /** @description With expand: ["provider"] */
            provider?: components["schemas"]["Provider"];
            providerId: string;
            providerName: components["schemas"]["AnswerText"];
            rank: number;
            readonly reasons: components["schemas"]["MatchReason"][];
            /** @description With expand: ["service"] */
            service?: components["schemas"]["Service"];
            serviceId: string;
            /** @description The district where the service meets, when it is in one */
            venueDistrictId?: string;
        };
        MatchResultInput: {
            accessRoutes: ("direct_intake" | "self_referral" | "staff_referral" | "aid_decision")[];
            ages: {
                max: number;
                min: number;
            } | "unknown";
            availability?: {
                nextStart?: string;
                placesLeft: number;
            };
            contact: components["schemas"]["ServiceContactInput"];
            /**
             * @description How sure the age fit is: the source states the service's age band (stated), only its name or kind implies one (inferred), or nothing is known (unknown). Ranked in that order.
             * @enum {string}
             */
            fit: "stated" | "inferred" | "unknown";
            /** @description True for a service only for adults: in a child’s answer it is support for the parent, ranked below every service for the child (its first reason, for_parent, says so) */
            forParent: boolean;
            /** @enum {string} */
            kind: "children_group" | "teen_group" | "parent_group" | "parallel_groups" | "individual_talks" | "advice_support_talks" | "family_treatment" | "parenting_programme" | "counselling" | "contact_person" | "other";
            /** @enum {string} */
            locality: "own_district" | "neighbour_district" | "city_wide" | "county_wide";
            name: components["schemas"]["AnswerTextInput"];
            /** @description With expand: ["provider"] */
            provider?: components["schemas"]["ProviderInput"];
            providerId: string;
            providerName: components["schemas"]["AnswerTextInput"];
            rank: number;
            readonly reasons: components["schemas"]["MatchReasonInput"][];
            /** @description With expand: ["service"] */
            service?: components["schemas"]["ServiceInput"];
            serviceId: string;
            /** @description The district where the service meets, when it is in one */
            venueDistrictId?: string;
        };
        MeetingAttendanceRecord: {
            /** Format: date */
            date: string;
            records: {
                /** Format: uuid */
                referralId: string;
                /** @enum {string} */
                status: "present" | "absent" | "excused";
            }[];
            session: number;
        };
        MeetingAttendanceRecordInput: {
            /** Format: date */
            date: string;
            records: {
                /** Format: uuid */
                referralId: string;
                /** @enum {string} */
                status: "present" | "absent" | "excused";
            }[];
            session: number;
        };
        Need: {
            description: {
                en: string;
                sv: string;
            };
            id: string;
            /** @enum {string} */
            kind: "support" | "protection";
            label: {
                en: string;
                sv: string;
            };
            parentId?: string;
        };
        NeedInput: {
            description: {
                en: string;
                sv: string;
            };
            id: string;
            /** @enum {string} */
            kind: "support" | "protection";
            label: {
                en: string;
                sv: string;
            };
            parentId?: string;
        };
        NewOutcomeAdministration: {
            /** Format: date */
            date: string;
            extra?: {
                familyCoping?: number;
                problemSeverity?: number;
                therapyView?: number;
            };
            /** @enum {string} */
            instrument: "ORS" | "SRS" | "CORS" | "CSRS" | "YCORS" | "SOC-13" | "SOC-29" | "SCORE-15";
            items: (number | null)[];
            /** @enum {string} */
            phase?: "before" | "during" | "closure" | "follow-up";
            /** @enum {string} */
            population?: "young-child" | "child" | "adolescent" | "adult";
            /** @enum {string} */
            rater: "child" | "young-person" | "parent" | "staff";
            respondentId?: string;
            session: number;
        };
        NewOutcomeAdministrationInput: {
            /** Format: date */
            date: string;
            extra?: {
                familyCoping?: number;
                problemSeverity?: number;
                therapyView?: number;
            };
            /** @enum {string} */
            instrument: "ORS" | "SRS" | "CORS" | "CSRS" | "YCORS" | "SOC-13" | "SOC-29" | "SCORE-15";
            items: (number | null)[];
            /** @enum {string} */
            phase?: "before" | "during" | "closure" | "follow-up";
            /** @enum {string} */
            population?: "young-child" | "child" | "adolescent" | "adult";
            /** @enum {string} */
            rater: "child" | "young-person" | "parent" | "staff";
            respondentId?: string;
            session: number;
        };
        NewReferral: {
            child: {
                age?: number;
                birthYearMonth?: string;
                districtId: string;
                /** @default [] */
                languages: string[];
                pseudonym: string;
            };
            consent: {
                /** @enum {string} */
                givenBy: "guardians" | "one_guardian" | "young_person" | "parent_self_referral";
                /** Format: date */
                recordedOn: string;
                /** @enum {string} */
                scope: "referral" | "referral_and_information_sharing";
                /** Format: date */
                withdrawnOn?: string;
            };
            needs: string[];
            protectionConcern?: boolean;
            serviceId: string;
            /** @default true */
            submit: boolean;
        };
        NewReferralInput: {
            child: {
                age?: number;
                birthYearMonth?: string;
                districtId: string;
                /** @default [] */
                languages: string[];
                pseudonym: string;
            };
            consent: {
                /** @enum {string} */
                givenBy: "guardians" | "one_guardian" | "young_person" | "parent_self_referral";
                /** Format: date */
                recordedOn: string;
                /** @enum {string} */
                scope: "referral" | "referral_and_information_sharing";
                /** Format: date */
                withdrawnOn?: string;
            };
            needs: string[];
            protectionConcern?: boolean;
            serviceId: string;
            /** @default true */
            submit: boolean;
        };
        OutcomeAdministration: {
            date: string;
            id: string;
            instrument: string;
            items: unknown[];
            phase?: string;
            rater: string;
            recordedAt: string;
            referralId: string;
            respondentId?: string;
            score?: unknown;
            session: number;
        };
        OutcomeAdministrationInput: {
            date: string;
            id: string;
            instrument: string;
            items: unknown[];
            phase?: string;
            rater: string;
            recordedAt: string;
            referralId: string;
            respondentId?: string;
            score?: unknown;
            session: number;
        };
        OutcomeSeries: {
            readonly administrations: components["schemas"]["OutcomeAdministration"][];
            readonly alerts: {
                code: string;
                instrument: string | null;
                message: string;
                rater: string | null;
                respondentId: string | null;
                session: number | null;
            }[];
            closed: boolean;
            firstSession: number | null;
            followUp: {
                [key: string]: unknown;
            } | null;
            readonly invalid: {
                code: string;
                index: number;
                instrument: string;
                message: string;
            }[];
            readonly kasam: {
                [key: string]: unknown;
            }[];
            lastSession: number | null;
            readonly outcome: ({
                changeSinceFirst: number | null;
                cutoff: number | null;
                /** @enum {string} */
                form: "ORS" | "CORS";
                latestCategory: ("recovered" | "improved" | "unchanged" | "deteriorated") | null;
                readonly points: {
                    date: string;
                    session: number;
                    total: number;
                }[];
                population: string;
                rater: string;
                respondentId: string | null;
                threshold: number | null;
            } & {
                [key: string]: unknown;
            })[];
            referralId: string;
            readonly score15: {
                [key: string]: unknown;
            }[];
            readonly session: ({
                falling: boolean;
                /** @enum {string} */
                form: "SRS" | "CSRS";
                latestAllianceFlag: boolean | null;
                rater: string;
            } & {
                [key: string]: unknown;
            })[];
            readonly unscored: {
                [key: string]: unknown;
            }[];
        };
        OutcomeSeriesInput: {
            readonly administrations: components["schemas"]["OutcomeAdministrationInput"][];
            readonly alerts: {
                code: string;
                instrument: string | null;
                message: string;
                rater: string | null;
                respondentId: string | null;
                session: number | null;
            }[];
            closed: boolean;
            firstSession: number | null;
            followUp: {
                [key: string]: unknown;
            } | null;
            readonly invalid: {
                code: string;
                index: number;
                instrument: string;
                message: string;
            }[];
            readonly kasam: {
                [key: string]: unknown;
            }[];
            lastSession: number | null;
            readonly outcome: ({
                changeSinceFirst: number | null;
                cutoff: number | null;
                /** @enum {string} */
                form: "ORS" | "CORS";
                latestCategory: ("recovered" | "improved" | "unchanged" | "deteriorated") | null;
                readonly points: {
                    date: string;
                    session: number;
                    total: number;
                }[];
                population: string;
                rater: string;
                respondentId: string | null;
                threshold: number | null;
            } & {
                [key: string]: unknown;
            })[];
            referralId: string;
            readonly score15: {
                [key: string]: unknown;
            }[];
            readonly session: ({
                falling: boolean;
                /** @enum {string} */
                form: "SRS" | "CSRS";
                latestAllianceFlag: boolean | null;
                rater: string;
            } & {
                [key: string]: unknown;
            })[];
            readonly unscored: {
                [key: string]: unknown;
            }[];
        };
        Problem: {
            allowedEvents?: string[];
            code?: string;
            currentVersion?: number;
            detail?: string;
            errors?: {
                in?: string;
                message: string;
                path: string;
            }[];
            instance?: string;
            sendInstead?: {
                cohortId: string;
                /** @constant */
                type: "WAITLIST";
            };
            status: number;
            title: string;
            type: string;
        };
        ProblemInput: {
            allowedEvents?: string[];
            code?: string;
            currentVersion?: number;
            detail?: string;
            errors?: {
                in?: string;
                message: string;
                path: string;
            }[];
            instance?: string;
            sendInstead?: {
                cohortId: string;
                /** @constant */
                type: "WAITLIST";
            };
            status: number;
            title: string;
            type: string;
        };
        Provider: {
            description: {
                en: string;
                sv: string;
            };
            districtId?: string;
            /** Format: email */
            email?: string;
            id: string;
            /** @enum {string} */
            kind: "district_administration" | "central_unit" | "voluntary_organisation" | "region" | "church" | "contractor";
            name: {
                en: string;
                sv: string;
            };
            phone?: string;
            sources: {
                lines: [
                    number,
                    number
                ];
                section: string;
                seed: string;
                year?: number;
            }[];
            verifiedBy?: string;
            /** Format: date */
            verifiedOn?: string;
            /** Format: uri */
            website?: string;
        };
        ProviderInput: {
            description: {
                en: string;
                sv: string;
            };
            districtId?: string;
            /** Format: email */
            email?: string;
            id: string;
            /** @enum {string} */
            kind: "district_administration" | "central_unit" | "voluntary_organisation" | "region" | "church" | "contractor";
            name: {
                en: string;
                sv: string;
            };
            phone?: string;
            sources: {
                lines: [
                    number,
                    number
                ];
                section: string;
                seed: string;
                year?: number;
            }[];
            verifiedBy?: string;
            /** Format: date */
            verifiedOn?: string;
            /** Format: uri */
            website?: string;
        };
        PublicCohort: {
            ageBand: {
                max: number;
                min: number;
            };
            endDate?: string;
            id: string;
            language: string;
            meetings: {
                count: number;
                durationMinutes?: number;
                startTime?: string;
                weekday?: string;
            };
            needs: string[];
            placesLeft: number;
            premises: {
                address?: string;
                confidential: boolean;
                districtId: string;
                name?: string;
            };
            seats: {
                max: number;
                min: number;
            };
            serviceId: string;
            startDate: string;
            /** @enum {string} */
            status: "planned" | "open";
        };
        PublicCohortInput: {
            ageBand: {
                max: number;
                min: number;
            };
            endDate?: string;
            id: string;
            language: string;
            meetings: {
                count: number;
                durationMinutes?: number;
                startTime?: string;
                weekday?: string;
            };
            needs: string[];
            placesLeft: number;
            premises: {
                address?: string;
                confidential: boolean;
                districtId: string;
                name?: string;
            };
            seats: {
                max: number;
                min: number;
            };
            serviceId: string;
            startDate: string;
            /** @enum {string} */
            status: "planned" | "open";
        };
        Referral: {
            allowedEvents: ("SUBMIT" | "REQUEST_INFO" | "PROVIDE_INFO" | "ACCEPT" | "DECLINE" | "WAITLIST" | "WAITLIST_CHECK_IN" | "OFFER" | "ACCEPT_OFFER" | "DECLINE_OFFER" | "RESCIND_OFFER" | "OFFER_EXPIRED" | "ENROL" | "COMPLETE" | "DISCONTINUE" | "FOLLOW_UP_DUE" | "FOLLOW_UP_RECORDED" | "WITHDRAW" | "REFER_ON" | "EXPIRE" | "PROTECTION_CONCERN")[];
            child: {
                age?: number;
                birthYearMonth?: string;
                districtId: string;
                /** @default [] */
                languages: string[];
                pseudonym: string;
            };
            cohortId?: string;
            consent: {
                /** @enum {string} */
                givenBy: "guardians" | "one_guardian" | "young_person" | "parent_self_referral";
                /** Format: date */
                recordedOn: string;
                /** @enum {string} */
                scope: "referral" | "referral_and_information_sharing";
                /** Format: date */
                withdrawnOn?: string;
            };
            createdAt: string;
            /** @enum {string} */
            declineReason?: "not_eligible" | "no_capacity" | "out_of_area" | "needs_individual_support_first" | "protection_concern" | "other";
            id: string;
            infoRequest?: {
                at: string;
                missing: string[];
            } & {
                [key: string]: unknown;
            };
            needs: string[];
            offer?: {
                cohortId: string;
                crossDistrict: boolean;
                replyBy: string;
                startDate: string;
            } & {
                [key: string]: unknown;
            };
            /** @constant */
            routeTo?: "social_services";
            serviceId: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "needs_info" | "accepted" | "waitlisted" | "offered" | "enrolled" | "completed" | "followed_up" | "declined" | "withdrawn" | "referred_on" | "discontinued" | "expired";
            submittedAt?: string;
            timers: {
                dueAt: string;
                kind: string;
            }[];
            updatedAt: string;
            version: number;
            waitlist?: {
                position: number;
                since: string;
                waitBand: string;
            } & {
                [key: string]: unknown;
            };
        };
        ReferralEvent: {
            actorId: string;
            at: string;
            cohortId?: string;
            fromStatus: ("draft" | "submitted" | "needs_info" | "accepted" | "waitlisted" | "offered" | "enrolled" | "completed" | "followed_up" | "declined" | "withdrawn" | "referred_on" | "discontinued" | "expired") | null;
            kind: string;
            reason?: string;
            recordedAt: string;
            role: string;
            /** @enum {string} */
            toStatus: "draft" | "submitted" | "needs_info" | "accepted" | "waitlisted" | "offered" | "enrolled" | "completed" | "followed_up" | "declined" | "withdrawn" | "referred_on" | "discontinued" | "expired";
            version: number;
        };
        ReferralEventBody: {
            /** @constant */
            type: "SUBMIT";
        } | {
            missing: ("consent" | "age" | "district" | "needs" | "contact" | "other")[];
            /** @constant */
            type: "REQUEST_INFO";
        } | {
            child?: {
                age?: number;
                birthYearMonth?: string;
                districtId: string;
                /** @default [] */
                languages: string[];
                pseudonym: string;
            };
            consent?: {
                /** @enum {string} */
                givenBy: "guardians" | "one_guardian" | "young_person" | "parent_self_referral";
                /** Format: date */
                recordedOn: string;
                /** @enum {string} */
                scope: "referral" | "referral_and_information_sharing";
                /** Format: date */
                withdrawnOn?: string;
            };
            needs?: string[];
            /** @constant */
            type: "PROVIDE_INFO";
        } | {
            /** @constant */
            type: "ACCEPT";
        } | {
            /** @enum {string} */
            reason: "not_eligible" | "no_capacity" | "out_of_area" | "needs_individual_support_first" | "protection_concern" | "other";
            /** @constant */
            type: "DECLINE";
        } | {
            cohortId?: string;
            motivatorId?: string;
            /** @enum {string} */
            motivatorRole?: "district_social_worker" | "coordinator" | "group_leader" | "system" | "district_editor" | "provider_editor";
            serviceId?: string;
            /** @constant */
            type: "WAITLIST";
            /** @enum {string} */
            waitBand?: "under_1_month" | "1_to_3_months" | "over_3_months" | "undetermined";
        } | {
            /** @constant */
            type: "WAITLIST_CHECK_IN";
        } | {
            cohortId: string;
            crossDistrict?: boolean;
            /** Format: date-time */
            replyBy: string;
            /** Format: date */
            startDate: string;
            /** @constant */
            type: "OFFER";
            venueDistrictId?: string;
        } | {
            /** @constant */
            type: "ACCEPT_OFFER";
        } | {
            /** @constant */
            type: "DECLINE_OFFER";
        } | {
            /** @constant */
            type: "RESCIND_OFFER";
        } | {
            /** @constant */
            type: "OFFER_EXPIRED";
        } | {
            /** @constant */
            type: "ENROL";
        } | {
            sessionsAttended?: number;
            /** @constant */
            type: "COMPLETE";
        } | {
            sessionsReached: number;
            /** @constant */
            type: "DISCONTINUE";
        } | {
            /** @constant */
            type: "FOLLOW_UP_DUE";
        } | {
            /** @constant */
            type: "FOLLOW_UP_RECORDED";
        } | {
            /** @constant */
            type: "WITHDRAW";
        } | {
            /** Format: uuid */
            newReferralId: string;
            /** @constant */
            type: "REFER_ON";
        } | {
            /** @constant */
            type: "EXPIRE";
        } | {
            /** @constant */
            type: "PROTECTION_CONCERN";
        };
        ReferralEventBodyInput: {
            /** @constant */
            type: "SUBMIT";
        } | {
            missing: ("consent" | "age" | "district" | "needs" | "contact" | "other")[];
            /** @constant */
            type: "REQUEST_INFO";
        } | {
            child?: {
                age?: number;
                birthYearMonth?: string;
                districtId: string;
                /** @default [] */
                languages: string[];
                pseudonym: string;
            };
            consent?: {
                /** @enum {string} */
                givenBy: "guardians" | "one_guardian" | "young_person" | "parent_self_referral";
                /** Format: date */
                recordedOn: string;
                /** @enum {string} */
                scope: "referral" | "referral_and_information_sharing";
                /** Format: date */
                withdrawnOn?: string;
            };
            needs?: string[];
            /** @constant */
            type: "PROVIDE_INFO";
        } | {
            /** @constant */
            type: "ACCEPT";
        } | {
            /** @enum {string} */
            reason: "not_eligible" | "no_capacity" | "out_of_area" | "needs_individual_support_first" | "protection_concern" | "other";
            /** @constant */
            type: "DECLINE";
        } | {
            cohortId?: string;
            motivatorId?: string;
            /** @enum {string} */
            motivatorRole?: "district_social_worker" | "coordinator" | "group_leader" | "system" | "district_editor" | "provider_editor";
            serviceId?: string;
            /** @constant */
            type: "WAITLIST";
            /** @enum {string} */
            waitBand?: "under_1_month" | "1_to_3_months" | "over_3_months" | "undetermined";
        } | {
            /** @constant */
            type: "WAITLIST_CHECK_IN";
        } | {
            cohortId: string;
            crossDistrict?: boolean;
            /** Format: date-time */
            replyBy: string;
            /** Format: date */
            startDate: string;
            /** @constant */
            type: "OFFER";
            venueDistrictId?: string;
        } | {
            /** @constant */
            type: "ACCEPT_OFFER";
        } | {
            /** @constant */
            type: "DECLINE_OFFER";
        } | {
            /** @constant */
            type: "RESCIND_OFFER";
        } | {
            /** @constant */
            type: "OFFER_EXPIRED";
        } | {
            /** @constant */
            type: "ENROL";
        } | {
            sessionsAttended?: number;
            /** @constant */
            type: "COMPLETE";
        } | {
            sessionsReached: number;
            /** @constant */
            type: "DISCONTINUE";
        } | {
            /** @constant */
            type: "FOLLOW_UP_DUE";
        } | {
            /** @constant */
            type: "FOLLOW_UP_RECORDED";
        } | {
            /** @constant */
            type: "WITHDRAW";
        } | {
            /** Format: uuid */
            newReferralId: string;
            /** @constant */
            type: "REFER_ON";
        } | {
            /** @constant */
            type: "EXPIRE";
        } | {
            /** @constant */
            type: "PROTECTION_CONCERN";
        };
        ReferralEventInput: {
            actorId: string;
            at: string;
            cohortId?: string;
            fromStatus: ("draft" | "submitted" | "needs_info" | "accepted" | "waitlisted" | "offered" | "enrolled" | "completed" | "followed_up" | "declined" | "withdrawn" | "referred_on" | "discontinued" | "expired") | null;
            kind: string;
            reason?: string;
            recordedAt: string;
            role: string;
            /** @enum {string} */
            toStatus: "draft" | "submitted" | "needs_info" | "accepted" | "waitlisted" | "offered" | "enrolled" | "completed" | "followed_up" | "declined" | "withdrawn" | "referred_on" | "discontinued" | "expired";
            version: number;
        };
        ReferralInput: {
            allowedEvents: ("SUBMIT" | "REQUEST_INFO" | "PROVIDE_INFO" | "ACCEPT" | "DECLINE" | "WAITLIST" | "WAITLIST_CHECK_IN" | "OFFER" | "ACCEPT_OFFER" | "DECLINE_OFFER" | "RESCIND_OFFER" | "OFFER_EXPIRED" | "ENROL" | "COMPLETE" | "DISCONTINUE" | "FOLLOW_UP_DUE" | "FOLLOW_UP_RECORDED" | "WITHDRAW" | "REFER_ON" | "EXPIRE" | "PROTECTION_CONCERN")[];
            child: {
                age?: number;
                birthYearMonth?: string;
                districtId: string;
                /** @default [] */
                languages: string[];
                pseudonym: string;
            };
            cohortId?: string;
            consent: {
                /** @enum {string} */
                givenBy: "guardians" | "one_guardian" | "young_person" | "parent_self_referral";
                /** Format: date */
                recordedOn: string;
                /** @enum {string} */
                scope: "referral" | "referral_and_information_sharing";
                /** Format: date */
                withdrawnOn?: string;
            };
            createdAt: string;
            /** @enum {string} */
            declineReason?: "not_eligible" | "no_capacity" | "out_of_area" | "needs_individual_support_first" | "protection_concern" | "other";
            id: string;
            infoRequest?: {
                at: string;
                missing: string[];
            } & {
                [key: string]: unknown;
            };
            needs: string[];
            offer?: {
                cohortId: string;
                crossDistrict: boolean;
                replyBy: string;
                startDate: string;
            } & {
                [key: string]: unknown;
            };
            /** @constant */
            routeTo?: "social_services";
            serviceId: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "needs_info" | "accepted" | "waitlisted" | "offered" | "enrolled" | "completed" | "followed_up" | "declined" | "withdrawn" | "referred_on" | "discontinued" | "expired";
            submittedAt?: string;
            timers: {
                dueAt: string;
                kind: string;
            }[];
            updatedAt: string;
            version: number;
            waitlist?: {
                position: number;
                since: string;
                waitBand: string;
            } & {
                [key: string]: unknown;
            };
        };
        ReferralSummary: {
            child: {
                age?: number;
                birthYearMonth?: string;
                districtId: string;
                /** @default [] */
                languages: string[];
                pseudonym: string;
            };
            cohortId?: string;
            createdAt: string;
            /** @enum {string} */
            declineReason?: "not_eligible" | "no_capacity" | "out_of_area" | "needs_individual_support_first" | "protection_concern" | "other";
            id: string;
            needs: string[];
            serviceId: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "needs_info" | "accepted" | "waitlisted" | "offered" | "enrolled" | "completed" | "followed_up" | "declined" | "withdrawn" | "referred_on" | "discontinued" | "expired";
            submittedAt?: string;
            updatedAt: string;
            version: number;
        };
        ReferralSummaryInput: {
            child: {
                age?: number;
                birthYearMonth?: string;
                districtId: string;
                /** @default [] */
                languages: string[];
                pseudonym: string;
            };
            cohortId?: string;
            createdAt: string;
            /** @enum {string} */
            declineReason?: "not_eligible" | "no_capacity" | "out_of_area" | "needs_individual_support_first" | "protection_concern" | "other";
            id: string;
            needs: string[];
            serviceId: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "needs_info" | "accepted" | "waitlisted" | "offered" | "enrolled" | "completed" | "followed_up" | "declined" | "withdrawn" | "referred_on" | "discontinued" | "expired";
            submittedAt?: string;
            updatedAt: string;
            version: number;
        };
        Service: {
            accessRoutes: ("direct_intake" | "self_referral" | "staff_referral" | "aid_decision")[];
            ages: {
                max: number;
                min: number;
            } | "unknown";
            agesInferred?: {
                band: {
                    max: number;
                    min: number;
                };
                evidence: string;
                /** @enum {string} */
                from: "kind" | "name";
            };
            catchment: {
                districtIds: string[];
                /** @constant */
                kind: "districts";
            } | {
                /** @constant */
                kind: "city";
            } | {
                /** @constant */
                kind: "county";
            };
            /** @default false */
            confidentialLocation: boolean;
            /** @default {} */
            contact: {
                address?: string;
                contactPointOnly?: boolean;
                /** Format: email */
                email?: string;
                howTo?: {
                    en: string;
                    sv: string;
                };
                phone?: string;
                /** Format: uri */
                url?: string;
            };
            cost: {
                /** @enum {string} */
                kind: "free" | "fee" | "unknown";
                note?: {
                    en: string;
                    sv: string;
                };
            };
            description: {
                en: string;
                sv: string;
            };
            eligibilityNote?: {
                en: string;
                sv: string;
            };
            howToStart?: {
                fromAge?: number;
                /** @enum {string} */
                kind: "call_us" | "ask_social_worker" | "young_person_alone";
                note?: {
                    en: string;
                    sv: string;
                };
            };
            id: string;
            /** @enum {string} */
            kind: "children_group" | "teen_group" | "parent_group" | "parallel_groups" | "individual_talks" | "advice_support_talks" | "family_treatment" | "parenting_programme" | "counselling" | "contact_person" | "other";
            languages: string[];
            method?: string;
            name: {
                en: string;
                sv: string;
            };
            needs: string[];
            needsEstimated?: boolean;
            participants: ("child" | "parent" | "young_adult")[];
            plainSummary?: {
                en: string;
                sv: string;
            };
            providerId: string;
            schedule?: {
                /** Format: date */
                nextStart?: string;
                note?: {
                    en: string;
                    sv: string;
                };
            };
            /** @default {} */
            sessions: {
                cap?: number;
                count?: {
                    max: number;
                    min: number;
                };
                note?: {
                    en: string;
                    sv: string;
                };
            };
            sources: {
                lines: [
                    number,
                    number
                ];
                section: string;
                seed: string;
                year?: number;
            }[];
            /**
             * @default active
             * @enum {string}
             */
            status: "active" | "inactive" | "defunct" | "temporarily_closed";
            venueDistrictId?: string;
            verifiedBy?: string;
            /** Format: date */
            verifiedOn?: string;
        };
        ServiceContact: {
            address?: string;
            contactPointOnly?: boolean;
            /** Format: email */
            email?: string;
            howTo?: components["schemas"]["AnswerText"];
            phone?: string;
            /** Format: uri */
            url?: string;
        };
        ServiceContactInput: {
            address?: string;
            contactPointOnly?: boolean;
            /** Format: email */
            email?: string;
            howTo?: components["schemas"]["AnswerTextInput"];
            phone?: string;
            /** Format: uri */
            url?: string;
        };
        ServiceInput: {
            accessRoutes: ("direct_intake" | "self_referral" | "staff_referral" | "aid_decision")[];
            ages: {
                max: number;
                min: number;
            } | "unknown";
            agesInferred?: {
                band: {
                    max: number;
                    min: number;
                };
                evidence: string;
                /** @enum {string} */
                from: "kind" | "name";
            };
            catchment: {
                districtIds: string[];
                /** @constant */
                kind: "districts";
            } | {
                /** @constant */
                kind: "city";
            } | {
                /** @constant */
                kind: "county";
            };
            /** @default false */
            confidentialLocation: boolean;
            /** @default {} */
            contact: {
                address?: string;
                contactPointOnly?: boolean;
                /** Format: email */
                email?: string;
                howTo?: {
                    en: string;
                    sv: string;
                };
                phone?: string;
                /** Format: uri */
                url?: string;
            };
            cost: {
                /** @enum {string} */
                kind: "free" | "fee" | "unknown";
                note?: {
                    en: string;
                    sv: string;
                };
            };
            description: {
                en: string;
                sv: string;
            };
            eligibilityNote?: {
                en: string;
                sv: string;
            };
            howToStart?: {
                fromAge?: number;
                /** @enum {string} */
                kind: "call_us" | "ask_social_worker" | "young_person_alone";
                note?: {
                    en: string;
                    sv: string;
                };
            };
            id: string;
            /** @enum {string} */
            kind: "children_group" | "teen_group" | "parent_group" | "parallel_groups" | "individual_talks" | "advice_support_talks" | "family_treatment" | "parenting_programme" | "counselling" | "contact_person" | "other";
            languages: string[];
            method?: string;
            name: {
                en: string;
                sv: string;
            };
            needs: string[];
            needsEstimated?: boolean;
            participants: ("child" | "parent" | "young_adult")[];
            plainSummary?: {
                en: string;
                sv: string;
            };
            providerId: string;
            schedule?: {
                /** Format: date */
                nextStart?: string;
                note?: {
                    en: string;
                    sv: string;
                };
            };
            /** @default {} */
            sessions: {
                cap?: number;
                count?: {
                    max: number;
                    min: number;
                };
                note?: {
                    en: string;
                    sv: string;
                };
            };
            sources: {
                lines: [
                    number,
                    number
                ];
                section: string;
                seed: string;
                year?: number;
            }[];
            /**
             * @default active
             * @enum {string}
             */
            status: "active" | "inactive" | "defunct" | "temporarily_closed";
            venueDistrictId?: string;
            verifiedBy?: string;
            /** Format: date */
            verifiedOn?: string;
        };
        ServiceList: {
            /** @description ServiceSummary items, or whole Service records with view=full */
            items: components["schemas"]["ServiceSummary"][] | components["schemas"]["Service"][];
            page: number;
            perPage: number;
            total: number;
        };
        ServiceListInput: {
            /** @description ServiceSummary items, or whole Service records with view=full */
            items: components["schemas"]["ServiceSummaryInput"][] | components["schemas"]["ServiceInput"][];
            page: number;
            perPage: number;
            total: number;
        };
        /** @description A service in a list; the whole service and its provider are at /v1/services/{id}, or in the list with view=full. */
        ServiceSummary: {
            accessRoutes: ("direct_intake" | "self_referral" | "staff_referral" | "aid_decision")[];
            ages: {
                max: number;
                min: number;
            } | "unknown";
            catchment: {
                districtIds: string[];
                /** @constant */
                kind: "districts";
            } | {
                /** @constant */
                kind: "city";
            } | {
                /** @constant */
                kind: "county";
            };
            id: string;
            /** @enum {string} */
            kind: "children_group" | "teen_group" | "parent_group" | "parallel_groups" | "individual_talks" | "advice_support_talks" | "family_treatment" | "parenting_programme" | "counselling" | "contact_person" | "other";
            name: components["schemas"]["AnswerText"];
            needs: string[];
            providerId: string;
            providerName: components["schemas"]["AnswerText"];
        };
        /** @description A service in a list; the whole service and its provider are at /v1/services/{id}, or in the list with view=full. */
        ServiceSummaryInput: {
            accessRoutes: ("direct_intake" | "self_referral" | "staff_referral" | "aid_decision")[];
            ages: {
                max: number;
                min: number;
            } | "unknown";
            catchment: {
                districtIds: string[];
                /** @constant */
                kind: "districts";
            } | {
                /** @constant */
                kind: "city";
            } | {
                /** @constant */
                kind: "county";
            };
            id: string;
            /** @enum {string} */
            kind: "children_group" | "teen_group" | "parent_group" | "parallel_groups" | "individual_talks" | "advice_support_talks" | "family_treatment" | "parenting_programme" | "counselling" | "contact_person" | "other";
            name: components["schemas"]["AnswerTextInput"];
            needs: string[];
            providerId: string;
            providerName: components["schemas"]["AnswerTextInput"];
        };
        WaitingPlace: {
            aboutWeeks?: number;
            /** @enum {string} */
            list: "cohort" | "service";
            listId: string;
            method: {
                en: string;
                sv: string;
            };
            of: number;
            pacePerWeek: number;
            position: number;
            text: {
                en: string;
                sv: string;
            };
            windowDays: number;
        };
        WaitingPlaceInput: {
            aboutWeeks?: number;
            /** @enum {string} */
            list: "cohort" | "service";
            listId: string;
            method: {
                en: string;
                sv: string;
            };
            of: number;
            pacePerWeek: number;
            position: number;
            text: {
                en: string;
                sv: string;
            };
            windowDays: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
