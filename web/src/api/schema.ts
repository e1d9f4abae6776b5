// Generated from /api/openapi.json by `npm run api-types`: do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database health */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/csrf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A CSRF token for cookie-authenticated state changes
         * @description Send it as the `x-csrf-token` header on POST/PATCH/DELETE made with the session cookie (login included). API-token clients do not need it.
         */
        get: operations["getCsrfToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password; sets the session cookie */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the current session */
        post: operations["logOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgot your password? Mails a link to choose a new one, if the address has an active account
         * @description Answers the same whether or not the address belongs to anyone, so it cannot be used to find accounts. An active person with that address gets a link by mail (at most three an hour); it works once, for a day, and their password keeps working until they use it.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with a reset link an admin made; then sign in with it */
        post: operations["setPasswordFromLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password, with the current one; your other sessions end */
        post: operations["changeOwnPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone, by name */
        get: operations["listUsers"];
        put?: never;
        /** Add a person (admins) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a person (admins; anyone for their own name and availability) */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/users/{id}/password-reset-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a link with which a person chooses a new password (admins); shown only in this response, works once, expires in a day */
        post: operations["createPasswordResetLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/password-reset-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a person a link with which they choose a new password (admins); works once, expires in a day
         * @description Like POST /api/v1/users/{id}/password-reset-link, but the link goes to the person by mail, through the outbox, and nobody else sees it: its secret is made when the mail is sent, and the outbox keeps a copy without it. It replaces any earlier unused link of theirs. Without an SMTP server (SMTP_URL) the mail is not sent: the outbox says so.
         */
        post: operations["mailPasswordResetLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All teams with their members */
        get: operations["listTeams"];
        put?: never;
        /** Create a team (admins) */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a person to a team (admins) */
        post: operations["addTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find customers */
        get: operations["listCustomers"];
        put?: never;
        /** Create a customer, or update the one with the same external id or email */
        post: operations["upsertCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/story": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One customer’s story: cases, survey answers and comments, blasts received, unsubscribes */
        get: operations["getCustomerStory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases a page at a time: active ones by the clock that breaks first (or by severity, then longest waiting); done ones newest finished first */
        get: operations["listCases"];
        put?: never;
        /** Open a recovery case; it gets exactly one owner */
        post: operations["openCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/unseen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's active cases that became theirs and that they have not opened yet, newest first (their “New case for you” alerts) */
        get: operations["listUnseenCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/update-nudges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's active cases whose customer has heard nothing for a whole update cadence, longest silent first (their “send an update now” alerts; gone once a person writes to the customer) */
        get: operations["listUpdateNudges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case, by id or number, with its customer and owner */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The caller has seen this case: if they own it, its “New case for you” alert goes away (anyone else's call changes nothing) */
        post: operations["markCaseSeen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's timeline, oldest first */
        get: operations["listCaseEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/handoff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give the case to another owner, with a written reason (counted) */
        post: operations["handOffCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge, resolve, close or reopen a case */
        post: operations["changeCaseStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an internal note to the timeline */
        post: operations["addCaseNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/status-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new status-page link for the case: the old link stops working at once (it shows “this link no longer works”); the answer’s statusPageUrl is the new one. Owner, supervisor or admin. */
        post: operations["issueStatusLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/message-draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A template filled for this case, in its customer’s language, to edit before sending */
        get: operations["getCaseMessageDraft"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write to the customer by email (the owner, a supervisor or an admin)
         * @description Appends a `message_out` event and queues its email in one transaction; answers with the message and its delivery state (queued at first; the timeline follows it to sent, held, bounced or failed). The first message acknowledges an open case. A closed case is refused (409 CASE_CLOSED), and so is a customer with no email address or one that bounced (409 CUSTOMER_UNREACHABLE); an unsubscribe from surveys does not stop a case message.
         */
        post: operations["sendCaseMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's tasks (the follow-up call, requests for help) with their comments, oldest first */
        get: operations["listCaseTasks"];
        put?: never;
        /**
         * Ask a colleague or a team for help on a case; the owner stays the owner
         * @description The case owner or a supervisor creates a `help` task for a person or a team, with a `task_created` event, a `task_due` timer when `dueAt` is given, a live alert and a mail to whoever is asked. The case keeps its owner and the customer never sees the task. A closed case is refused (409 CASE_CLOSED).
         */
        post: operations["askForHelp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks asked of me or of my teams, soonest due first (no due time last) */
        get: operations["listMyTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a task (the people asked, the case owner or a supervisor); internal */
        post: operations["commentOnTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a team's task (I'll take it): it becomes mine; the team stays named */
        post: operations["takeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
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
        /** Record how a task went (the follow-up call, a request for help) and mark it done */
        patch: operations["recordTaskOutcome"];
        trace?: never;
    };
    "/api/v1/cases/{id}/promises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case’s promises, oldest first (open, kept, broken and renegotiated) */
        get: operations["listCasePromises"];
        put?: never;
        /**
         * Make a promise to the customer on a case (the owner, a supervisor or an admin)
         * @description Records an open promise, its `promise_made` event and its timers (at risk at 75 % of its time, broken by itself at its due time). A resolved or closed case is refused (409 CASE_CLOSED); so is a due time in the past or more than two years ahead (400, field dueAt). With `message`, the message is sent to the customer in the same transaction.
         */
        post: operations["makePromise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/promises/{id}": {
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
        /**
         * Mark a promise kept or broken, or renegotiate it with a message to the customer
         * @description Only an open promise changes (409 PROMISE_NOT_OPEN). Renegotiating needs `dueAt` and a `message` that states the new date (400, field message); the message is sent, the promise becomes renegotiated and a new open promise replaces it, all in one transaction. Answers with the promise, its replacement and the message (null when there is none).
         */
        patch: operations["changePromise"];
        trace?: never;
    };
    "/api/v1/reports/promises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The promise-kept rate per agent or team over a period
         * @description Of the promises that ended in [from, to) — kept or broken — the share kept, overall and per group. Renegotiated promises are counted beside the rate: the promise that replaced each ends later.
         */
        get: operations["getPromiseReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/fault": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the fault was ours, once per case: admitting it to the customer is then right */
        post: operations["recordCaseFault"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/coach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The message coach: what to reconsider in a draft to the customer, before it is sent
         * @description Suggestions only: it never blocks sending. Changes nothing; the draft is not stored.
         */
        post: operations["coachMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All surveys, active or not */
        get: operations["listSurveys"];
        put?: never;
        /** Create a survey (admins) */
        post: operations["createSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One survey with its scale */
        get: operations["getSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a survey’s words, scale or whether it is in use (admins) */
        patch: operations["updateSurvey"];
        trace?: never;
    };
    "/api/v1/surveys/{id}/test-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send me a test: the survey's email to your own address, through the outbox
         * @description The email a customer would get, to the signed-in person. Its answer links record nothing (they open the "link not valid" page), and no customer or rating request is made. Held in the outbox when no SMTP server is configured.
         */
        post: operations["sendSurveyTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rating-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask a customer to rate a touchpoint; returns one signed link per answer */
        post: operations["createRatingRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rating-requests/snippet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a rating request and return its email snippet in one call */
        post: operations["createRatingSnippet"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rating-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One rating request with its survey and its links */
        get: operations["getRatingRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rating-requests/{id}/snippet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rating question and links as email-safe HTML and plain text, to paste into any email */
        get: operations["getRatingSnippet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest blasts with their progress and response rate, newest first (supervisors) */
        get: operations["listBlasts"];
        put?: never;
        /**
         * Send a survey to a list of customers (supervisors); unsubscribed and bounced addresses are skipped
         * @description Answers at once with the blast, `preparing`: a job turns the rows into queued mail, a batch at a time (follow it at GET /api/v1/blasts/{id}). The same list for the same survey within a day is refused (409 SAME_LIST_SENT, naming the earlier blast), so a retried request mails nobody twice.
         */
        post: operations["startBlast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blasts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One blast: how far its list is prepared, its emails by status, answers, response rate and refused lines (supervisors) */
        get: operations["getBlast"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blasts/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dry run of a blast (supervisors): who would get it, who is skipped, and the email; sends nothing */
        post: operations["previewBlast"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blasts/csv/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dry run of a CSV blast (supervisors): who would get it, who is skipped, and the email; sends nothing
         * @description The same body and query as POST /api/v1/blasts/csv. Confirm the count and the email with a person, then send with that endpoint.
         */
        post: operations["previewBlastCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/blasts/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a survey to the customers of a CSV (supervisors): columns email (required), name, external_id, touchpoint_ref
         * @description The body is the CSV itself (Content-Type: text/csv, at most 5 MB and 20,000 rows), its first line naming the columns. It answers at once with the blast, `preparing`: a job turns the rows into queued mail, a batch at a time (follow it at GET /api/v1/blasts/{id}). Lines the row rules refuse are returned with their number and reason; lines refused later (a customer conflict) show on the blast. The same list for the same survey within a day is refused (409 SAME_LIST_SENT, naming the earlier blast), so a retried upload mails nobody twice.
         */
        post: operations["startBlastCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outbound emails, newest first: what was sent, and what is held where no SMTP is configured (supervisors) */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One outbound email with its text, HTML and headers (supervisors) */
        get: operations["getOutboundEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mail received from customers, newest first: threaded, ignored (auto-replies, bounces) and flagged (supervisors) */
        get: operations["listInboundEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-emails/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One received email whole: its text, its HTML sanitised (show it in a sandboxed frame), its attachments and DKIM/SPF/DMARC */
        get: operations["getInboundEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-emails/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Downloads one attachment of a received email, byte for byte, as a file (never shown inline) */
        get: operations["getInboundAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inbound-emails/{id}/process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Runs a flagged email through reading and threading again, from its kept raw bytes (supervisors). 409 when it already reached a case or was ignored */
        post: operations["processInboundEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest rating answers, newest first, with customer, touchpoint, comments and case */
        get: operations["listFeedback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/feedback/happiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The happiness factor (happy ÷ answers, each request once by its latest answer), overall and per group */
        get: operations["getHappiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/feedback-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What negative feedback does: the rules in force */
        get: operations["getFeedbackRules"];
        /** Replace the rules for negative feedback (admins) */
        put: operations["updateFeedbackRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/follow-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** When a reply reopens a resolved case, and when the follow-up goes */
        get: operations["getFollowUpSettings"];
        /** Change when a reply reopens a resolved case and when the follow-up goes (admins) */
        put: operations["updateFollowUpSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resolved cases whose follow-up is missing or doubled (admins): both lists must be empty */
        get: operations["reconcileFollowUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/brand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The business name, logo and accent colour customers see */
        get: operations["getBrand"];
        /** Replace the business name, logo and accent colour (admins) */
        put: operations["updateBrand"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each severity’s clocks: acknowledge within, update every, resolve within */
        get: operations["listCasePolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-policies/{severity}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a severity’s clocks (admins); its active cases’ due times are recomputed
         * @description Refused with 400, changing nothing, when minutes are not whole, below 1 or above 90 days, or the cadence (updateEvery) or acknowledgeWithin is longer than resolveWithin. Up to 100 active cases are recomputed before the answer; more, by a job in batches.
         */
        put: operations["updateCasePolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/business-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation’s business hours (cases without a team, and teams without their own) */
        get: operations["getBusinessHours"];
        /**
         * Replace the organisation’s business hours (admins); the cases counting in them are recomputed
         * @description Refused with 400, changing nothing, for an unknown time zone or holiday country/region, a time not HH:mm, spans out of order, overlapping or crossing midnight, a week with no open time, or a day off that is not a date.
         */
        put: operations["updateBusinessHours"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}/business-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The hours a team’s cases count in: its own, or the organisation’s (own: false) */
        get: operations["getTeamBusinessHours"];
        /**
         * Give a team business hours of its own (admins); its cases are recomputed
         * @description Refused as the organisation’s hours are (see updateBusinessHours), changing nothing.
         */
        put: operations["updateTeamBusinessHours"];
        post?: never;
        /** The team goes back to the organisation’s hours (admins); its cases are recomputed */
        delete: operations["resetTeamBusinessHours"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/message-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The message templates in force, every kind in English and each language written for (admins) */
        get: operations["listMessageTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/message-templates/{kind}/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One template as customers speaking that language get it (admins) */
        get: operations["getMessageTemplate"];
        /**
         * Write the business’s own template for a kind and language (admins)
         * @description Refused with 400 when a variable is unknown (the problem names it beside its field), the subject has a line break, or either is empty or too long.
         */
        put: operations["saveMessageTemplate"];
        post?: never;
        /** Go back to the default template (English) or to the English one (another language) (admins) */
        delete: operations["resetMessageTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (never their secrets) */
        get: operations["listApiTokens"];
        put?: never;
        /** Create an API token acting as you; the secret is shown only in this response */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed what, newest first, by person, action and period (admins) */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/amends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's amends in every state (requested, pending, issuing, issued, declined, failed) */
        get: operations["listCaseAmends"];
        put?: never;
        /**
         * Offer amends on a case: issued at once within your limits, else an approval request
         * @description Needs an Idempotency-Key: however many times one click arrives, the case gets one gesture. 201 `issued`/`issuing`/`approved` (to issue by hand) within your authority; 202 `pending_approval` with the reasons otherwise.
         */
        post: operations["requestAmends"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/amends/room": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What you may still give on this case without approval, per gesture and currency your role has a limit for */
        get: operations["getCaseAmendsRoom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/amends/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve an amends request in one click (supervisors; never one's own) */
        post: operations["approveAmends"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/amends/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an amends request in one click (supervisors; never one's own) */
        post: operations["declineAmends"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/amends/{id}/issued-by-hand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that an approved (or failed) gesture was issued by hand, with its reference */
        post: operations["recordAmendsIssued"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/amends/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The approval queue: amends requests waiting for a supervisor, oldest first */
        get: operations["listPendingAmends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/amends/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The gestures on offer (active catalogue entries) */
        get: operations["listAmendsCatalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/amends/spend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Spend this month (UTC) per person and team and currency, beside budgets and your own limits */
        get: operations["getAmendsSpend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/amends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Settings → Amends: catalogue, limits, budgets, webhook (never its secret), code pools (admins) */
        get: operations["getAmendsSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/amends/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a gesture to the catalogue (admins) */
        post: operations["createGestureType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/amends/catalogue/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename a gesture, set its default amount, code pool, on or off (admins) */
        put: operations["updateGestureType"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/amends/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the authority limits: per role, gesture and currency (admins) */
        put: operations["updateAmendsLimits"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/amends/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the teams' monthly amends budgets, per currency (admins) */
        put: operations["updateAmendsBudgets"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/amends/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Point issuing at the business's system: URL and shared secret (docs/amends-webhook.md) (admins) */
        put: operations["updateAmendsWebhook"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/amends/catalogue/{id}/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add coupon or gift-card codes to a gesture’s pool: CSV (first column) or one a line (admins)
         * @description Codes already in the pool are skipped, so uploading the same file again adds nothing.
         */
        post: operations["uploadAmendsCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/issue-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The issue types and their checklists of knock-on needs (live first, then archived) */
        get: operations["listIssueTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/issue-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an issue type with its checklist of knock-on needs (admins) */
        post: operations["createIssueType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/issue-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rename, archive or restore an issue type and save its whole checklist, in order (admins) */
        put: operations["updateIssueType"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/knock-on-needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's issue type and its knock-on needs, each with the customer's answer once asked */
        get: operations["getCaseKnockOnNeeds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/issue-type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Say what kind of problem the case is: its checklist of knock-on needs shows on the case */
        put: operations["setCaseIssueType"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/knock-on-needs/{needId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record whether the customer needs a knock-on need, once: needed with a partner becomes a referral task */
        post: operations["answerKnockOnNeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live changes as Server-Sent Events (text/event-stream) */
        get: operations["streamLive"];
        put?: never;
        post?: never;
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
        Problem: {
            /** @description urn:amends:error:<code> */
            type: string;
            title: string;
            status: number;
            /** @enum {string} */
            code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "CURRENT_PASSWORD_WRONG" | "FORBIDDEN" | "CSRF_TOKEN_INVALID" | "FOREIGN_ORIGIN" | "NOT_FOUND" | "CONFLICT" | "INVALID_STATUS_TRANSITION" | "INVALID_HANDOFF" | "NO_AVAILABLE_OWNER" | "IDEMPOTENCY_KEY_IN_PROGRESS" | "IDEMPOTENCY_KEY_REUSED" | "SAME_LIST_SENT" | "OWNS_ACTIVE_CASES" | "CASE_CLOSED" | "CUSTOMER_UNREACHABLE" | "PROMISE_NOT_OPEN" | "OPEN_PROMISES" | "GESTURE_NOT_PENDING" | "GESTURE_NOT_AWAITING_ISSUE" | "CODE_POOL_EXHAUSTED" | "RESET_LINK_INVALID" | "BODY_TOO_LARGE" | "REQUEST_TIMEOUT" | "URL_TOO_LONG" | "UNSUPPORTED_MEDIA_TYPE" | "HEADERS_TOO_LARGE" | "RATE_LIMITED" | "INTERNAL" | "UNAVAILABLE";
            detail: string;
            instance?: string;
            errors?: {
                field: string;
                message: string;
            }[];
            /** Format: uuid */
            blastId?: string;
            promiseIds?: string[];
        };
        AmendsGesture: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            /** Format: uuid */
            gestureTypeId: string;
            /** @enum {string} */
            kind: "refund" | "account_credit" | "coupon" | "free_shipping" | "gift_card" | "replacement" | "free_trial" | "waived_fee" | "custom";
            label: string;
            amountMinor: number | null;
            currency: string | null;
            /** @enum {string} */
            state: "requested" | "pending_approval" | "approved" | "declined" | "issuing" | "issued" | "failed";
            /** Format: uuid */
            requestedBy: string;
            decidedBy: string | null;
            reason: string | null;
            decisionReason: string | null;
            reference: string | null;
            code: string | null;
            lastError: string | null;
            /** Format: date-time */
            requestedAt: string;
            decidedAt: string | null;
            issuedAt: string | null;
        };
        AmendsGestureType: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "refund" | "account_credit" | "coupon" | "free_shipping" | "gift_card" | "replacement" | "free_trial" | "waived_fee" | "custom";
            name: string;
            carriesMoney: boolean;
            usesCodePool: boolean;
            defaultAmountMinor: number | null;
            defaultCurrency: string | null;
            active: boolean;
        };
        AmendsLimit: {
            /** @enum {string} */
            role: "agent" | "supervisor" | "admin";
            /** Format: uuid */
            gestureTypeId: string;
            currency: string | null;
            perGestureMinor: number | null;
            perCaseMinor: number | null;
            perAgentMonthMinor: number | null;
        };
        AmendsTeamBudget: {
            /** Format: uuid */
            teamId: string;
            currency: string;
            monthlyMinor: number;
        };
        AmendsRoom: {
            /** Format: uuid */
            gestureTypeId: string;
            currency: string | null;
            leftMinor: number | null;
        };
        ApiToken: {
            /** Format: uuid */
            id: string;
            name: string;
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        AuditEntry: {
            id: number;
            actorUserId: string | null;
            action: string;
            subjectType: string;
            subjectId: string;
            details: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            at: string;
        };
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "agent" | "supervisor" | "admin";
            active: boolean;
            available: boolean;
            teamIds: string[];
            /** Format: date-time */
            createdAt: string;
        };
        Blast: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            surveyId: string;
            name: string;
            touchpointType: string;
            createdBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            state: "preparing" | "prepared";
            prepared: number;
            recipients: number;
            queued: number;
            skippedSuppressed: number;
            skippedInvalid: number;
            emails: {
                queued: number;
                sending: number;
                held: number;
                sent: number;
                failed: number;
                suppressed: number;
            };
            answered: number;
            responseRate: number | null;
        };
        BlastLineError: {
            line: number;
            reason: string;
        };
        BlastPreview: {
            /** Format: uuid */
            surveyId: string;
            wouldSend: number;
            skippedSuppressed: number;
            errors: components["schemas"]["BlastLineError"][];
            email: {
                to: string;
                subject: string;
                text: string;
                html: string;
            };
        };
        DaySpan: {
            start: string;
            end: string;
        };
        BusinessHours: {
            timeZone: string;
            weekly: {
                1?: components["schemas"]["DaySpan"][];
                2?: components["schemas"]["DaySpan"][];
                3?: components["schemas"]["DaySpan"][];
                4?: components["schemas"]["DaySpan"][];
                5?: components["schemas"]["DaySpan"][];
                6?: components["schemas"]["DaySpan"][];
                7?: components["schemas"]["DaySpan"][];
            };
            holidayCountry: string | null;
            holidayRegion: string | null;
            daysOff: string[];
        };
        TeamBusinessHours: {
            hours: components["schemas"]["BusinessHours"];
            own: boolean;
        };
        TimeBudget: {
            minutes: number;
            business: boolean;
        };
        CasePolicy: {
            /** @enum {string} */
            severity: "critical" | "high" | "normal" | "low";
            acknowledgeWithin: components["schemas"]["TimeBudget"];
            updateEvery: components["schemas"]["TimeBudget"];
            resolveWithin: components["schemas"]["TimeBudget"];
            holdingMessage: boolean;
        };
        CaseEvent: {
            id: number;
            /** Format: uuid */
            caseId: string;
            /** @enum {string} */
            kind: "created" | "assigned" | "handed_off" | "status_changed" | "note" | "message_in" | "message_out" | "feedback" | "story_told" | "delivery_failed" | "clock_breached" | "follow_up_sent" | "task_created" | "task_commented" | "task_taken" | "task_overdue" | "task_done" | "case_linked" | "promise_made" | "promise_kept" | "promise_broken" | "promise_renegotiated" | "promise_at_risk" | "fault_recorded" | "amends_requested" | "amends_approved" | "amends_declined" | "amends_issued" | "amends_failed" | "issue_type_set" | "need_referred" | "need_noted" | "need_not_needed";
            actorUserId: string | null;
            body: string | null;
            data: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            at: string;
            delivery: {
                /** @enum {string} */
                status: "queued" | "sending" | "held" | "sent" | "bounced" | "failed" | "suppressed";
                error: string | null;
            } | null;
        };
        KnockOnNeed: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            issueTypeId: string;
            label: string;
            partnerName: string | null;
            partnerContact: string | null;
        };
        IssueType: {
            /** Format: uuid */
            id: string;
            name: string;
            archived: boolean;
            needs: components["schemas"]["KnockOnNeed"][];
        };
        CaseKnockOnNeeds: {
            /** Format: uuid */
            caseId: string;
            issueType: {
                /** Format: uuid */
                id: string;
                name: string;
                archived: boolean;
            } | null;
            needs: {
                need: components["schemas"]["KnockOnNeed"];
                answer: {
                    /** @enum {string} */
                    answer: "needed" | "not_needed";
                    partnerName: string | null;
                    partnerContact: string | null;
                    note: string | null;
                    taskId: string | null;
                    /** Format: uuid */
                    answeredBy: string;
                    /** Format: date-time */
                    answeredAt: string;
                } | null;
            }[];
        };
        Customer: {
            /** Format: uuid */
            id: string;
            externalId: string | null;
            name: string;
            emails: string[];
            phones: string[];
            socialHandles: string[];
            attributes: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CaseClocks: {
            acknowledgeDueAt: string | null;
            updateDueAt: string | null;
            resolveDueAt: string | null;
            nextDue: {
                /** @enum {string} */
                clock: "acknowledge" | "update" | "resolve";
                /** Format: date-time */
                dueAt: string;
            } | null;
        };
        Case: {
            /** Format: uuid */
            id: string;
            number: number;
            /** Format: uuid */
            customerId: string;
            teamId: string | null;
            title: string;
            story: string;
            /** @enum {string} */
            severity: "critical" | "high" | "normal" | "low";
            /** @enum {string} */
            channel: "email" | "phone" | "chat" | "social" | "web" | "in_person" | "rating" | "event" | "api";
            /** @enum {string} */
            status: "open" | "acknowledged" | "resolved" | "closed";
            /** Format: uuid */
            ownerId: string;
            touchpoint: {
                type: string;
                ref: string;
            } | null;
            handoffCount: number;
            reopenCount: number;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            waitingSince: string;
            acknowledgedAt: string | null;
            resolvedAt: string | null;
            closedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            ownerSeenAt: string | null;
            unansweredSince: string | null;
            lastMessageOutAt: string | null;
            clocks: components["schemas"]["CaseClocks"];
        };
        CaseTimePolicy: {
            acknowledgeWithin: {
                minutes: number;
                business: boolean;
            };
            updateEvery: {
                minutes: number;
                business: boolean;
            };
            resolveWithin: {
                minutes: number;
                business: boolean;
            };
            holdingMessage: boolean;
        };
        CaseDetail: {
            case: components["schemas"]["Case"];
            customer: components["schemas"]["Customer"];
            owner: components["schemas"]["User"];
            replyTo: string;
            /** Format: uri */
            statusPageUrl: string;
            policy: components["schemas"]["CaseTimePolicy"];
            businessTimeZone: string;
            updateNudgedAt: string | null;
            amendsOnCase: number;
        };
        CaseListItem: {
            case: components["schemas"]["Case"];
            customer: components["schemas"]["Customer"];
        };
        CaseTask: {
            id: string;
            caseId: string;
            /** @enum {string} */
            kind: "follow_up_call" | "help" | "referral";
            assigneeUserId: string | null;
            assigneeTeamId: string | null;
            createdBy: string | null;
            what: string;
            script: string | null;
            partnerName: string | null;
            partnerContact: string | null;
            dueAt: string | null;
            /** @enum {string} */
            status: "open" | "done";
            outcome: string | null;
            completedAt: string | null;
            completedBy: string | null;
            createdAt: string;
        };
        CaseTaskComment: {
            id: string;
            taskId: string;
            authorId: string;
            body: string;
            createdAt: string;
        };
        CaseTaskWithComments: {
            id: string;
            caseId: string;
            /** @enum {string} */
            kind: "follow_up_call" | "help" | "referral";
            assigneeUserId: string | null;
            assigneeTeamId: string | null;
            createdBy: string | null;
            what: string;
            script: string | null;
            partnerName: string | null;
            partnerContact: string | null;
            dueAt: string | null;
            /** @enum {string} */
            status: "open" | "done";
            outcome: string | null;
            completedAt: string | null;
            completedBy: string | null;
            createdAt: string;
            comments: components["schemas"]["CaseTaskComment"][];
        };
        UpdateNudge: {
            case: components["schemas"]["Case"];
            customer: components["schemas"]["Customer"];
            /** Format: date-time */
            nudgedAt: string;
            cadenceMinutes: number;
        };
        CoachFinding: {
            /** @enum {string} */
            kind: "blame" | "nothing_i_can_do" | "unbacked_date" | "unrecorded_fault" | "public_apology" | "no_apology" | "no_next_step";
            start: number;
            end: number;
            reason: string;
            suggestion: string;
            replacement?: string;
        };
        CustomerStory: {
            customer: components["schemas"]["Customer"];
            cases: {
                /** Format: uuid */
                id: string;
                number: number;
                title: string;
                /** @enum {string} */
                status: "open" | "acknowledged" | "resolved" | "closed";
                /** @enum {string} */
                severity: "critical" | "high" | "normal" | "low";
                /** Format: uuid */
                ownerId: string;
                /** Format: date-time */
                openedAt: string;
            }[];
            amends: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                caseId: string;
                caseNumber: number;
                /** @enum {string} */
                kind: "refund" | "account_credit" | "coupon" | "free_shipping" | "gift_card" | "replacement" | "free_trial" | "waived_fee" | "custom";
                label: string;
                amountMinor: number | null;
                currency: string | null;
                /** @enum {string} */
                state: "requested" | "pending_approval" | "approved" | "declined" | "issuing" | "issued" | "failed";
                /** Format: date-time */
                requestedAt: string;
                issuedAt: string | null;
            }[];
            ratings: {
                /** Format: uuid */
                requestId: string;
                surveyName: string;
                touchpoint: {
                    type: string;
                    ref: string;
                };
                /** Format: date-time */
                askedAt: string;
                answers: {
                    score: number;
                    label: string;
                    colour: string;
                    /** Format: date-time */
                    at: string;
                }[];
                comments: {
                    body: string;
                    /** Format: date-time */
                    at: string;
                }[];
                caseId: string | null;
            }[];
            blasts: {
                /** Format: uuid */
                blastId: string;
                name: string;
                to: string;
                status: string;
                /** Format: date-time */
                queuedAt: string;
                sentAt: string | null;
            }[];
            unsubscribes: {
                email: string;
                /** @enum {string} */
                reason: "unsubscribed" | "bounced";
                /** Format: date-time */
                at: string;
            }[];
        };
        HappinessGroup: {
            key: string | null;
            label: string;
            answers: number;
            happy: number;
            negative: number;
            factor: number | null;
        };
        HappinessReport: {
            /** @enum {string} */
            groupBy: "survey" | "touchpointType" | "team" | "period";
            /** @enum {string} */
            period: "day" | "week";
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            overall: {
                answers: number;
                happy: number;
                negative: number;
                factor: number | null;
            };
            groups: components["schemas"]["HappinessGroup"][];
        };
        FeedbackEntry: {
            id: number;
            /** Format: uuid */
            ratingRequestId: string;
            customer: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            survey: {
                /** Format: uuid */
                id: string;
                name: string;
                /** @enum {string} */
                kind: "thermometer" | "csat" | "nps";
            };
            touchpoint: {
                type: string;
                ref: string;
            };
            teamId: string | null;
            score: number;
            label: string;
            colour: string;
            /** @enum {string} */
            mood: "positive" | "neutral" | "negative";
            current: boolean;
            comments: {
                id: number;
                body: string;
                /** Format: date-time */
                at: string;
            }[];
            caseId: string | null;
            /** Format: date-time */
            answeredAt: string;
        };
        MailAuthentication: {
            /** @enum {string} */
            verdict: "pass" | "failed" | "unverified";
            why: string | null;
            dkim: {
                result: string;
                domain: string | null;
            }[];
            spf: {
                result: string;
                domain: string | null;
            } | null;
            dmarc: {
                result: string;
                domain: string | null;
                policy: string | null;
            } | null;
        };
        InboundEmail: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            receivedAt: string;
            /** @enum {string} */
            source: "smtp" | "imap";
            size: number;
            /** @enum {string} */
            status: "received" | "threaded" | "ignored" | "flagged";
            problem: string | null;
            fromAddress: string | null;
            fromName: string | null;
            subject: string | null;
            messageId: string | null;
            authentication: components["schemas"]["MailAuthentication"] | null;
            caseId: string | null;
            caseEventId: number | null;
            attempts: number;
        };
        InboundEmailDetail: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            receivedAt: string;
            /** @enum {string} */
            source: "smtp" | "imap";
            size: number;
            /** @enum {string} */
            status: "received" | "threaded" | "ignored" | "flagged";
            problem: string | null;
            fromAddress: string | null;
            fromName: string | null;
            subject: string | null;
            messageId: string | null;
            authentication: components["schemas"]["MailAuthentication"] | null;
            caseId: string | null;
            caseEventId: number | null;
            attempts: number;
            envelopeFrom: string | null;
            envelopeTo: string[];
            inReplyTo: string | null;
            references: string[];
            textBody: string | null;
            htmlBody: string | null;
            attachments: {
                /** Format: uuid */
                id: string;
                filename: string;
                contentType: string;
                size: number;
                omitted: string | null;
            }[];
        };
        MessageTemplate: {
            /** @enum {string} */
            kind: "acknowledgement" | "update" | "resolution" | "free" | "holding";
            language: string;
            subject: string;
            body: string;
            customized: boolean;
        };
        TemplateVariable: {
            name: string;
            description: string;
            example: string;
        };
        OutboundEmail: {
            /** Format: uuid */
            id: string;
            kind: string;
            to: string;
            subject: string | null;
            /** @enum {string} */
            status: "queued" | "held" | "sending" | "sent" | "failed" | "suppressed";
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
            blastId: string | null;
        };
        OutboundEmailDetail: {
            /** Format: uuid */
            id: string;
            kind: string;
            to: string;
            subject: string | null;
            /** @enum {string} */
            status: "queued" | "held" | "sending" | "sent" | "failed" | "suppressed";
            attempts: number;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            sentAt: string | null;
            blastId: string | null;
            textBody: string | null;
            htmlBody: string | null;
            headers: {
                [key: string]: string;
            };
            messageId: string | null;
        };
        Promise: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            caseId: string;
            what: string;
            /** Format: date-time */
            dueAt: string;
            /** @enum {string} */
            confidence: "certain" | "estimate";
            customerVisible: boolean;
            /** @enum {string} */
            state: "open" | "kept" | "broken" | "renegotiated";
            /** Format: date-time */
            madeAt: string;
            madeBy: string | null;
            settledAt: string | null;
            settledBy: string | null;
            replacesId: string | null;
        };
        RatingRequest: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            surveyId: string;
            /** Format: uuid */
            customerId: string;
            touchpointType: string;
            touchpointRef: string;
            teamId: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            firstAnsweredAt: string | null;
            lastAnsweredAt: string | null;
            lastScore: number | null;
            caseId: string | null;
        };
        RatingLink: {
            score: number;
            label: string;
            colour: string;
            icon: string;
            /** Format: uri */
            url: string;
        };
        ScalePoint: {
            score: number;
            label: string;
            colour: string;
            icon: string;
        };
        Survey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "thermometer" | "csat" | "nps";
            touchpointType: string;
            question: string;
            scale: components["schemas"]["ScalePoint"][];
            active: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        PromiseReport: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            /** @enum {string} */
            groupBy: "agent" | "team";
            total: {
                kept: number;
                broken: number;
                renegotiated: number;
                keptRate: number | null;
            };
            groups: {
                id: string | null;
                name: string;
                kept: number;
                broken: number;
                renegotiated: number;
                keptRate: number | null;
            }[];
        };
        FollowUpGap: {
            caseId: string;
            caseNumber: number;
            caseTitle: string;
            ownerId: string;
            resolutionId: string;
            resolutionNumber: number;
            resolvedAt: string;
            followUpDueAt: string;
            sent: number;
        };
        Brand: {
            businessName: string;
            logoUrl: string | null;
            accentColor: string;
        };
        FeedbackRules: {
            openCaseOnNegativeRating: boolean;
            openCaseOnNegativeComment: boolean;
            valueAttribute: string;
            highValueAtLeast: number;
        };
        FollowUpSettings: {
            reopenWithinDays: number;
            followUpBusinessDays: number;
        };
        MyTask: {
            id: string;
            caseId: string;
            /** @enum {string} */
            kind: "follow_up_call" | "help" | "referral";
            assigneeUserId: string | null;
            assigneeTeamId: string | null;
            createdBy: string | null;
            what: string;
            script: string | null;
            partnerName: string | null;
            partnerContact: string | null;
            dueAt: string | null;
            /** @enum {string} */
            status: "open" | "done";
            outcome: string | null;
            completedAt: string | null;
            completedBy: string | null;
            createdAt: string;
            comments: components["schemas"]["CaseTaskComment"][];
            caseNumber: number;
            caseTitle: string;
            caseOwnerId: string;
        };
        Team: {
            /** Format: uuid */
            id: string;
            name: string;
            memberIds: string[];
            /** Format: date-time */
            createdAt: string;
        };
        CaseMessageDraft: {
            template: {
                /** @enum {string} */
                kind: "acknowledgement" | "update" | "resolution" | "free" | "holding";
                language: string;
                customized: boolean;
            };
            subject: string;
            text: string;
        };
        FollowUpReconciliation: {
            checkedAt: string;
            dueBefore: string;
            missing: components["schemas"]["FollowUpGap"][];
            doubled: components["schemas"]["FollowUpGap"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
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
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "unavailable";
                    };
                };
            };
        };
    };
    getCsrfToken: {
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
                        csrfToken: string;
                    };
                };
            };
        };
    };
    logIn: {
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
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the session cookie is cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        detail: string;
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPasswordFromLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description The password is set; sign in with it. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
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
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeOwnPassword: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endedSessions: number;
                        liveApiTokens: number;
                        message: string;
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts from this address (RATE_LIMITED). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
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
                        users: components["schemas"]["User"][];
                    };
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    /** @enum {string} */
                    role: "agent" | "supervisor" | "admin";
                    password?: string;
                    teamIds?: string[];
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
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
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
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
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
                    name?: string;
                    /** @enum {string} */
                    role?: "agent" | "supervisor" | "admin";
                    active?: boolean;
                    available?: boolean;
                    password?: string;
                    teamIds?: string[];
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
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPasswordResetLink: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        link: string;
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mailPasswordResetLink: {
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
                        email: components["schemas"]["OutboundEmail"];
                        /** Format: date-time */
                        expiresAt: string;
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTeams: {
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
                        teams: components["schemas"]["Team"][];
                    };
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
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
                        team: components["schemas"]["Team"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addTeamMember: {
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
                    userId: string;
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
                        team: components["schemas"]["Team"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                q?: string;
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
                        customers: components["schemas"]["Customer"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    upsertCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    externalId?: string;
                    name?: string;
                    emails?: string[];
                    phones?: string[];
                    socialHandles?: string[];
                    attributes?: {
                        [key: string]: unknown;
                    };
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
                        customer: components["schemas"]["Customer"];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customer: components["schemas"]["Customer"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCustomer: {
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
                        customer: components["schemas"]["Customer"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCustomerStory: {
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
                    "application/json": components["schemas"]["CustomerStory"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCases: {
        parameters: {
            query?: {
                status?: string;
                severity?: string;
                ownerId?: string;
                teamId?: string;
                customerId?: string;
                unanswered?: "true" | "false";
                q?: string;
                order?: "due" | "urgency" | "finished";
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
                        cases: components["schemas"]["CaseListItem"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    customerId?: string;
                    customer?: {
                        externalId?: string;
                        name?: string;
                        emails?: string[];
                        phones?: string[];
                        socialHandles?: string[];
                        attributes?: {
                            [key: string]: unknown;
                        };
                    };
                    title: string;
                    story: string;
                    /**
                     * @default normal
                     * @enum {string}
                     */
                    severity?: "critical" | "high" | "normal" | "low";
                    /**
                     * @default api
                     * @enum {string}
                     */
                    channel?: "email" | "phone" | "chat" | "social" | "web" | "in_person" | "rating" | "event" | "api";
                    /** Format: uuid */
                    teamId?: string;
                    /** Format: uuid */
                    ownerId?: string;
                    /** Format: uuid */
                    issueTypeId?: string;
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
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUnseenCases: {
        parameters: {
            query?: {
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
                        cases: components["schemas"]["CaseListItem"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUpdateNudges: {
        parameters: {
            query?: {
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
                        cases: components["schemas"]["UpdateNudge"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCase: {
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
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markCaseSeen: {
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
            /** @description Seen. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCaseEvents: {
        parameters: {
            query?: {
                afterId?: number;
                limit?: number;
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
                        events: components["schemas"]["CaseEvent"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    handOffCase: {
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
                    toUserId: string;
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
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeCaseStatus: {
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
                    status: "open" | "acknowledged" | "resolved" | "closed";
                    note?: string;
                    resolution?: {
                        whatWentWrong: string;
                        howFixed: string;
                        whyNotAgain: string;
                    };
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
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addCaseNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
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
                        event: components["schemas"]["CaseEvent"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueStatusLink: {
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
                    "application/json": components["schemas"]["CaseDetail"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseMessageDraft: {
        parameters: {
            query: {
                template: "acknowledgement" | "update" | "resolution" | "free" | "holding";
                whatWentWrong?: string;
                howFixed?: string;
                whyNotAgain?: string;
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
                    "application/json": components["schemas"]["CaseMessageDraft"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendCaseMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text?: string;
                    /** @enum {string} */
                    template?: "acknowledgement" | "update" | "resolution" | "free" | "holding";
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
                        message: components["schemas"]["CaseEvent"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCaseTasks: {
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
                        tasks: components["schemas"]["CaseTaskWithComments"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    askForHelp: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    what: string;
                    /** Format: uuid */
                    assigneeUserId?: string;
                    /** Format: uuid */
                    assigneeTeamId?: string;
                    /** Format: date-time */
                    dueAt?: string;
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
                    "application/json": components["schemas"]["CaseTask"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyTasks: {
        parameters: {
            query?: {
                status?: "open" | "done";
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
                        tasks: components["schemas"]["MyTask"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    commentOnTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
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
                    "application/json": components["schemas"]["CaseTaskComment"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    takeTask: {
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
                    "application/json": components["schemas"]["CaseTask"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordTaskOutcome: {
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
                    outcome: string;
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
                    "application/json": components["schemas"]["CaseTask"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCasePromises: {
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
                        promises: components["schemas"]["Promise"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    makePromise: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    what: string;
                    /** Format: date-time */
                    dueAt: string;
                    /** @enum {string} */
                    confidence: "certain" | "estimate";
                    customerVisible: boolean;
                    message?: string;
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
                        promise: components["schemas"]["Promise"];
                        message: components["schemas"]["CaseEvent"] | null;
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePromise: {
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
                    state: "kept" | "broken" | "renegotiated";
                    /** Format: date-time */
                    dueAt?: string;
                    message?: string;
                    what?: string;
                    /** @enum {string} */
                    confidence?: "certain" | "estimate";
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
                        promise: components["schemas"]["Promise"];
                        replacement: components["schemas"]["Promise"] | null;
                        message: components["schemas"]["CaseEvent"] | null;
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPromiseReport: {
        parameters: {
            query?: {
                groupBy?: "agent" | "team";
                from?: string;
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
                    "application/json": components["schemas"]["PromiseReport"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordCaseFault: {
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
                    text: string;
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
                        event: components["schemas"]["CaseEvent"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    coachMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                    /** Format: uuid */
                    caseId?: string;
                    /** @enum {string} */
                    channel?: "email" | "status_page" | "public";
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
                        findings: components["schemas"]["CoachFinding"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSurveys: {
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
                        surveys: components["schemas"]["Survey"][];
                    };
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSurvey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * @default thermometer
                     * @enum {string}
                     */
                    kind?: "thermometer" | "csat" | "nps";
                    touchpointType: string;
                    question: string;
                    scale?: {
                        score: number;
                        label: string;
                        colour: string;
                        icon: string;
                    }[];
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
                        survey: components["schemas"]["Survey"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSurvey: {
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
                        survey: components["schemas"]["Survey"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSurvey: {
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
                    name?: string;
                    question?: string;
                    touchpointType?: string;
                    scale?: {
                        score: number;
                        label: string;
                        colour: string;
                        icon: string;
                    }[];
                    active?: boolean;
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
                        survey: components["schemas"]["Survey"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendSurveyTest: {
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
                        email: components["schemas"]["OutboundEmail"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRatingRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    surveyId: string;
                    /** Format: uuid */
                    customerId?: string;
                    customer?: {
                        externalId?: string;
                        name?: string;
                        emails?: string[];
                        phones?: string[];
                        socialHandles?: string[];
                        attributes?: {
                            [key: string]: unknown;
                        };
                    };
                    touchpointType?: string;
                    touchpointRef: string;
                    /** Format: uuid */
                    teamId?: string;
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
                        ratingRequest: components["schemas"]["RatingRequest"];
                        links: components["schemas"]["RatingLink"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRatingSnippet: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    surveyId: string;
                    /** Format: uuid */
                    customerId?: string;
                    customer?: {
                        externalId?: string;
                        name?: string;
                        emails?: string[];
                        phones?: string[];
                        socialHandles?: string[];
                        attributes?: {
                            [key: string]: unknown;
                        };
                    };
                    touchpointType?: string;
                    touchpointRef: string;
                    /** Format: uuid */
                    teamId?: string;
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
                        ratingRequest: components["schemas"]["RatingRequest"];
                        html: string;
                        text: string;
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRatingRequest: {
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
                        ratingRequest: components["schemas"]["RatingRequest"];
                        survey: components["schemas"]["Survey"];
                        links: components["schemas"]["RatingLink"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRatingSnippet: {
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
                        html: string;
                        text: string;
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBlasts: {
        parameters: {
            query?: {
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
                        blasts: components["schemas"]["Blast"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startBlast: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    surveyId: string;
                    name?: string;
                    touchpointType?: string;
                    recipients: {
                        email: string;
                        name?: string;
                        externalId?: string;
                        touchpointRef?: string;
                    }[];
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
                        blast: components["schemas"]["Blast"];
                        errors: components["schemas"]["BlastLineError"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBlast: {
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
                        blast: components["schemas"]["Blast"];
                        errors: components["schemas"]["BlastLineError"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewBlast: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    surveyId: string;
                    name?: string;
                    touchpointType?: string;
                    recipients: {
                        email: string;
                        name?: string;
                        externalId?: string;
                        touchpointRef?: string;
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
                    "application/json": components["schemas"]["BlastPreview"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    previewBlastCsv: {
        parameters: {
            query: {
                surveyId: string;
                name?: string;
                touchpointType?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlastPreview"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startBlastCsv: {
        parameters: {
            query: {
                surveyId: string;
                name?: string;
                touchpointType?: string;
            };
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
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
                        blast: components["schemas"]["Blast"];
                        errors: components["schemas"]["BlastLineError"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutbox: {
        parameters: {
            query?: {
                status?: "queued" | "held" | "sending" | "sent" | "failed" | "suppressed";
                blastId?: string;
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
                        emails: components["schemas"]["OutboundEmail"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOutboundEmail: {
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
                        email: components["schemas"]["OutboundEmailDetail"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInboundEmails: {
        parameters: {
            query?: {
                status?: "received" | "threaded" | "ignored" | "flagged";
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
                        emails: components["schemas"]["InboundEmail"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInboundEmail: {
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
                        email: components["schemas"]["InboundEmailDetail"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInboundAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file as the customer sent it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    processInboundEmail: {
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
            /** @description Queued: it is `received` again. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: components["schemas"]["InboundEmail"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFeedback: {
        parameters: {
            query?: {
                limit?: number;
                before?: number;
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
                        entries: components["schemas"]["FeedbackEntry"][];
                        nextBefore: number | null;
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHappiness: {
        parameters: {
            query?: {
                groupBy?: "survey" | "touchpointType" | "team" | "period";
                period?: "day" | "week";
                from?: string;
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
                    "application/json": components["schemas"]["HappinessReport"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFeedbackRules: {
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
                        rules: components["schemas"]["FeedbackRules"];
                    };
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFeedbackRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    openCaseOnNegativeRating: boolean;
                    openCaseOnNegativeComment: boolean;
                    valueAttribute: string;
                    highValueAtLeast: number;
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
                        rules: components["schemas"]["FeedbackRules"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFollowUpSettings: {
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
                    "application/json": components["schemas"]["FollowUpSettings"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateFollowUpSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reopenWithinDays: number;
                    followUpBusinessDays: number;
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
                    "application/json": components["schemas"]["FollowUpSettings"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reconcileFollowUps: {
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
                    "application/json": components["schemas"]["FollowUpReconciliation"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBrand: {
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
                    "application/json": components["schemas"]["Brand"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateBrand: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    businessName: string;
                    logoUrl: string | null;
                    accentColor: string;
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
                    "application/json": components["schemas"]["Brand"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCasePolicies: {
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
                        policies: components["schemas"]["CasePolicy"][];
                    };
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCasePolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                severity: "critical" | "high" | "normal" | "low";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    acknowledgeWithin: {
                        minutes: number;
                        business: boolean;
                    };
                    updateEvery: {
                        minutes: number;
                        business: boolean;
                    };
                    resolveWithin: {
                        minutes: number;
                        business: boolean;
                    };
                    holdingMessage: boolean;
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
                    "application/json": components["schemas"]["CasePolicy"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBusinessHours: {
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
                    "application/json": components["schemas"]["BusinessHours"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateBusinessHours: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    timeZone: string;
                    weekly: {
                        1?: {
                            start: string;
                            end: string;
                        }[];
                        2?: {
                            start: string;
                            end: string;
                        }[];
                        3?: {
                            start: string;
                            end: string;
                        }[];
                        4?: {
                            start: string;
                            end: string;
                        }[];
                        5?: {
                            start: string;
                            end: string;
                        }[];
                        6?: {
                            start: string;
                            end: string;
                        }[];
                        7?: {
                            start: string;
                            end: string;
                        }[];
                    };
                    holidayCountry?: string | null;
                    holidayRegion?: string | null;
                    daysOff: string[];
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
                    "application/json": components["schemas"]["BusinessHours"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTeamBusinessHours: {
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
                    "application/json": components["schemas"]["TeamBusinessHours"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTeamBusinessHours: {
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
                    timeZone: string;
                    weekly: {
                        1?: {
                            start: string;
                            end: string;
                        }[];
                        2?: {
                            start: string;
                            end: string;
                        }[];
                        3?: {
                            start: string;
                            end: string;
                        }[];
                        4?: {
                            start: string;
                            end: string;
                        }[];
                        5?: {
                            start: string;
                            end: string;
                        }[];
                        6?: {
                            start: string;
                            end: string;
                        }[];
                        7?: {
                            start: string;
                            end: string;
                        }[];
                    };
                    holidayCountry?: string | null;
                    holidayRegion?: string | null;
                    daysOff: string[];
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
                    "application/json": components["schemas"]["TeamBusinessHours"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetTeamBusinessHours: {
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
                    "application/json": components["schemas"]["TeamBusinessHours"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMessageTemplates: {
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
                        templates: components["schemas"]["MessageTemplate"][];
                        variables: components["schemas"]["TemplateVariable"][];
                    };
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMessageTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "acknowledgement" | "update" | "resolution" | "free" | "holding";
                language: string;
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
                    "application/json": components["schemas"]["MessageTemplate"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    saveMessageTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "acknowledgement" | "update" | "resolution" | "free" | "holding";
                language: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject: string;
                    body: string;
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
                    "application/json": components["schemas"]["MessageTemplate"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetMessageTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "acknowledgement" | "update" | "resolution" | "free" | "holding";
                language: string;
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
                    "application/json": components["schemas"]["MessageTemplate"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiTokens: {
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
                        apiTokens: components["schemas"]["ApiToken"][];
                    };
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
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
                        apiToken: components["schemas"]["ApiToken"];
                        secret: string;
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiToken: {
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
            /** @description Revoked: the token no longer authenticates. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                limit?: number;
                beforeId?: number;
                actorUserId?: string;
                action?: string;
                from?: string;
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
                        entries: components["schemas"]["AuditEntry"][];
                        nextBeforeId: number | null;
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCaseAmends: {
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
                        gestures: components["schemas"]["AmendsGesture"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestAmends: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    gestureTypeId: string;
                    amountMinor?: number;
                    currency?: string;
                    reason?: string;
                    reference?: string;
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
                        gesture: components["schemas"]["AmendsGesture"];
                        reasons: string[];
                    };
                };
            };
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gesture: components["schemas"]["AmendsGesture"];
                        reasons: string[];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseAmendsRoom: {
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
                        room: components["schemas"]["AmendsRoom"][];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveAmends: {
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
                        gesture: components["schemas"]["AmendsGesture"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineAmends: {
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
                        gesture: components["schemas"]["AmendsGesture"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordAmendsIssued: {
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
                    reference: string;
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
                        gesture: components["schemas"]["AmendsGesture"];
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPendingAmends: {
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
                        gestures: components["schemas"]["AmendsGesture"][];
                        beyondYourAuthority: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAmendsCatalogue: {
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
                        catalogue: components["schemas"]["AmendsGestureType"][];
                    };
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAmendsSpend: {
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
                        month: {
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                        };
                        spend: {
                            /** @enum {string} */
                            scope: "agent" | "team";
                            /** Format: uuid */
                            id: string;
                            currency: string;
                            spentMinor: number;
                        }[];
                        budgets: components["schemas"]["AmendsTeamBudget"][];
                        ownLimits: components["schemas"]["AmendsLimit"][];
                    };
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAmendsSettings: {
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
                        catalogue: components["schemas"]["AmendsGestureType"][];
                        limits: components["schemas"]["AmendsLimit"][];
                        budgets: components["schemas"]["AmendsTeamBudget"][];
                        webhook: {
                            url: string;
                            /** @enum {boolean} */
                            secretSet: true;
                        } | null;
                        pools: {
                            /** Format: uuid */
                            gestureTypeId: string;
                            total: number;
                            unused: number;
                        }[];
                    };
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createGestureType: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "refund" | "account_credit" | "coupon" | "free_shipping" | "gift_card" | "replacement" | "free_trial" | "waived_fee" | "custom";
                    name: string;
                    carriesMoney: boolean;
                    usesCodePool: boolean;
                    defaultAmountMinor: number | null;
                    defaultCurrency: string | null;
                    active: boolean;
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
                    "application/json": components["schemas"]["AmendsGestureType"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateGestureType: {
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
                    kind: "refund" | "account_credit" | "coupon" | "free_shipping" | "gift_card" | "replacement" | "free_trial" | "waived_fee" | "custom";
                    name: string;
                    carriesMoney: boolean;
                    usesCodePool: boolean;
                    defaultAmountMinor: number | null;
                    defaultCurrency: string | null;
                    active: boolean;
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
                    "application/json": components["schemas"]["AmendsGestureType"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAmendsLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    limits: {
                        /** @enum {string} */
                        role: "agent" | "supervisor" | "admin";
                        /** Format: uuid */
                        gestureTypeId: string;
                        currency: string | null;
                        perGestureMinor: number | null;
                        perCaseMinor: number | null;
                        perAgentMonthMinor: number | null;
                    }[];
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
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAmendsBudgets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    budgets: {
                        /** Format: uuid */
                        teamId: string;
                        currency: string;
                        monthlyMinor: number;
                    }[];
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
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAmendsWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url: string | null;
                    secret?: string;
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
                        webhook: {
                            url: string;
                            /** @enum {boolean} */
                            secretSet: true;
                        } | null;
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadAmendsCodes: {
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
                    text: string;
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
                        added: number;
                        skipped: number;
                    };
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIssueTypes: {
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
                        issueTypes: components["schemas"]["IssueType"][];
                    };
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createIssueType: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (1–255 visible ASCII characters, e.g. a UUID) naming this attempt. Retrying with the same key and the same request answers what the first attempt answered and creates nothing new; the same key with another request is refused with 422. Keys are kept for 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default false */
                    archived?: boolean;
                    needs: {
                        /** Format: uuid */
                        id?: string;
                        label: string;
                        partnerName?: string | null;
                        partnerContact?: string | null;
                    }[];
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
                    "application/json": components["schemas"]["IssueType"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request (IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateIssueType: {
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
                    name: string;
                    /** @default false */
                    archived?: boolean;
                    needs: {
                        /** Format: uuid */
                        id?: string;
                        label: string;
                        partnerName?: string | null;
                        partnerContact?: string | null;
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
                    "application/json": components["schemas"]["IssueType"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseKnockOnNeeds: {
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
                    "application/json": components["schemas"]["CaseKnockOnNeeds"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setCaseIssueType: {
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
                    issueTypeId: string | null;
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
                    "application/json": components["schemas"]["CaseKnockOnNeeds"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerKnockOnNeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                needId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    answer: "needed" | "not_needed";
                    note?: string;
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
                    "application/json": components["schemas"]["CaseKnockOnNeeds"];
                };
            };
            /** @description The request is not valid (VALIDATION_FAILED, MALFORMED_JSON): `errors` names each field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The role may not do this (FORBIDDEN), or a cookie-authenticated change lacks its CSRF token (CSRF_TOKEN_INVALID). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The id in the path, or one the body refers to, does not exist (NOT_FOUND). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change conflicts with what is there (CONFLICT, INVALID_STATUS_TRANSITION, INVALID_HANDOFF, NO_AVAILABLE_OWNER, CASE_CLOSED, CUSTOMER_UNREACHABLE, PROMISE_NOT_OPEN, OPEN_PROMISES: a case resolved or closed over open promises, named by `promiseIds`, SAME_LIST_SENT: a blast list sent within the day, named by `blastId`), or a request with the same Idempotency-Key is still running (IDEMPOTENCY_KEY_IN_PROGRESS). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than this endpoint accepts (BODY_TOO_LARGE). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body has another Content-Type than this endpoint reads (UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless stream: `case.changed`, `rating.recorded` and `resync` events, JSON in `data`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description No valid session or API token (UNAUTHENTICATED), or a wrong password (INVALID_CREDENTIALS). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
