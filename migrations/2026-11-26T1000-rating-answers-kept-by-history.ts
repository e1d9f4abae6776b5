// Why: the foreign key from rating_answers to rating_requests was a fifth of the database time of a
// click (~20 µs of ~90 µs per click, measured by toggling it under the click statement's load; its
// check locks the request row the same statement has just updated). It proved nothing the statement
// does not already ensure: answers are inserted only by store/rating-answer.store.ts#recordClicks,
// for requests it has just updated and still holds locked. What the key also guarded — a request
// deleted under its answers — is now refused outright: rating requests are history and are never
// deleted (nothing in Amends deletes them), like case events.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE rating_answers DROP CONSTRAINT IF EXISTS rating_answers_request_id_fkey;

    CREATE OR REPLACE FUNCTION rating_requests_kept() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'rating_requests are history, never deleted: % is not allowed', TG_OP;
    END $$;
    DROP TRIGGER IF EXISTS rating_requests_kept ON rating_requests;
    CREATE TRIGGER rating_requests_kept BEFORE DELETE OR TRUNCATE ON rating_requests
      FOR EACH STATEMENT EXECUTE FUNCTION rating_requests_kept();
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TRIGGER IF EXISTS rating_requests_kept ON rating_requests;
    DROP FUNCTION IF EXISTS rating_requests_kept();
    ALTER TABLE rating_answers ADD CONSTRAINT rating_answers_request_id_fkey
      FOREIGN KEY (request_id) REFERENCES rating_requests (id);
  `.execute(db);
}
