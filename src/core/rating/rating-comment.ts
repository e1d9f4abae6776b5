/** The longest comment a customer may leave after a rating: room for a full story, not a pasted file. */
export const MAX_COMMENT_CHARS = 5000;

/**
 * Why a customer's comment cannot be kept as written, in words for them; undefined when it can.
 * `body` is the comment already trimmed.
 */
export function findCommentProblem(body: string): string | undefined {
  if (body.length === 0) return 'Write a few words first, then press Send.';
  if (body.length > MAX_COMMENT_CHARS)
    return `That is longer than we can take (${MAX_COMMENT_CHARS.toLocaleString('en')} characters). Please shorten it; your text is below.`;
  return undefined;
}
