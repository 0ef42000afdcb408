// Generated from /api/openapi.json by `npm run api:client` (scripts/openapi.ts). Do not edit:
// change the zod schemas of the routes and run it again.
export interface paths {
    "/api/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Action items visible to you (overdue=true: those past due) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Only items past their due date and not closed */
                    overdue?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                report: boolean;
                            };
                            closedOn: string | null;
                            decisionId: string | null;
                            droppedReason: string | null;
                            dueDate: string;
                            /** Format: uuid */
                            id: string;
                            meeting: {
                                /** @description The creating meeting's day in its zone */
                                date: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            overdue: boolean;
                            ownerOrganisations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            ownerPerson: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            series: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                            };
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done" | "dropped";
                            text: string;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/action-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An action item, its updates and the meetings that reviewed it */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                report: boolean;
                            };
                            closedOn: string | null;
                            decisionId: string | null;
                            droppedReason: string | null;
                            dueDate: string;
                            /** Format: uuid */
                            id: string;
                            meeting: {
                                /** @description The creating meeting's day in its zone */
                                date: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            overdue: boolean;
                            ownerOrganisations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            ownerPerson: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @description The meetings that reviewed it, oldest first */
                            reviews: {
                                /** Format: uuid */
                                meetingId: string;
                                meetingTitle: string;
                                newDueDate: string | null;
                                /** @enum {string} */
                                outcome: "done" | "continued" | "dropped";
                                reason: string | null;
                            }[];
                            series: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                            };
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done" | "dropped";
                            text: string;
                            updates: {
                                body: string;
                                /** Format: uuid */
                                id: string;
                                onDate: string;
                                status: ("open" | "in_progress" | "done" | "dropped") | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/action-items/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A dated update on an action item (its owner organisations), with its status */
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
                    "application/json": {
                        body: string;
                        droppedReason?: string;
                        /**
                         * Format: date
                         * @description The update's day in the meeting's zone; today there when left out
                         */
                        onDate?: string;
                        /** @enum {string} */
                        status?: "open" | "in_progress" | "done" | "dropped";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                report: boolean;
                            };
                            closedOn: string | null;
                            decisionId: string | null;
                            droppedReason: string | null;
                            dueDate: string;
                            /** Format: uuid */
                            id: string;
                            meeting: {
                                /** @description The creating meeting's day in its zone */
                                date: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            overdue: boolean;
                            ownerOrganisations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            ownerPerson: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @description The meetings that reviewed it, oldest first */
                            reviews: {
                                /** Format: uuid */
                                meetingId: string;
                                meetingTitle: string;
                                newDueDate: string | null;
                                /** @enum {string} */
                                outcome: "done" | "continued" | "dropped";
                                reason: string | null;
                            }[];
                            series: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                            };
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done" | "dropped";
                            text: string;
                            updates: {
                                body: string;
                                /** Format: uuid */
                                id: string;
                                onDate: string;
                                status: ("open" | "in_progress" | "done" | "dropped") | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/action-items/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation's action items */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Only items past their due date and not closed */
                    overdue?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                report: boolean;
                            };
                            closedOn: string | null;
                            decisionId: string | null;
                            droppedReason: string | null;
                            dueDate: string;
                            /** Format: uuid */
                            id: string;
                            meeting: {
                                /** @description The creating meeting's day in its zone */
                                date: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            overdue: boolean;
                            ownerOrganisations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            ownerPerson: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            series: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                            };
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done" | "dropped";
                            text: string;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit events, newest first (admin); content only of events whose rows (main and related) the reader may read now */
        get: {
            parameters: {
                query?: {
                    /** @description From `nextCursor` of the previous page */
                    cursor?: string;
                    entity?: string;
                    entityId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorOrgId: string | null;
                                actorUserId: string | null;
                                after: unknown;
                                before: unknown;
                                /** @description True when the reader may not read the row, or one of its related rows, now (or it was deleted): only who, when and the kind of change are given */
                                contentWithheld: boolean;
                                entity: string;
                                /** @description Null when the content is withheld */
                                entityId: string | null;
                                hash: string | null;
                                id: string;
                                occurredAt: string;
                                /** @description Other rows the event is about (a link names its need); its content is shown only to a reader of all of them. Null when none, or withheld */
                                related: {
                                    entity: string;
                                    id: string;
                                }[] | null;
                                requestId: string | null;
                                /** @description Place in the hash chain; null for a moment, until the sealer chains it */
                                seq: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Seal waiting events, recompute the hash chain and name the first broken event (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            brokenSeq?: string;
                            events: number;
                            ok: boolean;
                            pending: number;
                            reason?: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (give the current one); ends your other sessions; limited like sign-in */
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
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and the CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the user may do, from each module's policy; a row's own abilities come with the row */
                            abilities: {
                                createContribution: boolean;
                                createDocument: boolean;
                                createLocation: boolean;
                                createNeed: boolean;
                                importFor: {
                                    /** @description May import on behalf of any organisation (the secretariat) */
                                    anyOrganisation: boolean;
                                    ownOrganisation: boolean;
                                };
                                manageFramework: boolean;
                                manageMembers: boolean;
                                manageUsers: boolean;
                                readAudit: boolean;
                                /** @description May state a need for a working group its organisation does not co-lead (the secretariat) */
                                stateNeedsForAnyWorkingGroup: boolean;
                            };
                            csrfToken: string;
                            /** @description When an admin last set this password; given in the answer to every sign-in until the user sets their own password (POST /api/auth/password), else null */
                            passwordResetByAdminAt: string | null;
                            user: {
                                displayName: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "fr" | "ar";
                                /** Format: uuid */
                                orgId: string;
                                orgKind: string;
                                orgName: string;
                                /** @enum {string} */
                                role: "admin" | "coordinator" | "focal_point" | "viewer";
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the session cookie and returns the CSRF token */
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
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the user may do, from each module's policy; a row's own abilities come with the row */
                            abilities: {
                                createContribution: boolean;
                                createDocument: boolean;
                                createLocation: boolean;
                                createNeed: boolean;
                                importFor: {
                                    /** @description May import on behalf of any organisation (the secretariat) */
                                    anyOrganisation: boolean;
                                    ownOrganisation: boolean;
                                };
                                manageFramework: boolean;
                                manageMembers: boolean;
                                manageUsers: boolean;
                                readAudit: boolean;
                                /** @description May state a need for a working group its organisation does not co-lead (the secretariat) */
                                stateNeedsForAnyWorkingGroup: boolean;
                            };
                            csrfToken: string;
                            /** @description When an admin last set this password; given in the answer to every sign-in until the user sets their own password (POST /api/auth/password), else null */
                            passwordResetByAdminAt: string | null;
                            user: {
                                displayName: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "fr" | "ar";
                                /** Format: uuid */
                                orgId: string;
                                orgKind: string;
                                orgName: string;
                                /** @enum {string} */
                                role: "admin" | "coordinator" | "focal_point" | "viewer";
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out; ends the session on the server */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/calendar/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A personal calendar feed: the meetings its owner may see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/calendar/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your calendar feed tokens (not the tokens themselves) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            lastUsedAt: string | null;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** A new personal calendar feed: its address is shown once */
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
                        /** @default  */
                        label?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            label: string;
                            lastUsedAt: string | null;
                            token: string;
                            /** @description The feed: keep it secret; revoke it to stop it */
                            url: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/calendar/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a calendar feed */
        delete: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contributions visible to you, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description From `nextCursor` of the previous page */
                    cursor?: string;
                    /** @description Active on or after this date */
                    from?: string;
                    limit?: number;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    /** @description Words in the description */
                    q?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description What the reader may do with this contribution (contributions.policy.ts); the service checks again */
                                abilities: {
                                    changeStatus: boolean;
                                    delete: boolean;
                                    linkNeed: boolean;
                                    update: boolean;
                                };
                                createdAt: string;
                                description: string;
                                endDate: string | null;
                                externalId: string | null;
                                frameworkNode: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                line: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                locations: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                money: {
                                    /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                    amountMinor: number;
                                    /** @enum {string} */
                                    currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                                } | null;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                quantity: {
                                    unit: string;
                                    /** @description At most 99999999999.9999, at most 4 decimals */
                                    value: number;
                                } | null;
                                sharing: {
                                    audienceGroups: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    audienceOrgs: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    /** @enum {string} */
                                    marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                    /** Format: uuid */
                                    ownerOrgId: string;
                                    ownerOrgName: string;
                                    recipients: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                };
                                startDate: string | null;
                                /** @enum {string} */
                                status: "pledged" | "committed" | "delivered" | "cancelled";
                                /** @enum {string} */
                                type: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a contribution of your organisation */
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
                        /** @default  */
                        description?: string;
                        /** @default null */
                        endDate?: string | null;
                        /** @default null */
                        externalId?: string | null;
                        /**
                         * Format: uuid
                         * @description A line of effort, or an objective under it
                         */
                        frameworkNodeId: string;
                        /** @default [] */
                        locationIds?: string[];
                        /** @default null */
                        money?: {
                            /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                            amountMinor: number;
                            /** @enum {string} */
                            currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                        } | null;
                        /** @default null */
                        quantity?: {
                            unit: string;
                            /** @description At most 99999999999.9999, at most 4 decimals */
                            value: number;
                        } | null;
                        sharing: {
                            /**
                             * @description Groups that may read an AMBER row
                             * @default []
                             */
                            audienceGroupIds?: string[];
                            /**
                             * @description Organisations that may read an AMBER row
                             * @default []
                             */
                            audienceOrgIds?: string[];
                            /**
                             * @description TLP 2.0 marking
                             * @enum {string}
                             */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            /**
                             * @description Users who may read a RED row
                             * @default []
                             */
                            recipientUserIds?: string[];
                        };
                        /** @default null */
                        startDate?: string | null;
                        /**
                         * @default pledged
                         * @enum {string}
                         */
                        status?: "pledged" | "committed" | "delivered";
                        /** @enum {string} */
                        type: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this contribution (contributions.policy.ts); the service checks again */
                            abilities: {
                                changeStatus: boolean;
                                delete: boolean;
                                linkNeed: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            description: string;
                            endDate: string | null;
                            externalId: string | null;
                            frameworkNode: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            history: {
                                changedAt: string;
                                changedBy: string | null;
                                fromStatus: ("pledged" | "committed" | "delivered" | "cancelled") | null;
                                note: string;
                                /** @enum {string} */
                                toStatus: "pledged" | "committed" | "delivered" | "cancelled";
                            }[];
                            /** Format: uuid */
                            id: string;
                            line: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            locations: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            money: {
                                /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                amountMinor: number;
                                /** @enum {string} */
                                currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            } | null;
                            /** @description The needs this contribution meets part of (those you can see), with how much */
                            needs: {
                                amountMinor: number | null;
                                currency: string | null;
                                description: string;
                                line: string;
                                /** Format: uuid */
                                needId: string;
                                quantity: number | null;
                                unit: string | null;
                            }[];
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            quantity: {
                                unit: string;
                                /** @description At most 99999999999.9999, at most 4 decimals */
                                value: number;
                            } | null;
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            startDate: string | null;
                            /** @enum {string} */
                            status: "pledged" | "committed" | "delivered" | "cancelled";
                            /** @enum {string} */
                            type: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/contributions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One contribution with its status history */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this contribution (contributions.policy.ts); the service checks again */
                            abilities: {
                                changeStatus: boolean;
                                delete: boolean;
                                linkNeed: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            description: string;
                            endDate: string | null;
                            externalId: string | null;
                            frameworkNode: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            history: {
                                changedAt: string;
                                changedBy: string | null;
                                fromStatus: ("pledged" | "committed" | "delivered" | "cancelled") | null;
                                note: string;
                                /** @enum {string} */
                                toStatus: "pledged" | "committed" | "delivered" | "cancelled";
                            }[];
                            /** Format: uuid */
                            id: string;
                            line: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            locations: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            money: {
                                /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                amountMinor: number;
                                /** @enum {string} */
                                currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            } | null;
                            /** @description The needs this contribution meets part of (those you can see), with how much */
                            needs: {
                                amountMinor: number | null;
                                currency: string | null;
                                description: string;
                                line: string;
                                /** Format: uuid */
                                needId: string;
                                quantity: number | null;
                                unit: string | null;
                            }[];
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            quantity: {
                                unit: string;
                                /** @description At most 99999999999.9999, at most 4 decimals */
                                value: number;
                            } | null;
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            startDate: string | null;
                            /** @enum {string} */
                            status: "pledged" | "committed" | "delivered" | "cancelled";
                            /** @enum {string} */
                            type: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a contribution (its owner organisation) */
        delete: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a contribution (its owner organisation) */
        patch: {
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
                        description?: string;
                        endDate?: string | null;
                        externalId?: string | null;
                        /**
                         * Format: uuid
                         * @description A line of effort, or an objective under it
                         */
                        frameworkNodeId?: string;
                        locationIds?: string[];
                        money?: {
                            /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                            amountMinor: number;
                            /** @enum {string} */
                            currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                        } | null;
                        quantity?: {
                            unit: string;
                            /** @description At most 99999999999.9999, at most 4 decimals */
                            value: number;
                        } | null;
                        sharing?: {
                            /**
                             * @description Groups that may read an AMBER row
                             * @default []
                             */
                            audienceGroupIds?: string[];
                            /**
                             * @description Organisations that may read an AMBER row
                             * @default []
                             */
                            audienceOrgIds?: string[];
                            /**
                             * @description TLP 2.0 marking
                             * @enum {string}
                             */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            /**
                             * @description Users who may read a RED row
                             * @default []
                             */
                            recipientUserIds?: string[];
                        };
                        startDate?: string | null;
                        /** @enum {string} */
                        type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this contribution (contributions.policy.ts); the service checks again */
                            abilities: {
                                changeStatus: boolean;
                                delete: boolean;
                                linkNeed: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            description: string;
                            endDate: string | null;
                            externalId: string | null;
                            frameworkNode: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            history: {
                                changedAt: string;
                                changedBy: string | null;
                                fromStatus: ("pledged" | "committed" | "delivered" | "cancelled") | null;
                                note: string;
                                /** @enum {string} */
                                toStatus: "pledged" | "committed" | "delivered" | "cancelled";
                            }[];
                            /** Format: uuid */
                            id: string;
                            line: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            locations: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            money: {
                                /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                amountMinor: number;
                                /** @enum {string} */
                                currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            } | null;
                            /** @description The needs this contribution meets part of (those you can see), with how much */
                            needs: {
                                amountMinor: number | null;
                                currency: string | null;
                                description: string;
                                line: string;
                                /** Format: uuid */
                                needId: string;
                                quantity: number | null;
                                unit: string | null;
                            }[];
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            quantity: {
                                unit: string;
                                /** @description At most 99999999999.9999, at most 4 decimals */
                                value: number;
                            } | null;
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            startDate: string | null;
                            /** @enum {string} */
                            status: "pledged" | "committed" | "delivered" | "cancelled";
                            /** @enum {string} */
                            type: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/contributions/{id}/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record how much of a need this contribution meets */
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
                    "application/json": {
                        /** @default null */
                        amountMinor?: number | null;
                        /** Format: uuid */
                        needId: string;
                        /** @default null */
                        quantity?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this need (needs.policy.ts); the service checks again */
                            abilities: {
                                delete: boolean;
                                update: boolean;
                            };
                            description: string;
                            externalId: string | null;
                            frameworkNode: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Sums over the linked contributions you can see (cancelled and pledged ones meet nothing); quantities and money as exact decimal strings */
                            gap: {
                                committed: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                                delivered: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                                /** @description committed + delivered − need, never below zero */
                                oversubscribed: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                                /** @description need − committed − delivered, never below zero */
                                unmet: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                            };
                            /** Format: uuid */
                            id: string;
                            line: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            location: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            money: {
                                /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                amountMinor: number;
                                /** @enum {string} */
                                currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            } | null;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            periodEnd: string | null;
                            periodStart: string | null;
                            /** @enum {string} */
                            priority: "low" | "medium" | "high" | "critical";
                            quantity: {
                                unit: string;
                                /** @description At most 99999999999.9999, at most 4 decimals */
                                value: number;
                            } | null;
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            /** @enum {string} */
                            type: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                            /** @description The working group the need is stated for, if any */
                            workingGroup: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/contributions/{id}/needs/{needId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** This contribution no longer meets that need */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    needId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contributions/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a contribution forward: pledged → committed → delivered, or cancelled */
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
                    "application/json": {
                        /** @default  */
                        note?: string;
                        /** @enum {string} */
                        status: "pledged" | "committed" | "delivered" | "cancelled";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this contribution (contributions.policy.ts); the service checks again */
                            abilities: {
                                changeStatus: boolean;
                                delete: boolean;
                                linkNeed: boolean;
                                update: boolean;
                            };
                            createdAt: string;
                            description: string;
                            endDate: string | null;
                            externalId: string | null;
                            frameworkNode: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            history: {
                                changedAt: string;
                                changedBy: string | null;
                                fromStatus: ("pledged" | "committed" | "delivered" | "cancelled") | null;
                                note: string;
                                /** @enum {string} */
                                toStatus: "pledged" | "committed" | "delivered" | "cancelled";
                            }[];
                            /** Format: uuid */
                            id: string;
                            line: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            locations: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            money: {
                                /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                amountMinor: number;
                                /** @enum {string} */
                                currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            } | null;
                            /** @description The needs this contribution meets part of (those you can see), with how much */
                            needs: {
                                amountMinor: number | null;
                                currency: string | null;
                                description: string;
                                line: string;
                                /** Format: uuid */
                                needId: string;
                                quantity: number | null;
                                unit: string | null;
                            }[];
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            quantity: {
                                unit: string;
                                /** @description At most 99999999999.9999, at most 4 decimals */
                                value: number;
                            } | null;
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            startDate: string | null;
                            /** @enum {string} */
                            status: "pledged" | "committed" | "delivered" | "cancelled";
                            /** @enum {string} */
                            type: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/contributions/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contributions you may pass on, as HXL CSV (importable again) */
        get: {
            parameters: {
                query?: {
                    /** @description Active on or after this date */
                    from?: string;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    /** @description Words in the description */
                    q?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/contributions/export.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contributions you may pass on, as HXL JSON (an array of objects keyed by hashtag) (importable again) */
        get: {
            parameters: {
                query?: {
                    /** @description Active on or after this date */
                    from?: string;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    /** @description Words in the description */
                    q?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/contributions/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contributions you may pass on, as HXL XLSX (importable again) */
        get: {
            parameters: {
                query?: {
                    /** @description Active on or after this date */
                    from?: string;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    /** @description Words in the description */
                    q?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/contributions/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A blank CSV file of contributions to fill in and import: the column names and the hashtag row, no data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/contributions/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A blank XLSX file of contributions to fill in and import: the column names and the hashtag row, no data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisation × line-of-effort matrix, thin lines and places, likely duplication */
        get: {
            parameters: {
                query?: {
                    /** @description Active on or after this date */
                    from?: string;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            likelyDuplicates: {
                                contributions: number;
                                location: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                organisations: string[];
                                type: string;
                            }[];
                            /** @description Lines of effort with no or a single contributing organisation */
                            linesWithFewContributors: {
                                contributors: number;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                onlyOrganisation: string | null;
                            }[];
                            locationsWithFewContributors: {
                                code: string;
                                contributors: number;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                onlyOrganisation: string | null;
                            }[];
                            matrix: {
                                cells: {
                                    /** @description Contributions that count (not cancelled) */
                                    count: number;
                                    /** Format: uuid */
                                    lineId: string;
                                    /** @description Their amounts summed per currency, exact (decimal strings) */
                                    money: {
                                        /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                        amountMinor: string;
                                        /** @enum {string} */
                                        currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                                    }[];
                                    /** Format: uuid */
                                    orgId: string;
                                }[];
                                lines: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                organisations: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            /** @description Contributions and open needs per place, with the country it lies in */
                            places: {
                                code: string;
                                contributions: number;
                                countryCode: string;
                                /** Format: uuid */
                                id: string;
                                latitude: number | null;
                                level: string;
                                longitude: number | null;
                                name: string;
                                /** @description needs at this place whose gap is not closed */
                                openNeeds: number;
                                organisations: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/coverage/duplicates.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Likely duplication: organisations delivering the same type to a place in overlapping periods, as CSV: what you may pass on */
        get: {
            parameters: {
                query?: {
                    /** @description Active on or after this date */
                    from?: string;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/coverage/duplicates.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Likely duplication: organisations delivering the same type to a place in overlapping periods, as XLSX: what you may pass on */
        get: {
            parameters: {
                query?: {
                    /** @description Active on or after this date */
                    from?: string;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/coverage/gaps.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs with what is committed, delivered, unmet and over-subscribed, as CSV: what you may pass on */
        get: {
            parameters: {
                query?: {
                    lineId?: string;
                    locationId?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/coverage/gaps.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs with what is committed, delivered, unmet and over-subscribed, as XLSX: what you may pass on */
        get: {
            parameters: {
                query?: {
                    lineId?: string;
                    locationId?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/coverage/matrix.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisation × line-of-effort matrix: contributions and amounts per currency, as CSV: what you may pass on */
        get: {
            parameters: {
                query?: {
                    /** @description Active on or after this date */
                    from?: string;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/coverage/matrix.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisation × line-of-effort matrix: contributions and amounts per currency, as XLSX: what you may pass on */
        get: {
            parameters: {
                query?: {
                    /** @description Active on or after this date */
                    from?: string;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/coverage/places.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contributions, contributing organisations and open needs per place (the map), as CSV: what you may pass on */
        get: {
            parameters: {
                query?: {
                    /** @description Active on or after this date */
                    from?: string;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/coverage/places.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contributions, contributing organisations and open needs per place (the map), as XLSX: what you may pass on */
        get: {
            parameters: {
                query?: {
                    /** @description Active on or after this date */
                    from?: string;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/coverage/thin-lines.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lines of effort with no or a single contributing organisation, as CSV: what you may pass on */
        get: {
            parameters: {
                query?: {
                    /** @description Active on or after this date */
                    from?: string;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/coverage/thin-lines.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lines of effort with no or a single contributing organisation, as XLSX: what you may pass on */
        get: {
            parameters: {
                query?: {
                    /** @description Active on or after this date */
                    from?: string;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/coverage/thin-places.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Places with needs and no contribution, or a single contributing organisation, as CSV: what you may pass on */
        get: {
            parameters: {
                query?: {
                    /** @description Active on or after this date */
                    from?: string;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/coverage/thin-places.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Places with needs and no contribution, or a single contributing organisation, as XLSX: what you may pass on */
        get: {
            parameters: {
                query?: {
                    /** @description Active on or after this date */
                    from?: string;
                    lineId?: string;
                    /** @description This location and every place under it */
                    locationId?: string;
                    orgId?: string;
                    status?: "pledged" | "committed" | "delivered" | "cancelled";
                    /** @description Active on or before this date */
                    to?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documents visible to you; full-text search with q */
        get: {
            parameters: {
                query?: {
                    /** @description From `nextCursor` of the previous page */
                    cursor?: string;
                    kind?: "statement" | "communique" | "minutes" | "report" | "other";
                    limit?: number;
                    marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                    ownerOrgId?: string;
                    /** @description Full-text search in title and body */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description What the reader may do with this document (documents.policy.ts); the service checks again */
                                abilities: {
                                    attachFile: boolean;
                                    delete: boolean;
                                    update: boolean;
                                };
                                createdAt: string;
                                /** Format: uuid */
                                createdBy: string;
                                documentDate: string;
                                /** @description Start of the body, or the search hit in context */
                                excerpt: string;
                                file: {
                                    name: string;
                                    sha256: string;
                                    size: number;
                                    type: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "statement" | "communique" | "minutes" | "report" | "other";
                                sharing: {
                                    audienceGroups: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    audienceOrgs: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    /** @enum {string} */
                                    marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                    /** Format: uuid */
                                    ownerOrgId: string;
                                    ownerOrgName: string;
                                    recipients: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                };
                                title: string;
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a document owned by your organisation */
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
                        /** @default  */
                        body?: string;
                        /** Format: date */
                        documentDate: string;
                        /** @enum {string} */
                        kind: "statement" | "communique" | "minutes" | "report" | "other";
                        sharing: {
                            /**
                             * @description Groups that may read an AMBER row
                             * @default []
                             */
                            audienceGroupIds?: string[];
                            /**
                             * @description Organisations that may read an AMBER row
                             * @default []
                             */
                            audienceOrgIds?: string[];
                            /**
                             * @description TLP 2.0 marking
                             * @enum {string}
                             */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            /**
                             * @description Users who may read a RED row
                             * @default []
                             */
                            recipientUserIds?: string[];
                        };
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this document (documents.policy.ts); the service checks again */
                            abilities: {
                                attachFile: boolean;
                                delete: boolean;
                                update: boolean;
                            };
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            createdBy: string;
                            documentDate: string;
                            file: {
                                name: string;
                                sha256: string;
                                size: number;
                                type: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "statement" | "communique" | "minutes" | "report" | "other";
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this document (documents.policy.ts); the service checks again */
                            abilities: {
                                attachFile: boolean;
                                delete: boolean;
                                update: boolean;
                            };
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            createdBy: string;
                            documentDate: string;
                            file: {
                                name: string;
                                sha256: string;
                                size: number;
                                type: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "statement" | "communique" | "minutes" | "report" | "other";
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a document (its owner organisation) */
        delete: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a document (its owner organisation's users) */
        patch: {
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
                        body?: string;
                        /** Format: date */
                        documentDate?: string;
                        /** @enum {string} */
                        kind?: "statement" | "communique" | "minutes" | "report" | "other";
                        sharing?: {
                            /**
                             * @description Groups that may read an AMBER row
                             * @default []
                             */
                            audienceGroupIds?: string[];
                            /**
                             * @description Organisations that may read an AMBER row
                             * @default []
                             */
                            audienceOrgIds?: string[];
                            /**
                             * @description TLP 2.0 marking
                             * @enum {string}
                             */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            /**
                             * @description Users who may read a RED row
                             * @default []
                             */
                            recipientUserIds?: string[];
                        };
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this document (documents.policy.ts); the service checks again */
                            abilities: {
                                attachFile: boolean;
                                delete: boolean;
                                update: boolean;
                            };
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            createdBy: string;
                            documentDate: string;
                            file: {
                                name: string;
                                sha256: string;
                                size: number;
                                type: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "statement" | "communique" | "minutes" | "report" | "other";
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the attached file */
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
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        /** Attach or replace the file (multipart/form-data, one part named file) */
        put: {
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this document (documents.policy.ts); the service checks again */
                            abilities: {
                                attachFile: boolean;
                                delete: boolean;
                                update: boolean;
                            };
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            createdBy: string;
                            documentDate: string;
                            file: {
                                name: string;
                                sha256: string;
                                size: number;
                                type: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "statement" | "communique" | "minutes" | "report" | "other";
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                408: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/framework": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lines of effort, objectives and sub-objectives as a tree */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FrameworkTreeNode"][];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/framework/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a line of effort, objective or sub-objective (admin) */
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
                        code: string;
                        /** @default  */
                        description?: string;
                        /** @enum {string} */
                        kind: "line" | "objective" | "sub_objective";
                        name: string;
                        /**
                         * @description Empty for a line of effort
                         * @default null
                         */
                        parentId?: string | null;
                        /** @default 0 */
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "line" | "objective" | "sub_objective";
                            name: string;
                            parentId: string | null;
                            position: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/framework/nodes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, describe or reorder a framework element (admin) */
        patch: {
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
                        description?: string;
                        name?: string;
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            description: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "line" | "objective" | "sub_objective";
                            name: string;
                            parentId: string | null;
                            position: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/fund-transactions/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fund transactions you may pass on, as HXL CSV (importable again) */
        get: {
            parameters: {
                query?: {
                    /** @description One fund’s transactions (default: those of every fund you may pass on) */
                    fundId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/fund-transactions/export.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fund transactions you may pass on, as HXL JSON (an array of objects keyed by hashtag) (importable again) */
        get: {
            parameters: {
                query?: {
                    /** @description One fund’s transactions (default: those of every fund you may pass on) */
                    fundId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/fund-transactions/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fund transactions you may pass on, as HXL XLSX (importable again) */
        get: {
            parameters: {
                query?: {
                    /** @description One fund’s transactions (default: those of every fund you may pass on) */
                    fundId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/fund-transactions/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A blank CSV file of fund transactions to fill in and import: the column names and the hashtag row, no data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/fund-transactions/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A blank XLSX file of fund transactions to fill in and import: the column names and the hashtag row, no data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pooled funds visible to you */
        get: {
            parameters: {
                query?: {
                    /** @description From `nextCursor` of the previous page */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                aaFeeBp: number;
                                /** @description What the reader may do with this fund (fund.policy.ts); the service checks again */
                                abilities: {
                                    manage: boolean;
                                    post: boolean;
                                };
                                administrativeAgent: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                baseCurrency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                                /** Format: uuid */
                                id: string;
                                indirectCostBp: number;
                                launchedOn: string | null;
                                name: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a pooled fund (its administrative agent, or an admin) */
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
                        /** @description The administrative agent fee on every deposit, in basis points (100 = 1 %) */
                        aaFeeBp: number;
                        /**
                         * Format: uuid
                         * @description The administrative agent's organisation, which owns the fund (yours unless you are an admin)
                         */
                        administrativeAgentOrgId: string;
                        /** @enum {string} */
                        baseCurrency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                        /**
                         * @description The partners' indirect cost rate, in basis points
                         * @default 700
                         */
                        indirectCostBp?: number;
                        /** @default null */
                        launchedOn?: string | null;
                        name: string;
                        sharing: {
                            /**
                             * @description Groups that may read an AMBER row
                             * @default []
                             */
                            audienceGroupIds?: string[];
                            /**
                             * @description Organisations that may read an AMBER row
                             * @default []
                             */
                            audienceOrgIds?: string[];
                            /**
                             * @description TLP 2.0 marking
                             * @enum {string}
                             */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            /**
                             * @description Users who may read a RED row
                             * @default []
                             */
                            recipientUserIds?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aaFeeBp: number;
                            /** @description What the reader may do with this fund (fund.policy.ts); the service checks again */
                            abilities: {
                                manage: boolean;
                                post: boolean;
                            };
                            administrativeAgent: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            baseCurrency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            /** Format: uuid */
                            id: string;
                            indirectCostBp: number;
                            launchedOn: string | null;
                            name: string;
                            projects: {
                                /** @description What the reader may do with this project (fund.projects.policy.ts, fund.policy.ts); the service checks again */
                                abilities: {
                                    /** @description Post an expenditure on the project (the project partner, or the fund's management) */
                                    postExpenditure: boolean;
                                    /** @description File a progress report with the people reached (the project partner) */
                                    report: boolean;
                                    /** @description Describe the project: sector, place, status, dates (the fund's management) */
                                    update: boolean;
                                };
                                budget: {
                                    /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                    amountMinor: number;
                                    /** @enum {string} */
                                    currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                                };
                                /** Format: uuid */
                                fundId: string;
                                /** Format: uuid */
                                id: string;
                                partner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                title: string;
                                window: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                } | null;
                            }[];
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            windows: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                purpose: string;
                                sectors: string[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/funds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One fund, its windows and projects */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            aaFeeBp: number;
                            /** @description What the reader may do with this fund (fund.policy.ts); the service checks again */
                            abilities: {
                                manage: boolean;
                                post: boolean;
                            };
                            administrativeAgent: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            baseCurrency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            /** Format: uuid */
                            id: string;
                            indirectCostBp: number;
                            launchedOn: string | null;
                            name: string;
                            projects: {
                                /** @description What the reader may do with this project (fund.projects.policy.ts, fund.policy.ts); the service checks again */
                                abilities: {
                                    /** @description Post an expenditure on the project (the project partner, or the fund's management) */
                                    postExpenditure: boolean;
                                    /** @description File a progress report with the people reached (the project partner) */
                                    report: boolean;
                                    /** @description Describe the project: sector, place, status, dates (the fund's management) */
                                    update: boolean;
                                };
                                budget: {
                                    /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                    amountMinor: number;
                                    /** @enum {string} */
                                    currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                                };
                                /** Format: uuid */
                                fundId: string;
                                /** Format: uuid */
                                id: string;
                                partner: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                title: string;
                                window: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                } | null;
                            }[];
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            windows: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                purpose: string;
                                sectors: string[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/funds/{id}/donors/{orgId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A donor's statement for a period: its pledges, commitments, deposits, refunds, fees, share of interest and direct costs, opening and closing balances (the donor, the administrative agent, the secretariat) */
        get: {
            parameters: {
                query?: {
                    /** @description The period starts on this day (the opening balance is as of the day before); none: from the first transaction */
                    from?: string;
                    /** @description The period ends on this day, included (the closing balance is as of it); none: up to today and beyond */
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closing: {
                                /** @description The administrative agent's fee on the donor's deposits */
                                aaFees: string;
                                /** @description contributions − AA fees + interest share − direct costs share */
                                balance: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                committed: string;
                                /** @description deposits − refunds */
                                contributions: string;
                                /** @description Paid in, before refunds */
                                deposits: string;
                                /** @description The donor's share of the fund's other fees and direct costs, pro rata likewise */
                                directCostsShare: string;
                                /** @description The donor's share of the fund's interest: pro rata of its contributions among all donors', half to even */
                                interestShare: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                pledged: string;
                                /** @description Refunded to the donor by the fund */
                                refunds: string;
                            };
                            /** @enum {string} */
                            currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            donor: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            from: string | null;
                            /** Format: uuid */
                            fundId: string;
                            lines: {
                                /** @description The administrative agent's fee this transaction took */
                                aaFeeMinor: string;
                                /** @description In the fund's base currency, as the donor's account sees it: a pledge, commitment or deposit positive, a refund or a reversal negative */
                                amountMinor: string;
                                description: string;
                                /** @enum {string} */
                                kind: "pledge" | "commitment" | "deposit" | "interest" | "allocation" | "transfer" | "expenditure" | "refund" | "fee" | "reversal";
                                /** @description Paid in another currency: what was paid, and the rate applied */
                                original: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @enum {string} */
                                    currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                                    rate: string;
                                } | null;
                                /** @description A reversal: the kind it reverses */
                                reversedKind: ("pledge" | "commitment" | "deposit" | "interest" | "allocation" | "transfer" | "expenditure" | "refund" | "fee" | "reversal") | null;
                                reversesId: string | null;
                                /** Format: uuid */
                                transactionId: string;
                                valueDate: string;
                            }[];
                            opening: {
                                /** @description The administrative agent's fee on the donor's deposits */
                                aaFees: string;
                                /** @description contributions − AA fees + interest share − direct costs share */
                                balance: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                committed: string;
                                /** @description deposits − refunds */
                                contributions: string;
                                /** @description Paid in, before refunds */
                                deposits: string;
                                /** @description The donor's share of the fund's other fees and direct costs, pro rata likewise */
                                directCostsShare: string;
                                /** @description The donor's share of the fund's interest: pro rata of its contributions among all donors', half to even */
                                interestShare: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                pledged: string;
                                /** @description Refunded to the donor by the fund */
                                refunds: string;
                            };
                            to: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/funds/{id}/donors/{orgId}/statement.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A donor's statement as CSV: the opening balance, its transactions, the closing balance */
        get: {
            parameters: {
                query?: {
                    /** @description The period starts on this day (the opening balance is as of the day before); none: from the first transaction */
                    from?: string;
                    /** @description The period ends on this day, included (the closing balance is as of it); none: up to today and beyond */
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/funds/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Build one of the fund's files (IATI XML, FTS flows CSV) as a job; its file is then yours to download from GET /api/jobs/{id}/file */
        post: {
            parameters: {
                query: {
                    /** @description iati: the IATI 2.03 activity file; flows: the FTS-style flows CSV */
                    file: "iati" | "flows";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            createdAt: string;
                            error: string | null;
                            file: {
                                name: string;
                                size: number;
                                type: string;
                                url: string;
                            } | null;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            progress: {
                                done: number;
                                rows: number;
                                total: number | null;
                            };
                            result: unknown;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/funds/{id}/flows.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fund's flows between organisations, FTS-style: pledges, commitments, payments, parent flows, no amount counted twice */
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
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/funds/{id}/iati": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** How the fund is published to IATI: reporting organisation, its activity identifier, recipient country (its administrative agent, or an admin) */
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
                        /** @description The fund's own activity: the reporting organisation's identifier, a dash, then the fund's */
                        activityIdentifier: string;
                        recipientCountry: string;
                        reportingOrgRef: string;
                        reportingOrgType: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The fund's own activity: the reporting organisation's identifier, a dash, then the fund's */
                            activityIdentifier: string;
                            recipientCountry: string;
                            reportingOrgRef: string;
                            reportingOrgType: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/funds/{id}/iati.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fund and its projects as IATI 2.03 activities (what you may pass on: no RED project) */
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
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/funds/{id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a project financed by the fund */
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
                    "application/json": {
                        budget: {
                            /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                            amountMinor: number;
                            /** @enum {string} */
                            currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                        };
                        /**
                         * Format: uuid
                         * @description The implementing partner
                         */
                        partnerOrgId: string;
                        title: string;
                        /**
                         * @description The window that finances it; null: the unearmarked pool
                         * @default null
                         */
                        windowId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this project (fund.projects.policy.ts, fund.policy.ts); the service checks again */
                            abilities: {
                                /** @description Post an expenditure on the project (the project partner, or the fund's management) */
                                postExpenditure: boolean;
                                /** @description File a progress report with the people reached (the project partner) */
                                report: boolean;
                                /** @description Describe the project: sector, place, status, dates (the fund's management) */
                                update: boolean;
                            };
                            budget: {
                                /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                amountMinor: number;
                                /** @enum {string} */
                                currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            };
                            /** Format: uuid */
                            fundId: string;
                            /** Format: uuid */
                            id: string;
                            partner: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            title: string;
                            window: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/funds/{id}/projects/{projectId}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's details: sector, place, status, dates, people reached */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this project (fund.projects.policy.ts, fund.policy.ts); the service checks again */
                            abilities: {
                                /** @description Post an expenditure on the project (the project partner, or the fund's management) */
                                postExpenditure: boolean;
                                /** @description File a progress report with the people reached (the project partner) */
                                report: boolean;
                                /** @description Describe the project: sector, place, status, dates (the fund's management) */
                                update: boolean;
                            };
                            actualEnd: string | null;
                            actualStart: string | null;
                            /** @description The latest progress report's (people reached to date) */
                            beneficiaries: {
                                asOf: string;
                                boys: number;
                                girls: number;
                                men: number;
                                women: number;
                            } | null;
                            description: string;
                            iatiIdentifier: string;
                            locationId: string | null;
                            locationName: string | null;
                            /** @enum {string} */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            plannedEnd: string;
                            plannedStart: string;
                            /** Format: uuid */
                            projectId: string;
                            sector: string;
                            sectorName: string;
                            status: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        /** Describe a project: sector, place, status, dates, IATI identifier, marking (the fund's administrative agent, or an admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        actualEnd?: string | null;
                        /** @default null */
                        actualStart?: string | null;
                        /** @default  */
                        description?: string;
                        /** @description The project's iati-identifier: the reporting organisation's identifier, a dash, then the project's */
                        iatiIdentifier: string;
                        /**
                         * @description Any level, a community included
                         * @default null
                         */
                        locationId?: string | null;
                        /**
                         * @description The project's own marking (default: the fund's); a RED project is in no file
                         * @enum {string}
                         */
                        marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                        /** Format: date */
                        plannedEnd: string;
                        /** Format: date */
                        plannedStart: string;
                        /** @description OECD DAC 5-digit purpose code (IATI Sector vocabulary 1) */
                        sector: string;
                        /** @description IATI ActivityStatus: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended */
                        status: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this project (fund.projects.policy.ts, fund.policy.ts); the service checks again */
                            abilities: {
                                /** @description Post an expenditure on the project (the project partner, or the fund's management) */
                                postExpenditure: boolean;
                                /** @description File a progress report with the people reached (the project partner) */
                                report: boolean;
                                /** @description Describe the project: sector, place, status, dates (the fund's management) */
                                update: boolean;
                            };
                            actualEnd: string | null;
                            actualStart: string | null;
                            /** @description The latest progress report's (people reached to date) */
                            beneficiaries: {
                                asOf: string;
                                boys: number;
                                girls: number;
                                men: number;
                                women: number;
                            } | null;
                            description: string;
                            iatiIdentifier: string;
                            locationId: string | null;
                            locationName: string | null;
                            /** @enum {string} */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            plannedEnd: string;
                            plannedStart: string;
                            /** Format: uuid */
                            projectId: string;
                            sector: string;
                            sectorName: string;
                            status: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/funds/{id}/projects/{projectId}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's progress reports, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            boys: number;
                            createdAt: string;
                            girls: number;
                            /** Format: uuid */
                            id: string;
                            men: number;
                            /** Format: uuid */
                            orgId: string;
                            reportedOn: string;
                            women: number;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Report progress and people reached to date (the project partner only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    projectId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        boys: number;
                        girls: number;
                        men: number;
                        /** Format: date */
                        reportedOn: string;
                        women: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            boys: number;
                            createdAt: string;
                            girls: number;
                            /** Format: uuid */
                            id: string;
                            men: number;
                            /** Format: uuid */
                            orgId: string;
                            reportedOn: string;
                            women: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/funds/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Funding status (MPTF Office Gateway figures), in total and by window, donor, partner, project or period; only what you may see counts */
        get: {
            parameters: {
                query?: {
                    /** @description The status as of this day (every value date up to it); the same as `to`, which it may not accompany */
                    asOf?: string;
                    /** @description Group by window, donor, partner, project, or period (of the value date, see `period`) */
                    by?: "window" | "donor" | "partner" | "project" | "period";
                    /** @description Value dates from this day */
                    from?: string;
                    /** @description With by=period: months (2016-03), quarters (2016-Q1, the default) or years (2016) */
                    period?: "month" | "quarter" | "year";
                    /** @description Value dates up to this day, included */
                    to?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            from: string | null;
                            /** Format: uuid */
                            fundId: string;
                            /** @description Empty unless `by` is given. Only what the reader may see counts: a project hidden from them is in no group and no total */
                            groups: {
                                figures: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    aaFees: string;
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    allocations: string;
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    balanceWithAA: string;
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    balanceWithPartners: string;
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    committed: string;
                                    /** @description deposits − refunds to donors */
                                    contributions: string;
                                    /** @description expenditure ÷ net funded, 4 decimals (0.8123 = 81.23 %); null when nothing is funded */
                                    deliveryRate: string | null;
                                    /** @description Paid in by donors, before refunds */
                                    deposits: string;
                                    /** @description Other fees: bank charges, audit, … */
                                    directCosts: string;
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    expenditure: string;
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    interestFund: string;
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    interestPartners: string;
                                    /** @description transfers − refunds from partners */
                                    netFunded: string;
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    pledged: string;
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    refundsFromPartners: string;
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    refundsToDonors: string;
                                    /** @description contributions + interest (fund and partners) */
                                    sources: string;
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    transfers: string;
                                    /** @description net funded + AA fees + direct costs */
                                    uses: string;
                                };
                                /** @description The window, donor, partner or project id, or the period (2016-03, 2016-Q3, 2016); null: none (unearmarked, or not about a donor…) */
                                key: string | null;
                                /** @description The window's name, the project's title, the donor's or partner's name; null for a period or none */
                                name: string | null;
                            }[];
                            to: string | null;
                            total: {
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                aaFees: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                allocations: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                balanceWithAA: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                balanceWithPartners: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                committed: string;
                                /** @description deposits − refunds to donors */
                                contributions: string;
                                /** @description expenditure ÷ net funded, 4 decimals (0.8123 = 81.23 %); null when nothing is funded */
                                deliveryRate: string | null;
                                /** @description Paid in by donors, before refunds */
                                deposits: string;
                                /** @description Other fees: bank charges, audit, … */
                                directCosts: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                expenditure: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                interestFund: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                interestPartners: string;
                                /** @description transfers − refunds from partners */
                                netFunded: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                pledged: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                refundsFromPartners: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                refundsToDonors: string;
                                /** @description contributions + interest (fund and partners) */
                                sources: string;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                transfers: string;
                                /** @description net funded + AA fees + direct costs */
                                uses: string;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/funds/{id}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The fund's transactions with their entries, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description From `nextCursor` of the previous page */
                    cursor?: string;
                    /** @description The donor organisation's id: its pledges, commitments, deposits, refunds and their reversals */
                    donor?: string;
                    kind?: "pledge" | "commitment" | "deposit" | "interest" | "allocation" | "transfer" | "expenditure" | "refund" | "fee" | "reversal";
                    limit?: number;
                    projectId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                amount: {
                                    /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                    amountMinor: number;
                                    /** @enum {string} */
                                    currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                                };
                                createdAt: string;
                                description: string;
                                donorOrgId: string | null;
                                entries: {
                                    account: string;
                                    /** @description Debit > 0, credit < 0 */
                                    amountMinor: string;
                                    /** @enum {string} */
                                    currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                                }[];
                                feeKind: string | null;
                                /** Format: uuid */
                                fundId: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "pledge" | "commitment" | "deposit" | "interest" | "allocation" | "transfer" | "expenditure" | "refund" | "fee" | "reversal";
                                original: {
                                    /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                    amountMinor: number;
                                    /** @enum {string} */
                                    currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                                    rate: string;
                                } | null;
                                partnerOrgId: string | null;
                                projectId: string | null;
                                reversedBy: string | null;
                                reversesId: string | null;
                                /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                seq: string;
                                valueDate: string;
                                windowId: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Post a transaction (double entry); an overdraft is refused with its reason (409). Send an Idempotency-Key: a retry gets the first answer back */
        post: {
            parameters: {
                query?: never;
                header: {
                    /** @description Chosen by the client for this request and sent again, unchanged, with each retry of it: a retry gets the first answer back (kept 24 hours) */
                    "idempotency-key": string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Integer minor units; in the fund's base currency, or for pledges, commitments and deposits another one with its rate */
                        amount?: {
                            /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                            amountMinor: number;
                            /** @enum {string} */
                            currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                        };
                        /** @default  */
                        description?: string;
                        /** Format: uuid */
                        donorOrgId?: string;
                        feeKind?: string;
                        /** @enum {string} */
                        kind: "pledge" | "commitment" | "deposit" | "interest" | "allocation" | "transfer" | "expenditure" | "refund" | "fee" | "reversal";
                        /** Format: uuid */
                        projectId?: string;
                        /** @description Base currency units per unit of amount.currency, when that is not the base currency */
                        rate?: string;
                        /** Format: uuid */
                        reversesId?: string;
                        /** Format: date */
                        valueDate: string;
                        windowId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            amount: {
                                /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                amountMinor: number;
                                /** @enum {string} */
                                currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            };
                            createdAt: string;
                            description: string;
                            donorOrgId: string | null;
                            entries: {
                                account: string;
                                /** @description Debit > 0, credit < 0 */
                                amountMinor: string;
                                /** @enum {string} */
                                currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            }[];
                            feeKind: string | null;
                            /** Format: uuid */
                            fundId: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "pledge" | "commitment" | "deposit" | "interest" | "allocation" | "transfer" | "expenditure" | "refund" | "fee" | "reversal";
                            original: {
                                /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                amountMinor: number;
                                /** @enum {string} */
                                currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                                rate: string;
                            } | null;
                            partnerOrgId: string | null;
                            projectId: string | null;
                            reversedBy: string | null;
                            reversesId: string | null;
                            /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                            seq: string;
                            valueDate: string;
                            windowId: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/funds/{id}/windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a window (earmarking) to a fund */
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
                    "application/json": {
                        code: string;
                        name: string;
                        /** @default  */
                        purpose?: string;
                        /** @default [] */
                        sectors?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            purpose: string;
                            sectors: string[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List groups of organisations */
        get: {
            parameters: {
                query?: {
                    /** @description From `nextCursor` of the previous page */
                    cursor?: string;
                    kind?: "all_members" | "small_group" | "working_group" | "custom";
                    limit?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                description: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "all_members" | "small_group" | "working_group" | "custom";
                                memberCount: number;
                                name: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a group (admin) */
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
                        /** @default  */
                        description?: string;
                        /**
                         * @default custom
                         * @enum {string}
                         */
                        kind?: "all_members" | "small_group" | "working_group" | "custom";
                        /** @default [] */
                        memberOrgIds?: string[];
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "all_members" | "small_group" | "working_group" | "custom";
                            memberCount: number;
                            members: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            name: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One group and its members */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "all_members" | "small_group" | "working_group" | "custom";
                            memberCount: number;
                            members: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            name: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
        /** Rename a group or replace its members (admin) */
        patch: {
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
                        description?: string;
                        memberOrgIds?: string[];
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "all_members" | "small_group" | "working_group" | "custom";
                            memberCount: number;
                            members: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            name: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What can be imported (and exported): one entry per registered entity */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description Its downloads, one per format */
                                exports: {
                                    /** @enum {string} */
                                    format: "csv" | "xlsx" | "json";
                                    /** @description The media type of the file */
                                    type: string;
                                    /** @description GET it, with the filters of the entity’s list as its query, for a file that imports back unchanged */
                                    url: string;
                                }[];
                                /** @description The hashtags its files may use */
                                hashtags: string[];
                                label: string;
                                /** @description The URL segment: POST /api/imports/{name}, GET /api/{name}/export.{format} */
                                name: string;
                                /** @description The file formats its upload (POST /api/imports/{name}) reads, known by the file name’s ending (.{format}) or its media type; CSV when neither says */
                                reads: ("csv" | "xlsx" | "json")[];
                                /** @description A blank file to fill in: the header row people read and the hashtag row the import reads, no data */
                                templates: {
                                    /** @enum {string} */
                                    format: "csv" | "xlsx";
                                    type: string;
                                    url: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Commit the file of a finished dry run without problems: a new job */
        post: {
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
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            createdAt: string;
                            error: string | null;
                            file: {
                                name: string;
                                size: number;
                                type: string;
                                url: string;
                            } | null;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            progress: {
                                done: number;
                                rows: number;
                                total: number | null;
                            };
                            result: unknown;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/imports/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an HXL-tagged CSV or XLSX, or a JSON array of objects (or DHIS2 dataValueSet), of contributions (multipart, part "file"; JSON by a .json name or application/json type); starts an import job — a dry run unless dryRun=false */
        post: {
            parameters: {
                query?: {
                    /** @description Comma-separated group ids that may read AMBER rows */
                    audienceGroupIds?: string;
                    dryRun?: "true" | "false";
                    /** @description Marking of the rows the import creates */
                    marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            createdAt: string;
                            error: string | null;
                            file: {
                                name: string;
                                size: number;
                                type: string;
                                url: string;
                            } | null;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            progress: {
                                done: number;
                                rows: number;
                                total: number | null;
                            };
                            result: unknown;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                408: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/imports/fund-transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an HXL-tagged CSV or XLSX, or a JSON array of objects (or DHIS2 dataValueSet), of fund transactions (multipart, part "file"; JSON by a .json name or application/json type); starts an import job — a dry run unless dryRun=false */
        post: {
            parameters: {
                query?: {
                    /** @description Comma-separated group ids that may read AMBER rows */
                    audienceGroupIds?: string;
                    dryRun?: "true" | "false";
                    /** @description Marking of the rows the import creates */
                    marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            createdAt: string;
                            error: string | null;
                            file: {
                                name: string;
                                size: number;
                                type: string;
                                url: string;
                            } | null;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            progress: {
                                done: number;
                                rows: number;
                                total: number | null;
                            };
                            result: unknown;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                408: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/imports/indicator-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an HXL-tagged CSV or XLSX, or a JSON array of objects (or DHIS2 dataValueSet), of indicator values (multipart, part "file"; JSON by a .json name or application/json type); starts an import job — a dry run unless dryRun=false */
        post: {
            parameters: {
                query?: {
                    /** @description Comma-separated group ids that may read AMBER rows */
                    audienceGroupIds?: string;
                    dryRun?: "true" | "false";
                    /** @description Marking of the rows the import creates */
                    marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            createdAt: string;
                            error: string | null;
                            file: {
                                name: string;
                                size: number;
                                type: string;
                                url: string;
                            } | null;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            progress: {
                                done: number;
                                rows: number;
                                total: number | null;
                            };
                            result: unknown;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                408: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/imports/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an HXL-tagged CSV or XLSX, or a JSON array of objects (or DHIS2 dataValueSet), of needs (multipart, part "file"; JSON by a .json name or application/json type); starts an import job — a dry run unless dryRun=false */
        post: {
            parameters: {
                query?: {
                    /** @description Comma-separated group ids that may read AMBER rows */
                    audienceGroupIds?: string;
                    dryRun?: "true" | "false";
                    /** @description Marking of the rows the import creates */
                    marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            createdAt: string;
                            error: string | null;
                            file: {
                                name: string;
                                size: number;
                                type: string;
                                url: string;
                            } | null;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            progress: {
                                done: number;
                                rows: number;
                                total: number | null;
                            };
                            result: unknown;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                408: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/indicator-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reported values visible to you */
        get: {
            parameters: {
                query?: {
                    /** @description From `nextCursor` of the previous page */
                    cursor?: string;
                    indicatorId?: string;
                    limit?: number;
                    organisationId?: string;
                    /** @description ISO period: 2015, 2015Q1 or 2015-01 */
                    period?: string;
                    status?: "draft" | "submitted" | "approved" | "returned";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    approve: boolean;
                                    return: boolean;
                                    submit: boolean;
                                    unapprove: boolean;
                                    update: boolean;
                                    withdraw: boolean;
                                };
                                categoryOption: string | null;
                                comment: string;
                                /** Format: uuid */
                                id: string;
                                indicator: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                location: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                period: string;
                                sharing: {
                                    audienceGroups: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    audienceOrgs: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    /** @enum {string} */
                                    marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                    /** Format: uuid */
                                    ownerOrgId: string;
                                    ownerOrgName: string;
                                    recipients: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                };
                                sourceDocumentId: string | null;
                                sourceUrl: string | null;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "approved" | "returned";
                                /** @description Why it was returned or un-approved */
                                statusReason: string | null;
                                value: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save values of your organisation as drafts, all or none (a value already in a cell is changed) */
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
                        /** @description Saved as drafts, all or none */
                        values: {
                            /**
                             * @description One of the indicator’s category options; none for the total
                             * @default null
                             */
                            categoryOption?: string | null;
                            /** @default  */
                            comment?: string;
                            /** Format: uuid */
                            indicatorId: string;
                            /**
                             * @description Where; none for a figure of the whole coalition
                             * @default null
                             */
                            locationId?: string | null;
                            /**
                             * Format: uuid
                             * @description The reporting organisation: yours (the default)
                             */
                            organisationId?: string;
                            /** @description ISO period: 2015, 2015Q1 or 2015-01 */
                            period: string;
                            /** @description A new value is GREEN unless said otherwise (its indicator’s rule applies too); a value already there keeps its sharing unless given */
                            sharing?: {
                                /**
                                 * @description Groups that may read an AMBER row
                                 * @default []
                                 */
                                audienceGroupIds?: string[];
                                /**
                                 * @description Organisations that may read an AMBER row
                                 * @default []
                                 */
                                audienceOrgIds?: string[];
                                /**
                                 * @description TLP 2.0 marking
                                 * @enum {string}
                                 */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /**
                                 * @description Users who may read a RED row
                                 * @default []
                                 */
                                recipientUserIds?: string[];
                            };
                            /**
                             * @description A document you can read
                             * @default null
                             */
                            sourceDocumentId?: string | null;
                            /** @default null */
                            sourceUrl?: string | null;
                            value: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    approve: boolean;
                                    return: boolean;
                                    submit: boolean;
                                    unapprove: boolean;
                                    update: boolean;
                                    withdraw: boolean;
                                };
                                categoryOption: string | null;
                                comment: string;
                                /** Format: uuid */
                                id: string;
                                indicator: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                location: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                period: string;
                                sharing: {
                                    audienceGroups: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    audienceOrgs: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    /** @enum {string} */
                                    marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                    /** Format: uuid */
                                    ownerOrgId: string;
                                    ownerOrgName: string;
                                    recipients: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                };
                                sourceDocumentId: string | null;
                                sourceUrl: string | null;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "approved" | "returned";
                                /** @description Why it was returned or un-approved */
                                statusReason: string | null;
                                value: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/indicator-values/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One reported value */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approve: boolean;
                                return: boolean;
                                submit: boolean;
                                unapprove: boolean;
                                update: boolean;
                                withdraw: boolean;
                            };
                            categoryOption: string | null;
                            comment: string;
                            /** Format: uuid */
                            id: string;
                            indicator: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            location: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            period: string;
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            sourceDocumentId: string | null;
                            sourceUrl: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned";
                            /** @description Why it was returned or un-approved */
                            statusReason: string | null;
                            value: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a draft or returned value */
        delete: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a draft or returned value */
        patch: {
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
                        comment?: string;
                        sharing?: {
                            /**
                             * @description Groups that may read an AMBER row
                             * @default []
                             */
                            audienceGroupIds?: string[];
                            /**
                             * @description Organisations that may read an AMBER row
                             * @default []
                             */
                            audienceOrgIds?: string[];
                            /**
                             * @description TLP 2.0 marking
                             * @enum {string}
                             */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            /**
                             * @description Users who may read a RED row
                             * @default []
                             */
                            recipientUserIds?: string[];
                        };
                        /** @description A document you can read */
                        sourceDocumentId?: string | null;
                        sourceUrl?: string | null;
                        value?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approve: boolean;
                                return: boolean;
                                submit: boolean;
                                unapprove: boolean;
                                update: boolean;
                                withdraw: boolean;
                            };
                            categoryOption: string | null;
                            comment: string;
                            /** Format: uuid */
                            id: string;
                            indicator: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            location: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            period: string;
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            sourceDocumentId: string | null;
                            sourceUrl: string | null;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned";
                            /** @description Why it was returned or un-approved */
                            statusReason: string | null;
                            value: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/indicator-values/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve submitted values (the line’s coordinators, or admins); all or none */
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
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/indicator-values/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicator values you may pass on, as HXL CSV (importable again) */
        get: {
            parameters: {
                query?: {
                    indicatorId?: string;
                    /** @description ISO period: 2015, 2015Q1 or 2015-01 */
                    period?: string;
                    status?: "draft" | "submitted" | "approved" | "returned";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/indicator-values/export.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicator values you may pass on, as HXL JSON (an array of objects keyed by hashtag) (importable again) */
        get: {
            parameters: {
                query?: {
                    indicatorId?: string;
                    /** @description ISO period: 2015, 2015Q1 or 2015-01 */
                    period?: string;
                    status?: "draft" | "submitted" | "approved" | "returned";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/indicator-values/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicator values you may pass on, as HXL XLSX (importable again) */
        get: {
            parameters: {
                query?: {
                    indicatorId?: string;
                    /** @description ISO period: 2015, 2015Q1 or 2015-01 */
                    period?: string;
                    status?: "draft" | "submitted" | "approved" | "returned";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/indicator-values/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return submitted values with the reason; all or none */
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
                        ids: string[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/indicator-values/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit draft or returned values for approval; all or none */
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
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/indicator-values/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A blank CSV file of indicator values to fill in and import: the column names and the hashtag row, no data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/indicator-values/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A blank XLSX file of indicator values to fill in and import: the column names and the hashtag row, no data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/indicator-values/unapprove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Un-approve approved values with the reason (audited): they are returned; all or none */
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
                        ids: string[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/indicator-values/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take submitted values back to draft; all or none */
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
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Indicators visible to you */
        get: {
            parameters: {
                query?: {
                    /** @description From `nextCursor` of the previous page */
                    cursor?: string;
                    limit?: number;
                    /** @description Indicators of this line of effort */
                    lineId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    approveValues: boolean;
                                    closePeriods: boolean;
                                    delete: boolean;
                                    update: boolean;
                                };
                                baseline: {
                                    date: string;
                                    value: number;
                                } | null;
                                categoryOptions: string[];
                                code: string;
                                definition: string;
                                frameworkNode: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                line: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                name: string;
                                /** @enum {string} */
                                periodType: "month" | "quarter" | "year";
                                sharing: {
                                    audienceGroups: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    audienceOrgs: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    /** @enum {string} */
                                    marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                    /** Format: uuid */
                                    ownerOrgId: string;
                                    ownerOrgName: string;
                                    recipients: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                };
                                /** @enum {string} */
                                spaceAggregation: "sum" | "mean" | "max" | "latest";
                                targets: {
                                    date: string;
                                    note: string;
                                    value: number;
                                }[];
                                /** @enum {string} */
                                timeAggregation: "sum" | "latest" | "cumulative";
                                unit: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Define an indicator of a line (its coordinators, or admins) */
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
                        /** @default null */
                        baseline?: {
                            /** Format: date */
                            date: string;
                            value: number;
                        } | null;
                        /**
                         * @description Disaggregation: the category options a value may be given for (sex, age…)
                         * @default []
                         */
                        categoryOptions?: string[];
                        /** @description Unique; what files name it by (#indicator+code, a dataValueSet’s dataElement) */
                        code: string;
                        /** @default  */
                        definition?: string;
                        /**
                         * Format: uuid
                         * @description The line of effort or objective it measures
                         */
                        frameworkNodeId: string;
                        name: string;
                        /**
                         * @description The period its values are reported for
                         * @enum {string}
                         */
                        periodType: "month" | "quarter" | "year";
                        sharing: {
                            /**
                             * @description Groups that may read an AMBER row
                             * @default []
                             */
                            audienceGroupIds?: string[];
                            /**
                             * @description Organisations that may read an AMBER row
                             * @default []
                             */
                            audienceOrgIds?: string[];
                            /**
                             * @description TLP 2.0 marking
                             * @enum {string}
                             */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            /**
                             * @description Users who may read a RED row
                             * @default []
                             */
                            recipientUserIds?: string[];
                        };
                        /**
                         * @description How values of several places and organisations add up
                         * @enum {string}
                         */
                        spaceAggregation: "sum" | "mean" | "max" | "latest";
                        /** @default [] */
                        targets?: {
                            /** Format: date */
                            date: string;
                            /** @default  */
                            note?: string;
                            value: number;
                        }[];
                        /**
                         * @description How values of several periods add up: sum of the periods, the latest, or cumulative to date
                         * @enum {string}
                         */
                        timeAggregation: "sum" | "latest" | "cumulative";
                        unit: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approveValues: boolean;
                                closePeriods: boolean;
                                delete: boolean;
                                update: boolean;
                            };
                            baseline: {
                                date: string;
                                value: number;
                            } | null;
                            categoryOptions: string[];
                            code: string;
                            definition: string;
                            frameworkNode: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            line: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            name: string;
                            /** @enum {string} */
                            periodType: "month" | "quarter" | "year";
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            /** @enum {string} */
                            spaceAggregation: "sum" | "mean" | "max" | "latest";
                            targets: {
                                date: string;
                                note: string;
                                value: number;
                            }[];
                            /** @enum {string} */
                            timeAggregation: "sum" | "latest" | "cumulative";
                            unit: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One indicator and its targets */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approveValues: boolean;
                                closePeriods: boolean;
                                delete: boolean;
                                update: boolean;
                            };
                            baseline: {
                                date: string;
                                value: number;
                            } | null;
                            categoryOptions: string[];
                            code: string;
                            definition: string;
                            frameworkNode: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            line: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            name: string;
                            /** @enum {string} */
                            periodType: "month" | "quarter" | "year";
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            /** @enum {string} */
                            spaceAggregation: "sum" | "mean" | "max" | "latest";
                            targets: {
                                date: string;
                                note: string;
                                value: number;
                            }[];
                            /** @enum {string} */
                            timeAggregation: "sum" | "latest" | "cumulative";
                            unit: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an indicator without values */
        delete: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an indicator */
        patch: {
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
                        baseline?: {
                            /** Format: date */
                            date: string;
                            value: number;
                        } | null;
                        /** @description Disaggregation: the category options a value may be given for (sex, age…) */
                        categoryOptions?: string[];
                        /** @description Unique; what files name it by (#indicator+code, a dataValueSet’s dataElement) */
                        code?: string;
                        definition?: string;
                        /**
                         * Format: uuid
                         * @description The line of effort or objective it measures
                         */
                        frameworkNodeId?: string;
                        name?: string;
                        /**
                         * @description The period its values are reported for
                         * @enum {string}
                         */
                        periodType?: "month" | "quarter" | "year";
                        sharing?: {
                            /**
                             * @description Groups that may read an AMBER row
                             * @default []
                             */
                            audienceGroupIds?: string[];
                            /**
                             * @description Organisations that may read an AMBER row
                             * @default []
                             */
                            audienceOrgIds?: string[];
                            /**
                             * @description TLP 2.0 marking
                             * @enum {string}
                             */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            /**
                             * @description Users who may read a RED row
                             * @default []
                             */
                            recipientUserIds?: string[];
                        };
                        /**
                         * @description How values of several places and organisations add up
                         * @enum {string}
                         */
                        spaceAggregation?: "sum" | "mean" | "max" | "latest";
                        targets?: {
                            /** Format: date */
                            date: string;
                            /** @default  */
                            note?: string;
                            value: number;
                        }[];
                        /**
                         * @description How values of several periods add up: sum of the periods, the latest, or cumulative to date
                         * @enum {string}
                         */
                        timeAggregation?: "sum" | "latest" | "cumulative";
                        unit?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                approveValues: boolean;
                                closePeriods: boolean;
                                delete: boolean;
                                update: boolean;
                            };
                            baseline: {
                                date: string;
                                value: number;
                            } | null;
                            categoryOptions: string[];
                            code: string;
                            definition: string;
                            frameworkNode: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: uuid */
                            id: string;
                            line: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            name: string;
                            /** @enum {string} */
                            periodType: "month" | "quarter" | "year";
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            /** @enum {string} */
                            spaceAggregation: "sum" | "mean" | "max" | "latest";
                            targets: {
                                date: string;
                                note: string;
                                value: number;
                            }[];
                            /** @enum {string} */
                            timeAggregation: "sum" | "latest" | "cumulative";
                            unit: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/indicators/closed-periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Periods closed for entry */
        get: {
            parameters: {
                query?: {
                    indicatorId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                closedAt: string;
                                /** Format: uuid */
                                id: string;
                                indicatorId: string | null;
                                period: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Close a period for entry (an indicator’s line coordinators; coalition-wide, admins) */
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
                        /** @description The indicator; none closes the period for every indicator */
                        indicatorId: string | null;
                        /** @description ISO period: 2015, 2015Q1 or 2015-01 */
                        period: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            closedAt: string;
                            /** Format: uuid */
                            id: string;
                            indicatorId: string | null;
                            period: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/indicators/closed-periods/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Reopen a closed period */
        delete: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/indicators/pivot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Approved values (submitted too, if asked) added up by each indicator’s rules, by any dimensions */
        get: {
            parameters: {
                query?: {
                    categoryOption?: string;
                    /** @description As rows */
                    columns?: string;
                    /** @description Count submitted values too (approved only by default) */
                    includeSubmitted?: "true" | "false";
                    indicatorId?: string;
                    lineId?: string;
                    /** @description That place and every place under it */
                    locationId?: string;
                    organisationId?: string;
                    /** @description From this period on (a cumulative indicator still counts what came before) */
                    periodFrom?: string;
                    /** @description ISO period: 2015, 2015Q1 or 2015-01 */
                    periodTo?: string;
                    /** @description Comma-separated: indicator, line, period:quarter, location:1 (a level of the place tree: 0 the country), organisation, category */
                    rows?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description One per non-empty cell; the indicator is always a row dimension, added first when not asked for */
                            cells: {
                                column: {
                                    key: string | null;
                                    label: string;
                                }[];
                                row: {
                                    key: string | null;
                                    label: string;
                                }[];
                                unit: string;
                                /** @description A decimal string */
                                value: string;
                            }[];
                            columns: string[];
                            rows: string[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/indicators/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each indicator to date against its baseline and next target */
        get: {
            parameters: {
                query?: {
                    indicatorId?: string;
                    lineId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                baseline: {
                                    date: string;
                                    value: number;
                                } | null;
                                /** @description All approved values, added up by the indicator’s own rules */
                                current: string | null;
                                indicator: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                    unit: string;
                                };
                                /** @description (current − baseline) / (target − baseline) × 100 */
                                percent: number | null;
                                /** @description The next target (the last, when every target date has passed) */
                                target: {
                                    date: string;
                                    note: string;
                                    value: number;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job you started: status, progress and result (404 for anyone else) */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            createdAt: string;
                            error: string | null;
                            file: {
                                name: string;
                                size: number;
                                type: string;
                                url: string;
                            } | null;
                            finishedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            progress: {
                                done: number;
                                rows: number;
                                total: number | null;
                            };
                            result: unknown;
                            /** @enum {string} */
                            status: "queued" | "running" | "succeeded" | "failed";
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/jobs/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file a job you started produced, once it has succeeded */
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
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search or browse locations */
        get: {
            parameters: {
                query?: {
                    /** @description From `nextCursor` of the previous page */
                    cursor?: string;
                    level?: "country" | "adm1" | "adm2" | "adm3" | "community";
                    limit?: number;
                    /** @description Children of this location */
                    parentId?: string;
                    /** @description Part of a name (any language) or a code */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                childCount: number;
                                code: string;
                                /** Format: uuid */
                                id: string;
                                latitude: number | null;
                                /** @enum {string} */
                                level: "country" | "adm1" | "adm2" | "adm3" | "community";
                                longitude: number | null;
                                name: string;
                                nameAr: string | null;
                                nameFr: string | null;
                                parentId: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a lower administrative level or a community (admin, coordinator) */
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
                        code: string;
                        /** @default null */
                        latitude?: number | null;
                        /** @enum {string} */
                        level: "adm1" | "adm2" | "adm3" | "community";
                        /** @default null */
                        longitude?: number | null;
                        name: string;
                        /** @default null */
                        nameAr?: string | null;
                        /** @default null */
                        nameFr?: string | null;
                        /** Format: uuid */
                        parentId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ancestors: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "country" | "adm1" | "adm2" | "adm3" | "community";
                                name: string;
                            }[];
                            childCount: number;
                            code: string;
                            /** Format: uuid */
                            id: string;
                            latitude: number | null;
                            /** @enum {string} */
                            level: "country" | "adm1" | "adm2" | "adm3" | "community";
                            longitude: number | null;
                            name: string;
                            nameAr: string | null;
                            nameFr: string | null;
                            parentId: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One location with its ancestors */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ancestors: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "country" | "adm1" | "adm2" | "adm3" | "community";
                                name: string;
                            }[];
                            childCount: number;
                            code: string;
                            /** Format: uuid */
                            id: string;
                            latitude: number | null;
                            /** @enum {string} */
                            level: "country" | "adm1" | "adm2" | "adm3" | "community";
                            longitude: number | null;
                            name: string;
                            nameAr: string | null;
                            nameFr: string | null;
                            parentId: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/meeting-scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per organisation over a period: attendance and action items */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            rows: {
                                actionsOpen: number;
                                actionsOverdue: number;
                                /** @description Over the items done late in the period and those overdue at its end */
                                averageDaysOverdue: number | null;
                                doneLate: number;
                                doneOnTime: number;
                                meetingsAttended: number;
                                meetingsInvited: number;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            }[];
                            to: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/meeting-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meeting series */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                update: boolean;
                            };
                            code: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            ownerOrgId: string;
                            rrule: string | null;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set up a meeting series (admins and coordinators) */
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
                        code: string;
                        name: string;
                        /** @default null */
                        rrule?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                update: boolean;
                            };
                            code: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            ownerOrgId: string;
                            rrule: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/meeting-series/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a series */
        patch: {
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
                        code?: string;
                        name?: string;
                        /** @default null */
                        rrule?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                update: boolean;
                            };
                            code: string;
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            ownerOrgId: string;
                            rrule: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/meeting-series/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The decision register of a series: the decisions you may see, in number order */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agendaItemId: string | null;
                            /** Format: uuid */
                            id: string;
                            meeting: {
                                date: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            /** Format: uuid */
                            meetingId: string;
                            /** @description SG-2015-003 */
                            reference: string;
                            /** @enum {string} */
                            result: "consensus" | "vote";
                            text: string;
                            votes: {
                                abstentions: number;
                                against: number;
                                for: number;
                            } | null;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/meeting-series/{id}/decisions.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The decision register as a CSV file: the decisions of meetings you may pass on */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetings visible to you, by start */
        get: {
            parameters: {
                query?: {
                    /** @description Meetings starting on or after this day (UTC) */
                    from?: string;
                    limit?: number;
                    seriesId?: string;
                    /** @description Meetings starting before the end of this day (UTC) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cancelledReason: string | null;
                            end: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "plenary" | "small_group" | "working_group" | "ministerial" | "expert";
                            /** @enum {string} */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            onlineUrl: string | null;
                            sequence: number;
                            series: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            start: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            /** @enum {string} */
                            state: "draft" | "scheduled" | "in_progress" | "held" | "minutes_circulated" | "minutes_approved" | "cancelled";
                            title: string;
                            venue: string | null;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a meeting of your organisation (a draft) */
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
                        /** @description Wall-clock end in the meeting's zone */
                        end: string;
                        /** @default [] */
                        hostOrgIds?: string[];
                        /** @enum {string} */
                        kind: "plenary" | "small_group" | "working_group" | "ministerial" | "expert";
                        /** @default null */
                        onlineUrl?: string | null;
                        /** Format: uuid */
                        seriesId: string;
                        sharing: {
                            /**
                             * @description Groups that may read an AMBER row
                             * @default []
                             */
                            audienceGroupIds?: string[];
                            /**
                             * @description Organisations that may read an AMBER row
                             * @default []
                             */
                            audienceOrgIds?: string[];
                            /**
                             * @description TLP 2.0 marking
                             * @enum {string}
                             */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            /**
                             * @description Users who may read a RED row
                             * @default []
                             */
                            recipientUserIds?: string[];
                        };
                        /** @description Wall-clock start in the meeting's zone */
                        start: string;
                        /** @description IANA time zone */
                        timeZone: string;
                        title: string;
                        /** @default null */
                        venue?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                run: boolean;
                            };
                            /** @description Created at this meeting */
                            actionItems: {
                                abilities: {
                                    report: boolean;
                                };
                                closedOn: string | null;
                                decisionId: string | null;
                                droppedReason: string | null;
                                dueDate: string;
                                /** Format: uuid */
                                id: string;
                                meeting: {
                                    /** @description The creating meeting's day in its zone */
                                    date: string;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                };
                                overdue: boolean;
                                ownerOrganisations: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                ownerPerson: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                series: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                };
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                text: string;
                            }[];
                            agenda: {
                                documentId: string | null;
                                durationMinutes: number | null;
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                needId: string | null;
                                parentId: string | null;
                                position: number;
                                title: string;
                            }[];
                            cancelledReason: string | null;
                            decisions: {
                                agendaItemId: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                meetingId: string;
                                /** @description SG-2015-003 */
                                reference: string;
                                /** @enum {string} */
                                result: "consensus" | "vote";
                                text: string;
                                votes: {
                                    abstentions: number;
                                    against: number;
                                    for: number;
                                } | null;
                            }[];
                            end: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            hosts: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "plenary" | "small_group" | "working_group" | "ministerial" | "expert";
                            /** @enum {string} */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            onlineUrl: string | null;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                person: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                role: "principal" | "alternate" | "observer" | "secretariat";
                                /** @enum {string} */
                                status: "invited" | "accepted" | "declined" | "attended" | "excused" | "proxy";
                            }[];
                            /** @description The automatic section: every open action item of the series from earlier meetings */
                            review: {
                                items: {
                                    abilities: {
                                        report: boolean;
                                    };
                                    /** @description Days from the creating meeting to this one */
                                    ageDays: number;
                                    closedOn: string | null;
                                    decisionId: string | null;
                                    droppedReason: string | null;
                                    dueDate: string;
                                    /** Format: uuid */
                                    id: string;
                                    meeting: {
                                        /** @description The creating meeting's day in its zone */
                                        date: string;
                                        /** Format: uuid */
                                        id: string;
                                        title: string;
                                    };
                                    overdue: boolean;
                                    ownerOrganisations: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    ownerPerson: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    /** @description Its outcome at this meeting, once given */
                                    review: {
                                        /** Format: uuid */
                                        meetingId: string;
                                        newDueDate: string | null;
                                        /** @enum {string} */
                                        outcome: "done" | "continued" | "dropped";
                                        reason: string | null;
                                    } | null;
                                    series: {
                                        code: string;
                                        /** Format: uuid */
                                        id: string;
                                    };
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "done" | "dropped";
                                    text: string;
                                }[];
                                title: string;
                            };
                            sequence: number;
                            series: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            start: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            /** @enum {string} */
                            state: "draft" | "scheduled" | "in_progress" | "held" | "minutes_circulated" | "minutes_approved" | "cancelled";
                            title: string;
                            venue: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting: attendance, agenda with its review of open action items, decisions, action items */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                run: boolean;
                            };
                            /** @description Created at this meeting */
                            actionItems: {
                                abilities: {
                                    report: boolean;
                                };
                                closedOn: string | null;
                                decisionId: string | null;
                                droppedReason: string | null;
                                dueDate: string;
                                /** Format: uuid */
                                id: string;
                                meeting: {
                                    /** @description The creating meeting's day in its zone */
                                    date: string;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                };
                                overdue: boolean;
                                ownerOrganisations: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                ownerPerson: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                series: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                };
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                text: string;
                            }[];
                            agenda: {
                                documentId: string | null;
                                durationMinutes: number | null;
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                needId: string | null;
                                parentId: string | null;
                                position: number;
                                title: string;
                            }[];
                            cancelledReason: string | null;
                            decisions: {
                                agendaItemId: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                meetingId: string;
                                /** @description SG-2015-003 */
                                reference: string;
                                /** @enum {string} */
                                result: "consensus" | "vote";
                                text: string;
                                votes: {
                                    abstentions: number;
                                    against: number;
                                    for: number;
                                } | null;
                            }[];
                            end: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            hosts: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "plenary" | "small_group" | "working_group" | "ministerial" | "expert";
                            /** @enum {string} */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            onlineUrl: string | null;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                person: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                role: "principal" | "alternate" | "observer" | "secretariat";
                                /** @enum {string} */
                                status: "invited" | "accepted" | "declined" | "attended" | "excused" | "proxy";
                            }[];
                            /** @description The automatic section: every open action item of the series from earlier meetings */
                            review: {
                                items: {
                                    abilities: {
                                        report: boolean;
                                    };
                                    /** @description Days from the creating meeting to this one */
                                    ageDays: number;
                                    closedOn: string | null;
                                    decisionId: string | null;
                                    droppedReason: string | null;
                                    dueDate: string;
                                    /** Format: uuid */
                                    id: string;
                                    meeting: {
                                        /** @description The creating meeting's day in its zone */
                                        date: string;
                                        /** Format: uuid */
                                        id: string;
                                        title: string;
                                    };
                                    overdue: boolean;
                                    ownerOrganisations: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    ownerPerson: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    /** @description Its outcome at this meeting, once given */
                                    review: {
                                        /** Format: uuid */
                                        meetingId: string;
                                        newDueDate: string | null;
                                        /** @enum {string} */
                                        outcome: "done" | "continued" | "dropped";
                                        reason: string | null;
                                    } | null;
                                    series: {
                                        code: string;
                                        /** Format: uuid */
                                        id: string;
                                    };
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "done" | "dropped";
                                    text: string;
                                }[];
                                title: string;
                            };
                            sequence: number;
                            series: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            start: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            /** @enum {string} */
                            state: "draft" | "scheduled" | "in_progress" | "held" | "minutes_circulated" | "minutes_approved" | "cancelled";
                            title: string;
                            venue: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
        /** Change a meeting (its time and place only before it starts) */
        patch: {
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
                        /** @description Wall-clock end in the meeting's zone */
                        end?: string;
                        hostOrgIds?: string[];
                        /** @enum {string} */
                        kind?: "plenary" | "small_group" | "working_group" | "ministerial" | "expert";
                        onlineUrl?: string | null;
                        sharing?: {
                            /**
                             * @description Groups that may read an AMBER row
                             * @default []
                             */
                            audienceGroupIds?: string[];
                            /**
                             * @description Organisations that may read an AMBER row
                             * @default []
                             */
                            audienceOrgIds?: string[];
                            /**
                             * @description TLP 2.0 marking
                             * @enum {string}
                             */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            /**
                             * @description Users who may read a RED row
                             * @default []
                             */
                            recipientUserIds?: string[];
                        };
                        /** @description Wall-clock start in the meeting's zone */
                        start?: string;
                        /** @description IANA time zone */
                        timeZone?: string;
                        title?: string;
                        venue?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                run: boolean;
                            };
                            /** @description Created at this meeting */
                            actionItems: {
                                abilities: {
                                    report: boolean;
                                };
                                closedOn: string | null;
                                decisionId: string | null;
                                droppedReason: string | null;
                                dueDate: string;
                                /** Format: uuid */
                                id: string;
                                meeting: {
                                    /** @description The creating meeting's day in its zone */
                                    date: string;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                };
                                overdue: boolean;
                                ownerOrganisations: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                ownerPerson: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                series: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                };
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                text: string;
                            }[];
                            agenda: {
                                documentId: string | null;
                                durationMinutes: number | null;
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                needId: string | null;
                                parentId: string | null;
                                position: number;
                                title: string;
                            }[];
                            cancelledReason: string | null;
                            decisions: {
                                agendaItemId: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                meetingId: string;
                                /** @description SG-2015-003 */
                                reference: string;
                                /** @enum {string} */
                                result: "consensus" | "vote";
                                text: string;
                                votes: {
                                    abstentions: number;
                                    against: number;
                                    for: number;
                                } | null;
                            }[];
                            end: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            hosts: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "plenary" | "small_group" | "working_group" | "ministerial" | "expert";
                            /** @enum {string} */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            onlineUrl: string | null;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                person: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                role: "principal" | "alternate" | "observer" | "secretariat";
                                /** @enum {string} */
                                status: "invited" | "accepted" | "declined" | "attended" | "excused" | "proxy";
                            }[];
                            /** @description The automatic section: every open action item of the series from earlier meetings */
                            review: {
                                items: {
                                    abilities: {
                                        report: boolean;
                                    };
                                    /** @description Days from the creating meeting to this one */
                                    ageDays: number;
                                    closedOn: string | null;
                                    decisionId: string | null;
                                    droppedReason: string | null;
                                    dueDate: string;
                                    /** Format: uuid */
                                    id: string;
                                    meeting: {
                                        /** @description The creating meeting's day in its zone */
                                        date: string;
                                        /** Format: uuid */
                                        id: string;
                                        title: string;
                                    };
                                    overdue: boolean;
                                    ownerOrganisations: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    ownerPerson: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    /** @description Its outcome at this meeting, once given */
                                    review: {
                                        /** Format: uuid */
                                        meetingId: string;
                                        newDueDate: string | null;
                                        /** @enum {string} */
                                        outcome: "done" | "continued" | "dropped";
                                        reason: string | null;
                                    } | null;
                                    series: {
                                        code: string;
                                        /** Format: uuid */
                                        id: string;
                                    };
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "done" | "dropped";
                                    text: string;
                                }[];
                                title: string;
                            };
                            sequence: number;
                            series: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            start: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            /** @enum {string} */
                            state: "draft" | "scheduled" | "in_progress" | "held" | "minutes_circulated" | "minutes_approved" | "cancelled";
                            title: string;
                            venue: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/meetings/{id}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meeting as an iCalendar file */
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
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/meetings/{id}/action-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an action item */
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
                    "application/json": {
                        /** @default null */
                        decisionId?: string | null;
                        /**
                         * Format: date
                         * @description A calendar date in the meeting's zone
                         */
                        dueDate: string;
                        ownerOrgIds: string[];
                        /** @default null */
                        ownerUserId?: string | null;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                report: boolean;
                            };
                            closedOn: string | null;
                            decisionId: string | null;
                            droppedReason: string | null;
                            dueDate: string;
                            /** Format: uuid */
                            id: string;
                            meeting: {
                                /** @description The creating meeting's day in its zone */
                                date: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            };
                            overdue: boolean;
                            ownerOrganisations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            ownerPerson: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** @description The meetings that reviewed it, oldest first */
                            reviews: {
                                /** Format: uuid */
                                meetingId: string;
                                meetingTitle: string;
                                newDueDate: string | null;
                                /** @enum {string} */
                                outcome: "done" | "continued" | "dropped";
                                reason: string | null;
                            }[];
                            series: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                            };
                            /** @enum {string} */
                            status: "open" | "in_progress" | "done" | "dropped";
                            text: string;
                            updates: {
                                body: string;
                                /** Format: uuid */
                                id: string;
                                onDate: string;
                                status: ("open" | "in_progress" | "done" | "dropped") | null;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/meetings/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an agenda item */
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
                    "application/json": {
                        /** @default null */
                        documentId?: string | null;
                        /** @default null */
                        durationMinutes?: number | null;
                        /** @default null */
                        frameworkNodeId?: string | null;
                        /** @default null */
                        needId?: string | null;
                        /** @default null */
                        parentId?: string | null;
                        /** @description Place among its siblings; last when left out */
                        position?: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                run: boolean;
                            };
                            /** @description Created at this meeting */
                            actionItems: {
                                abilities: {
                                    report: boolean;
                                };
                                closedOn: string | null;
                                decisionId: string | null;
                                droppedReason: string | null;
                                dueDate: string;
                                /** Format: uuid */
                                id: string;
                                meeting: {
                                    /** @description The creating meeting's day in its zone */
                                    date: string;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                };
                                overdue: boolean;
                                ownerOrganisations: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                ownerPerson: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                series: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                };
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                text: string;
                            }[];
                            agenda: {
                                documentId: string | null;
                                durationMinutes: number | null;
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                needId: string | null;
                                parentId: string | null;
                                position: number;
                                title: string;
                            }[];
                            cancelledReason: string | null;
                            decisions: {
                                agendaItemId: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                meetingId: string;
                                /** @description SG-2015-003 */
                                reference: string;
                                /** @enum {string} */
                                result: "consensus" | "vote";
                                text: string;
                                votes: {
                                    abstentions: number;
                                    against: number;
                                    for: number;
                                } | null;
                            }[];
                            end: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            hosts: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "plenary" | "small_group" | "working_group" | "ministerial" | "expert";
                            /** @enum {string} */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            onlineUrl: string | null;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                person: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                role: "principal" | "alternate" | "observer" | "secretariat";
                                /** @enum {string} */
                                status: "invited" | "accepted" | "declined" | "attended" | "excused" | "proxy";
                            }[];
                            /** @description The automatic section: every open action item of the series from earlier meetings */
                            review: {
                                items: {
                                    abilities: {
                                        report: boolean;
                                    };
                                    /** @description Days from the creating meeting to this one */
                                    ageDays: number;
                                    closedOn: string | null;
                                    decisionId: string | null;
                                    droppedReason: string | null;
                                    dueDate: string;
                                    /** Format: uuid */
                                    id: string;
                                    meeting: {
                                        /** @description The creating meeting's day in its zone */
                                        date: string;
                                        /** Format: uuid */
                                        id: string;
                                        title: string;
                                    };
                                    overdue: boolean;
                                    ownerOrganisations: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    ownerPerson: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    /** @description Its outcome at this meeting, once given */
                                    review: {
                                        /** Format: uuid */
                                        meetingId: string;
                                        newDueDate: string | null;
                                        /** @enum {string} */
                                        outcome: "done" | "continued" | "dropped";
                                        reason: string | null;
                                    } | null;
                                    series: {
                                        code: string;
                                        /** Format: uuid */
                                        id: string;
                                    };
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "done" | "dropped";
                                    text: string;
                                }[];
                                title: string;
                            };
                            sequence: number;
                            series: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            start: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            /** @enum {string} */
                            state: "draft" | "scheduled" | "in_progress" | "held" | "minutes_circulated" | "minutes_approved" | "cancelled";
                            title: string;
                            venue: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/meetings/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a decision (numbered per series and year) */
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
                    "application/json": {
                        /** @default null */
                        agendaItemId?: string | null;
                        /** @enum {string} */
                        result: "consensus" | "vote";
                        text: string;
                        /** @default null */
                        votes?: {
                            abstentions: number;
                            against: number;
                            for: number;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            agendaItemId: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            meetingId: string;
                            /** @description SG-2015-003 */
                            reference: string;
                            /** @enum {string} */
                            result: "consensus" | "vote";
                            text: string;
                            votes: {
                                abstentions: number;
                                against: number;
                                for: number;
                            } | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/meetings/{id}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite an organisation or a person */
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
                    "application/json": {
                        /** Format: uuid */
                        orgId: string;
                        /**
                         * @default principal
                         * @enum {string}
                         */
                        role?: "principal" | "alternate" | "observer" | "secretariat";
                        /**
                         * @default invited
                         * @enum {string}
                         */
                        status?: "invited" | "accepted" | "declined" | "attended" | "excused" | "proxy";
                        /** @default null */
                        userId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                run: boolean;
                            };
                            /** @description Created at this meeting */
                            actionItems: {
                                abilities: {
                                    report: boolean;
                                };
                                closedOn: string | null;
                                decisionId: string | null;
                                droppedReason: string | null;
                                dueDate: string;
                                /** Format: uuid */
                                id: string;
                                meeting: {
                                    /** @description The creating meeting's day in its zone */
                                    date: string;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                };
                                overdue: boolean;
                                ownerOrganisations: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                ownerPerson: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                series: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                };
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                text: string;
                            }[];
                            agenda: {
                                documentId: string | null;
                                durationMinutes: number | null;
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                needId: string | null;
                                parentId: string | null;
                                position: number;
                                title: string;
                            }[];
                            cancelledReason: string | null;
                            decisions: {
                                agendaItemId: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                meetingId: string;
                                /** @description SG-2015-003 */
                                reference: string;
                                /** @enum {string} */
                                result: "consensus" | "vote";
                                text: string;
                                votes: {
                                    abstentions: number;
                                    against: number;
                                    for: number;
                                } | null;
                            }[];
                            end: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            hosts: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "plenary" | "small_group" | "working_group" | "ministerial" | "expert";
                            /** @enum {string} */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            onlineUrl: string | null;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                person: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                role: "principal" | "alternate" | "observer" | "secretariat";
                                /** @enum {string} */
                                status: "invited" | "accepted" | "declined" | "attended" | "excused" | "proxy";
                            }[];
                            /** @description The automatic section: every open action item of the series from earlier meetings */
                            review: {
                                items: {
                                    abilities: {
                                        report: boolean;
                                    };
                                    /** @description Days from the creating meeting to this one */
                                    ageDays: number;
                                    closedOn: string | null;
                                    decisionId: string | null;
                                    droppedReason: string | null;
                                    dueDate: string;
                                    /** Format: uuid */
                                    id: string;
                                    meeting: {
                                        /** @description The creating meeting's day in its zone */
                                        date: string;
                                        /** Format: uuid */
                                        id: string;
                                        title: string;
                                    };
                                    overdue: boolean;
                                    ownerOrganisations: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    ownerPerson: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    /** @description Its outcome at this meeting, once given */
                                    review: {
                                        /** Format: uuid */
                                        meetingId: string;
                                        newDueDate: string | null;
                                        /** @enum {string} */
                                        outcome: "done" | "continued" | "dropped";
                                        reason: string | null;
                                    } | null;
                                    series: {
                                        code: string;
                                        /** Format: uuid */
                                        id: string;
                                    };
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "done" | "dropped";
                                    text: string;
                                }[];
                                title: string;
                            };
                            sequence: number;
                            series: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            start: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            /** @enum {string} */
                            state: "draft" | "scheduled" | "in_progress" | "held" | "minutes_circulated" | "minutes_approved" | "cancelled";
                            title: string;
                            venue: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/meetings/{id}/participants/{participantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a participant's role or attendance */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role?: "principal" | "alternate" | "observer" | "secretariat";
                        /** @enum {string} */
                        status?: "invited" | "accepted" | "declined" | "attended" | "excused" | "proxy";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                run: boolean;
                            };
                            /** @description Created at this meeting */
                            actionItems: {
                                abilities: {
                                    report: boolean;
                                };
                                closedOn: string | null;
                                decisionId: string | null;
                                droppedReason: string | null;
                                dueDate: string;
                                /** Format: uuid */
                                id: string;
                                meeting: {
                                    /** @description The creating meeting's day in its zone */
                                    date: string;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                };
                                overdue: boolean;
                                ownerOrganisations: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                ownerPerson: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                series: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                };
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                text: string;
                            }[];
                            agenda: {
                                documentId: string | null;
                                durationMinutes: number | null;
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                needId: string | null;
                                parentId: string | null;
                                position: number;
                                title: string;
                            }[];
                            cancelledReason: string | null;
                            decisions: {
                                agendaItemId: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                meetingId: string;
                                /** @description SG-2015-003 */
                                reference: string;
                                /** @enum {string} */
                                result: "consensus" | "vote";
                                text: string;
                                votes: {
                                    abstentions: number;
                                    against: number;
                                    for: number;
                                } | null;
                            }[];
                            end: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            hosts: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "plenary" | "small_group" | "working_group" | "ministerial" | "expert";
                            /** @enum {string} */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            onlineUrl: string | null;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                person: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                role: "principal" | "alternate" | "observer" | "secretariat";
                                /** @enum {string} */
                                status: "invited" | "accepted" | "declined" | "attended" | "excused" | "proxy";
                            }[];
                            /** @description The automatic section: every open action item of the series from earlier meetings */
                            review: {
                                items: {
                                    abilities: {
                                        report: boolean;
                                    };
                                    /** @description Days from the creating meeting to this one */
                                    ageDays: number;
                                    closedOn: string | null;
                                    decisionId: string | null;
                                    droppedReason: string | null;
                                    dueDate: string;
                                    /** Format: uuid */
                                    id: string;
                                    meeting: {
                                        /** @description The creating meeting's day in its zone */
                                        date: string;
                                        /** Format: uuid */
                                        id: string;
                                        title: string;
                                    };
                                    overdue: boolean;
                                    ownerOrganisations: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    ownerPerson: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    /** @description Its outcome at this meeting, once given */
                                    review: {
                                        /** Format: uuid */
                                        meetingId: string;
                                        newDueDate: string | null;
                                        /** @enum {string} */
                                        outcome: "done" | "continued" | "dropped";
                                        reason: string | null;
                                    } | null;
                                    series: {
                                        code: string;
                                        /** Format: uuid */
                                        id: string;
                                    };
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "done" | "dropped";
                                    text: string;
                                }[];
                                title: string;
                            };
                            sequence: number;
                            series: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            start: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            /** @enum {string} */
                            state: "draft" | "scheduled" | "in_progress" | "held" | "minutes_circulated" | "minutes_approved" | "cancelled";
                            title: string;
                            venue: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/meetings/{id}/reviews/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A carried action item's outcome at this meeting: done, continued with a new due date, or dropped with a reason */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        newDueDate?: string;
                        /** @enum {string} */
                        outcome: "done" | "continued" | "dropped";
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                run: boolean;
                            };
                            /** @description Created at this meeting */
                            actionItems: {
                                abilities: {
                                    report: boolean;
                                };
                                closedOn: string | null;
                                decisionId: string | null;
                                droppedReason: string | null;
                                dueDate: string;
                                /** Format: uuid */
                                id: string;
                                meeting: {
                                    /** @description The creating meeting's day in its zone */
                                    date: string;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                };
                                overdue: boolean;
                                ownerOrganisations: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                ownerPerson: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                series: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                };
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                text: string;
                            }[];
                            agenda: {
                                documentId: string | null;
                                durationMinutes: number | null;
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                needId: string | null;
                                parentId: string | null;
                                position: number;
                                title: string;
                            }[];
                            cancelledReason: string | null;
                            decisions: {
                                agendaItemId: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                meetingId: string;
                                /** @description SG-2015-003 */
                                reference: string;
                                /** @enum {string} */
                                result: "consensus" | "vote";
                                text: string;
                                votes: {
                                    abstentions: number;
                                    against: number;
                                    for: number;
                                } | null;
                            }[];
                            end: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            hosts: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "plenary" | "small_group" | "working_group" | "ministerial" | "expert";
                            /** @enum {string} */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            onlineUrl: string | null;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                person: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                role: "principal" | "alternate" | "observer" | "secretariat";
                                /** @enum {string} */
                                status: "invited" | "accepted" | "declined" | "attended" | "excused" | "proxy";
                            }[];
                            /** @description The automatic section: every open action item of the series from earlier meetings */
                            review: {
                                items: {
                                    abilities: {
                                        report: boolean;
                                    };
                                    /** @description Days from the creating meeting to this one */
                                    ageDays: number;
                                    closedOn: string | null;
                                    decisionId: string | null;
                                    droppedReason: string | null;
                                    dueDate: string;
                                    /** Format: uuid */
                                    id: string;
                                    meeting: {
                                        /** @description The creating meeting's day in its zone */
                                        date: string;
                                        /** Format: uuid */
                                        id: string;
                                        title: string;
                                    };
                                    overdue: boolean;
                                    ownerOrganisations: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    ownerPerson: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    /** @description Its outcome at this meeting, once given */
                                    review: {
                                        /** Format: uuid */
                                        meetingId: string;
                                        newDueDate: string | null;
                                        /** @enum {string} */
                                        outcome: "done" | "continued" | "dropped";
                                        reason: string | null;
                                    } | null;
                                    series: {
                                        code: string;
                                        /** Format: uuid */
                                        id: string;
                                    };
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "done" | "dropped";
                                    text: string;
                                }[];
                                title: string;
                            };
                            sequence: number;
                            series: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            start: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            /** @enum {string} */
                            state: "draft" | "scheduled" | "in_progress" | "held" | "minutes_circulated" | "minutes_approved" | "cancelled";
                            title: string;
                            venue: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/meetings/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a meeting along draft → scheduled → in progress → held → minutes circulated → minutes approved, or cancel it */
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
                    "application/json": {
                        /** @description Why a meeting is cancelled */
                        reason?: string;
                        /** @enum {string} */
                        to: "draft" | "scheduled" | "in_progress" | "held" | "minutes_circulated" | "minutes_approved" | "cancelled";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                run: boolean;
                            };
                            /** @description Created at this meeting */
                            actionItems: {
                                abilities: {
                                    report: boolean;
                                };
                                closedOn: string | null;
                                decisionId: string | null;
                                droppedReason: string | null;
                                dueDate: string;
                                /** Format: uuid */
                                id: string;
                                meeting: {
                                    /** @description The creating meeting's day in its zone */
                                    date: string;
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                };
                                overdue: boolean;
                                ownerOrganisations: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                ownerPerson: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                series: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                };
                                /** @enum {string} */
                                status: "open" | "in_progress" | "done" | "dropped";
                                text: string;
                            }[];
                            agenda: {
                                documentId: string | null;
                                durationMinutes: number | null;
                                frameworkNodeId: string | null;
                                /** Format: uuid */
                                id: string;
                                needId: string | null;
                                parentId: string | null;
                                position: number;
                                title: string;
                            }[];
                            cancelledReason: string | null;
                            decisions: {
                                agendaItemId: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                meetingId: string;
                                /** @description SG-2015-003 */
                                reference: string;
                                /** @enum {string} */
                                result: "consensus" | "vote";
                                text: string;
                                votes: {
                                    abstentions: number;
                                    against: number;
                                    for: number;
                                } | null;
                            }[];
                            end: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            hosts: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "plenary" | "small_group" | "working_group" | "ministerial" | "expert";
                            /** @enum {string} */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            onlineUrl: string | null;
                            participants: {
                                /** Format: uuid */
                                id: string;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                person: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                role: "principal" | "alternate" | "observer" | "secretariat";
                                /** @enum {string} */
                                status: "invited" | "accepted" | "declined" | "attended" | "excused" | "proxy";
                            }[];
                            /** @description The automatic section: every open action item of the series from earlier meetings */
                            review: {
                                items: {
                                    abilities: {
                                        report: boolean;
                                    };
                                    /** @description Days from the creating meeting to this one */
                                    ageDays: number;
                                    closedOn: string | null;
                                    decisionId: string | null;
                                    droppedReason: string | null;
                                    dueDate: string;
                                    /** Format: uuid */
                                    id: string;
                                    meeting: {
                                        /** @description The creating meeting's day in its zone */
                                        date: string;
                                        /** Format: uuid */
                                        id: string;
                                        title: string;
                                    };
                                    overdue: boolean;
                                    ownerOrganisations: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    ownerPerson: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    } | null;
                                    /** @description Its outcome at this meeting, once given */
                                    review: {
                                        /** Format: uuid */
                                        meetingId: string;
                                        newDueDate: string | null;
                                        /** @enum {string} */
                                        outcome: "done" | "continued" | "dropped";
                                        reason: string | null;
                                    } | null;
                                    series: {
                                        code: string;
                                        /** Format: uuid */
                                        id: string;
                                    };
                                    /** @enum {string} */
                                    status: "open" | "in_progress" | "done" | "dropped";
                                    text: string;
                                }[];
                                title: string;
                            };
                            sequence: number;
                            series: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            start: {
                                /** @description ISO 8601 UTC */
                                instant: string;
                                /** @description Wall-clock, in timeZone */
                                local: string;
                                timeZone: string;
                            };
                            /** @enum {string} */
                            state: "draft" | "scheduled" | "in_progress" | "held" | "minutes_circulated" | "minutes_approved" | "cancelled";
                            title: string;
                            venue: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs visible to you, ranked by unmet gap */
        get: {
            parameters: {
                query?: {
                    /** @description From `nextCursor` of the previous page */
                    cursor?: string;
                    limit?: number;
                    lineId?: string;
                    locationId?: string;
                    /** @description gap: largest unmet money first, then quantity */
                    sort?: "gap" | "priority";
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description What the reader may do with this need (needs.policy.ts); the service checks again */
                                abilities: {
                                    delete: boolean;
                                    update: boolean;
                                };
                                description: string;
                                externalId: string | null;
                                frameworkNode: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @description Sums over the linked contributions you can see (cancelled and pledged ones meet nothing); quantities and money as exact decimal strings */
                                gap: {
                                    committed: {
                                        /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                        amountMinor: string;
                                        /** @description A decimal string (a sum, exact at any size) */
                                        quantity: string;
                                    };
                                    delivered: {
                                        /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                        amountMinor: string;
                                        /** @description A decimal string (a sum, exact at any size) */
                                        quantity: string;
                                    };
                                    /** @description committed + delivered − need, never below zero */
                                    oversubscribed: {
                                        /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                        amountMinor: string;
                                        /** @description A decimal string (a sum, exact at any size) */
                                        quantity: string;
                                    };
                                    /** @description need − committed − delivered, never below zero */
                                    unmet: {
                                        /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                        amountMinor: string;
                                        /** @description A decimal string (a sum, exact at any size) */
                                        quantity: string;
                                    };
                                };
                                /** Format: uuid */
                                id: string;
                                line: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                location: {
                                    code: string;
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                money: {
                                    /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                    amountMinor: number;
                                    /** @enum {string} */
                                    currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                                } | null;
                                organisation: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                periodEnd: string | null;
                                periodStart: string | null;
                                /** @enum {string} */
                                priority: "low" | "medium" | "high" | "critical";
                                quantity: {
                                    unit: string;
                                    /** @description At most 99999999999.9999, at most 4 decimals */
                                    value: number;
                                } | null;
                                sharing: {
                                    audienceGroups: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    audienceOrgs: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    /** @enum {string} */
                                    marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                    /** Format: uuid */
                                    ownerOrgId: string;
                                    ownerOrgName: string;
                                    recipients: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                };
                                /** @enum {string} */
                                type: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                                /** @description The working group the need is stated for, if any */
                                workingGroup: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** State a need of your organisation */
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
                        /** @default  */
                        description?: string;
                        /** @default null */
                        externalId?: string | null;
                        /** Format: uuid */
                        frameworkNodeId: string;
                        /** @default null */
                        locationId?: string | null;
                        /** @default null */
                        money?: {
                            /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                            amountMinor: number;
                            /** @enum {string} */
                            currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                        } | null;
                        /** @default null */
                        periodEnd?: string | null;
                        /** @default null */
                        periodStart?: string | null;
                        /**
                         * @default medium
                         * @enum {string}
                         */
                        priority?: "low" | "medium" | "high" | "critical";
                        /** @default null */
                        quantity?: {
                            unit: string;
                            /** @description At most 99999999999.9999, at most 4 decimals */
                            value: number;
                        } | null;
                        sharing: {
                            /**
                             * @description Groups that may read an AMBER row
                             * @default []
                             */
                            audienceGroupIds?: string[];
                            /**
                             * @description Organisations that may read an AMBER row
                             * @default []
                             */
                            audienceOrgIds?: string[];
                            /**
                             * @description TLP 2.0 marking
                             * @enum {string}
                             */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            /**
                             * @description Users who may read a RED row
                             * @default []
                             */
                            recipientUserIds?: string[];
                        };
                        /** @enum {string} */
                        type: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                        /**
                         * @description State the need on behalf of this working group (its co-leads and the secretariat may)
                         * @default null
                         */
                        workingGroupId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this need (needs.policy.ts); the service checks again */
                            abilities: {
                                delete: boolean;
                                update: boolean;
                            };
                            description: string;
                            externalId: string | null;
                            frameworkNode: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Sums over the linked contributions you can see (cancelled and pledged ones meet nothing); quantities and money as exact decimal strings */
                            gap: {
                                committed: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                                delivered: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                                /** @description committed + delivered − need, never below zero */
                                oversubscribed: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                                /** @description need − committed − delivered, never below zero */
                                unmet: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                            };
                            /** Format: uuid */
                            id: string;
                            line: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            location: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            money: {
                                /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                amountMinor: number;
                                /** @enum {string} */
                                currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            } | null;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            periodEnd: string | null;
                            periodStart: string | null;
                            /** @enum {string} */
                            priority: "low" | "medium" | "high" | "critical";
                            quantity: {
                                unit: string;
                                /** @description At most 99999999999.9999, at most 4 decimals */
                                value: number;
                            } | null;
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            /** @enum {string} */
                            type: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                            /** @description The working group the need is stated for, if any */
                            workingGroup: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/needs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One need and its gap */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this need (needs.policy.ts); the service checks again */
                            abilities: {
                                delete: boolean;
                                update: boolean;
                            };
                            description: string;
                            externalId: string | null;
                            frameworkNode: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Sums over the linked contributions you can see (cancelled and pledged ones meet nothing); quantities and money as exact decimal strings */
                            gap: {
                                committed: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                                delivered: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                                /** @description committed + delivered − need, never below zero */
                                oversubscribed: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                                /** @description need − committed − delivered, never below zero */
                                unmet: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                            };
                            /** Format: uuid */
                            id: string;
                            line: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            location: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            money: {
                                /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                amountMinor: number;
                                /** @enum {string} */
                                currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            } | null;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            periodEnd: string | null;
                            periodStart: string | null;
                            /** @enum {string} */
                            priority: "low" | "medium" | "high" | "critical";
                            quantity: {
                                unit: string;
                                /** @description At most 99999999999.9999, at most 4 decimals */
                                value: number;
                            } | null;
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            /** @enum {string} */
                            type: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                            /** @description The working group the need is stated for, if any */
                            workingGroup: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a need and its links (its owner organisation) */
        delete: {
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
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a need (its owner organisation) */
        patch: {
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
                        description?: string;
                        externalId?: string | null;
                        /** Format: uuid */
                        frameworkNodeId?: string;
                        locationId?: string | null;
                        money?: {
                            /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                            amountMinor: number;
                            /** @enum {string} */
                            currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                        } | null;
                        periodEnd?: string | null;
                        periodStart?: string | null;
                        /** @enum {string} */
                        priority?: "low" | "medium" | "high" | "critical";
                        quantity?: {
                            unit: string;
                            /** @description At most 99999999999.9999, at most 4 decimals */
                            value: number;
                        } | null;
                        sharing?: {
                            /**
                             * @description Groups that may read an AMBER row
                             * @default []
                             */
                            audienceGroupIds?: string[];
                            /**
                             * @description Organisations that may read an AMBER row
                             * @default []
                             */
                            audienceOrgIds?: string[];
                            /**
                             * @description TLP 2.0 marking
                             * @enum {string}
                             */
                            marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                            /**
                             * @description Users who may read a RED row
                             * @default []
                             */
                            recipientUserIds?: string[];
                        };
                        /** @enum {string} */
                        type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                        /** @description State the need on behalf of this working group (its co-leads and the secretariat may) */
                        workingGroupId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this need (needs.policy.ts); the service checks again */
                            abilities: {
                                delete: boolean;
                                update: boolean;
                            };
                            description: string;
                            externalId: string | null;
                            frameworkNode: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Sums over the linked contributions you can see (cancelled and pledged ones meet nothing); quantities and money as exact decimal strings */
                            gap: {
                                committed: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                                delivered: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                                /** @description committed + delivered − need, never below zero */
                                oversubscribed: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                                /** @description need − committed − delivered, never below zero */
                                unmet: {
                                    /** @description Integer minor units as a decimal string (a sum, exact at any size) */
                                    amountMinor: string;
                                    /** @description A decimal string (a sum, exact at any size) */
                                    quantity: string;
                                };
                            };
                            /** Format: uuid */
                            id: string;
                            line: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            location: {
                                code: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            money: {
                                /** @description Integer minor units, e.g. cents; at most 1000000000000000 */
                                amountMinor: number;
                                /** @enum {string} */
                                currency: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SLL" | "SOS" | "SSP" | "SRD" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XBT" | "XCD" | "XDR" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWL";
                            } | null;
                            organisation: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            periodEnd: string | null;
                            periodStart: string | null;
                            /** @enum {string} */
                            priority: "low" | "medium" | "high" | "critical";
                            quantity: {
                                unit: string;
                                /** @description At most 99999999999.9999, at most 4 decimals */
                                value: number;
                            } | null;
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            /** @enum {string} */
                            type: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                            /** @description The working group the need is stated for, if any */
                            workingGroup: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/needs/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs you may pass on, as HXL CSV (importable again) */
        get: {
            parameters: {
                query?: {
                    lineId?: string;
                    locationId?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/needs/export.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs you may pass on, as HXL JSON (an array of objects keyed by hashtag) (importable again) */
        get: {
            parameters: {
                query?: {
                    lineId?: string;
                    locationId?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/needs/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Needs you may pass on, as HXL XLSX (importable again) */
        get: {
            parameters: {
                query?: {
                    lineId?: string;
                    locationId?: string;
                    type?: "funding" | "personnel" | "training" | "equipment" | "in_kind" | "humanitarian_aid" | "diplomatic" | "other";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/needs/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A blank CSV file of needs to fill in and import: the column names and the hashtag row, no data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv; charset=utf-8": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/needs/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A blank XLSX file of needs to fill in and import: the column names and the hashtag row, no data */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organisations */
        get: {
            parameters: {
                query?: {
                    /** @description From `nextCursor` of the previous page */
                    cursor?: string;
                    /** @description Only members of this group */
                    groupId?: string;
                    kind?: "state" | "organisation" | "secretariat" | "partner";
                    limit?: number;
                    /** @description Part of the name, short name or ISO code */
                    q?: string;
                    status?: "member" | "observer" | "left" | "none";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                iso3: string | null;
                                joinedOn: string | null;
                                /** @enum {string} */
                                kind: "state" | "organisation" | "secretariat" | "partner";
                                leftOn: string | null;
                                /** @enum {string} */
                                membershipStatus: "member" | "observer" | "left" | "none";
                                name: string;
                                shortName: string | null;
                            }[];
                            nextCursor: string | null;
                            /** @description Rows matching the filters */
                            total: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an organisation (admin) */
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
                        /** @default null */
                        iso3?: string | null;
                        /** @default null */
                        joinedOn?: string | null;
                        /** @enum {string} */
                        kind: "state" | "organisation" | "secretariat" | "partner";
                        /** @default null */
                        leftOn?: string | null;
                        /**
                         * @default member
                         * @enum {string}
                         */
                        membershipStatus?: "member" | "observer" | "left" | "none";
                        name: string;
                        /** @default null */
                        shortName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            iso3: string | null;
                            joinedOn: string | null;
                            /** @enum {string} */
                            kind: "state" | "organisation" | "secretariat" | "partner";
                            leftOn: string | null;
                            /** @enum {string} */
                            membershipStatus: "member" | "observer" | "left" | "none";
                            name: string;
                            shortName: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation, its groups and working groups */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            groups: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "all_members" | "small_group" | "working_group" | "custom";
                                name: string;
                            }[];
                            /** Format: uuid */
                            id: string;
                            iso3: string | null;
                            joinedOn: string | null;
                            /** @enum {string} */
                            kind: "state" | "organisation" | "secretariat" | "partner";
                            leftOn: string | null;
                            /** @enum {string} */
                            membershipStatus: "member" | "observer" | "left" | "none";
                            name: string;
                            shortName: string | null;
                            userCount: number;
                            workingGroups: {
                                coLead: boolean;
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
        /** Change an organisation (admin) */
        patch: {
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
                        iso3?: string | null;
                        joinedOn?: string | null;
                        /** @enum {string} */
                        kind?: "state" | "organisation" | "secretariat" | "partner";
                        leftOn?: string | null;
                        /** @enum {string} */
                        membershipStatus?: "member" | "observer" | "left" | "none";
                        name?: string;
                        shortName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            iso3: string | null;
                            joinedOn: string | null;
                            /** @enum {string} */
                            kind: "state" | "organisation" | "secretariat" | "partner";
                            leftOn: string | null;
                            /** @enum {string} */
                            membershipStatus: "member" | "observer" | "left" | "none";
                            name: string;
                            shortName: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/public/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Documents marked CLEAR */
        get: {
            parameters: {
                query?: {
                    /** @description From `nextCursor` of the previous page */
                    cursor?: string;
                    kind?: "statement" | "communique" | "minutes" | "report" | "other";
                    limit?: number;
                    marking?: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                    ownerOrgId?: string;
                    /** @description Full-text search in title and body */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description What the reader may do with this document (documents.policy.ts); the service checks again */
                                abilities: {
                                    attachFile: boolean;
                                    delete: boolean;
                                    update: boolean;
                                };
                                createdAt: string;
                                /** Format: uuid */
                                createdBy: string;
                                documentDate: string;
                                /** @description Start of the body, or the search hit in context */
                                excerpt: string;
                                file: {
                                    name: string;
                                    sha256: string;
                                    size: number;
                                    type: string;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "statement" | "communique" | "minutes" | "report" | "other";
                                sharing: {
                                    audienceGroups: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    audienceOrgs: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                    /** @enum {string} */
                                    marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                    /** Format: uuid */
                                    ownerOrgId: string;
                                    ownerOrgName: string;
                                    recipients: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    }[];
                                };
                                title: string;
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/public/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One document marked CLEAR */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description What the reader may do with this document (documents.policy.ts); the service checks again */
                            abilities: {
                                attachFile: boolean;
                                delete: boolean;
                                update: boolean;
                            };
                            body: string;
                            createdAt: string;
                            /** Format: uuid */
                            createdBy: string;
                            documentDate: string;
                            file: {
                                name: string;
                                sha256: string;
                                size: number;
                                type: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "statement" | "communique" | "minutes" | "report" | "other";
                            sharing: {
                                audienceGroups: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                audienceOrgs: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                                /** @enum {string} */
                                marking: "CLEAR" | "GREEN" | "AMBER" | "AMBER+STRICT" | "RED";
                                /** Format: uuid */
                                ownerOrgId: string;
                                ownerOrgName: string;
                                recipients: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/public/documents/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file of a document marked CLEAR */
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
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (e-mail addresses for admins only) */
        get: {
            parameters: {
                query?: {
                    /** @description From `nextCursor` of the previous page */
                    cursor?: string;
                    limit?: number;
                    orgId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                disabled: boolean;
                                displayName: string;
                                /** @description Shown to admins only */
                                email: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                locale: "en" | "fr" | "ar";
                                /** Format: uuid */
                                orgId: string;
                                orgName: string;
                                /** @enum {string} */
                                role: "admin" | "coordinator" | "focal_point" | "viewer";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user account (admin) */
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
                        /** Format: email */
                        email: string;
                        /**
                         * @default en
                         * @enum {string}
                         */
                        locale?: "en" | "fr" | "ar";
                        /** Format: uuid */
                        orgId: string;
                        password: string;
                        /** @enum {string} */
                        role: "admin" | "coordinator" | "focal_point" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            disabled: boolean;
                            displayName: string;
                            /** @description Shown to admins only */
                            email: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locale: "en" | "fr" | "ar";
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            /** @enum {string} */
                            role: "admin" | "coordinator" | "focal_point" | "viewer";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            disabled: boolean;
                            displayName: string;
                            /** @description Shown to admins only */
                            email: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locale: "en" | "fr" | "ar";
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            /** @enum {string} */
                            role: "admin" | "coordinator" | "focal_point" | "viewer";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
        /** Change a user account (admin) */
        patch: {
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
                        disabled?: boolean;
                        displayName?: string;
                        /** @enum {string} */
                        locale?: "en" | "fr" | "ar";
                        password?: string;
                        /** @enum {string} */
                        role?: "admin" | "coordinator" | "focal_point" | "viewer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            disabled: boolean;
                            displayName: string;
                            /** @description Shown to admins only */
                            email: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            locale: "en" | "fr" | "ar";
                            /** Format: uuid */
                            orgId: string;
                            orgName: string;
                            /** @enum {string} */
                            role: "admin" | "coordinator" | "focal_point" | "viewer";
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/working-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Working groups with their co-leads */
        get: {
            parameters: {
                query?: {
                    lineId?: string;
                    orgId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coLeads: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            formedOn: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            lineId: string;
                            lineName: string;
                            memberCount: number;
                            /** Format: uuid */
                            membershipGroupId: string;
                            name: string;
                        }[];
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a working group (admin) */
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
                        coLeadOrgIds: string[];
                        /** @default null */
                        formedOn?: string | null;
                        /** Format: uuid */
                        lineId: string;
                        /**
                         * @description Co-leads are always members
                         * @default []
                         */
                        memberOrgIds?: string[];
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coLeads: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            formedOn: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            lineId: string;
                            lineName: string;
                            memberCount: number;
                            members: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            membershipGroupId: string;
                            name: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
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
    "/api/working-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One working group and its members */
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
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coLeads: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            formedOn: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            lineId: string;
                            lineName: string;
                            memberCount: number;
                            members: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            membershipGroupId: string;
                            name: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
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
        /** Change a working group (admin) */
        patch: {
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
                        coLeadOrgIds?: string[];
                        formedOn?: string | null;
                        memberOrgIds?: string[];
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            coLeads: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            formedOn: string | null;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            lineId: string;
                            lineName: string;
                            memberCount: number;
                            members: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            /** Format: uuid */
                            membershipGroupId: string;
                            name: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            detail: string;
                            errors?: {
                                message: string;
                                path: string;
                            }[];
                            instance: string;
                            requestId: string;
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        FrameworkTreeNode: {
            children: components["schemas"]["FrameworkTreeNode"][];
            code: string;
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "line" | "objective" | "sub_objective";
            name: string;
            parentId: string | null;
            position: number;
        };
        FrameworkTreeNodeInput: {
            children: components["schemas"]["FrameworkTreeNodeInput"][];
            code: string;
            description: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "line" | "objective" | "sub_objective";
            name: string;
            parentId: string | null;
            position: number;
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
