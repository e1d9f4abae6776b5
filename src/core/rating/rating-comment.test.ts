import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCommentProblem, MAX_COMMENT_CHARS } from './rating-comment.ts';

describe('findCommentProblem', () => {
  it('asks for words when the comment is empty', () => {
    assert.equal(findCommentProblem(''), 'Write a few words first, then press Send.');
  });

  it('keeps a comment of exactly the limit and refuses one character more, naming the limit', () => {
    assert.equal(findCommentProblem('x'.repeat(MAX_COMMENT_CHARS)), undefined);
    assert.match(findCommentProblem('x'.repeat(MAX_COMMENT_CHARS + 1)) ?? '', /5,000 characters/);
  });
});
