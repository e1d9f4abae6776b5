import { readerFor } from './draft-reader.ts';

/**
 * A draft read once for every rule: the words the agent wrote (the customer's words they quote
 * blanked out, offsets kept), its sentences with exact offsets, and which spans are negated.
 *
 * wink-nlp splits sentences (abbreviations, "3 p.m.", emoji and URLs included) and marks negated
 * tokens; it keeps every character, so offsets are counted from its tokens and their preceding
 * spaces. Its negation runs to the end of the sentence ("I can't wait to help" negates "help"), so a
 * span counts as negated only when a negating word also stands just before it. The reader and the
 * bound on what it learns are in draft-reader.ts.
 */
export type Sentence = { start: number; end: number; text: string };
export type DraftText = {
  /** The draft as given. */
  text: string;
  /** The same length, with quoted words of others blanked by spaces: rules match here. */
  own: string;
  sentences: Sentence[];
  /** Token starts that wink-nlp marks negated. */
  negatedAt: ReadonlySet<number>;
};

/** Quoted lines ("> …"), the block after "you wrote:" up to a blank line, and text inside double quotes. */
const QUOTED = [
  /^[ \t]*>.*$/gm,
  // "You wrote: …" on its line, or, when the line ends at the colon, the paragraph below it.
  /\b(?:you|he|she|they|customer)\s+(?:wrote|said|say|says|told us|mentioned)[ \t]*:(?:[ \t]*\n(?:[^\n]*\S[^\n]*(?:\n|$))+|[^\n]*)/gi,
  /"[^"\n]{1,400}"/g,
  /“[^”\n]{1,400}”/g,
  /«[^»\n]{1,400}»/g,
];

export function blankQuotes(text: string): string {
  let own = text;
  for (const pattern of QUOTED) {
    own = own.replace(pattern, (quoted) => quoted.replace(/[^\n]/g, ' '));
  }
  return own;
}

export function readDraft(text: string): DraftText {
  const own = blankQuotes(text);
  const reader = readerFor(own);
  const doc = reader.readDoc(own);
  const its = reader.its;
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const negated = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  const starts: number[] = [];
  const negatedAt = new Set<number>();
  let at = 0;
  for (let index = 0; index < values.length; index++) {
    at += spaces[index]!.length;
    starts.push(at);
    if (negated[index]) negatedAt.add(at);
    at += values[index]!.length;
  }
  const sentences: Sentence[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    let start = starts[first] ?? 0;
    let end = (starts[last] ?? start) + (values[last]?.length ?? 0);
    // wink-nlp can begin a sentence with a line break, and blanked quotes leave spaces: trim both.
    while (start < end && /\s/.test(own[start]!)) start++;
    while (end > start && /\s/.test(own[end - 1]!)) end--;
    if (end > start) sentences.push({ start, end, text: own.slice(start, end) });
  }
  return { text, own, sentences, negatedAt };
}

const NEGATOR =
  /\b(?:not|never|no|none|nothing|nobody|neither|nor|without|hardly|can't|cannot|won't|isn't|wasn't|aren't|weren't|don't|doesn't|didn't|shouldn't|wouldn't|n't)\b|n['’]t\b/i;

/** The span is negated: wink-nlp marks its first word and a negating word stands within a few words before it. */
export function isNegated(draft: DraftText, start: number): boolean {
  const sentence = sentenceAt(draft, start);
  const before = draft.own.slice(Math.max(sentence?.start ?? 0, start - 28), start);
  if (!NEGATOR.test(before)) return false;
  for (let at = start; at < start + 12; at++) if (draft.negatedAt.has(at)) return true;
  return /\b(?:not|never|no)\s+(?:\w+\s+){0,1}$/i.test(before);
}

export function sentenceAt(draft: DraftText, offset: number): Sentence | undefined {
  return draft.sentences.find((sentence) => offset >= sentence.start && offset < sentence.end);
}

/** Every match of a global pattern in the agent's own words. */
export function* matchesIn(
  draft: DraftText,
  pattern: RegExp,
): Generator<{ start: number; end: number; text: string }> {
  for (const match of draft.own.matchAll(pattern)) {
    yield { start: match.index, end: match.index + match[0].length, text: match[0] };
  }
}
