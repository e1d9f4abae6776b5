import model from 'wink-eng-lite-web-model';
import winkNLP, { type Model, type WinkMethods } from 'wink-nlp';

/**
 * Most words a reader may learn before it is replaced: about 8 MB of wink-nlp's cache (measured
 * 16 MB for 200,000 random words, 2026-12-07).
 *
 * wink-nlp keeps every word outside its vocabulary it has ever read (the word, its lower case, its
 * features, new suffixes and prefixes) in its model, for the life of the instance, and offers no
 * way to forget one: a stream of drafts full of made-up words would grow the server without end.
 * So a reader is replaced by a fresh one before a draft could take it past this bound. Findings
 * do not depend on what a reader learned before (an unknown word's features come from its letters
 * alone); a replacement costs a model load (0.2–0.3 s), which ordinary drafts, nearly all known
 * words, never come near causing.
 */
export const MAX_LEARNED_WORDS = 100_000;

/**
 * The most a text can teach a reader: every token is at least one UTF-16 unit of the text, and
 * each unknown token adds itself and, when different, its lower case.
 */
export function mostLearnedFrom(text: string): number {
  return 2 * text.length;
}

/** The part of wink-nlp's loaded core model that holds its words: the vocabulary, then the learned ones. */
type Lexemes = { list: unknown[]; intrinsicSize: number };
type CoreModel = { features: { lexeme: Lexemes } };

let reader: { nlp: WinkMethods; lexemes: Lexemes } | undefined;

function load(): { nlp: WinkMethods; lexemes: Lexemes } {
  let lexemes: Lexemes | undefined;
  // winkNLP loads the core (a fresh copy each time) through this call, and keeps learned words in
  // it: keeping a handle on it is how their number is read.
  const counted: Model = {
    ...model,
    core: () => {
      const core = (model.core as () => CoreModel)();
      lexemes = core.features.lexeme;
      return core;
    },
  };
  const nlp = winkNLP(counted, ['sbd', 'negation']);
  if (!lexemes) throw new Error('wink-nlp did not load its core model through model.core()');
  return { nlp, lexemes };
}

/**
 * The wink-nlp reader for this text, fresh when the text could take the current one past
 * MAX_LEARNED_WORDS. The model takes a fraction of a second to load: once, on the first draft, not
 * on every import of core.
 */
export function readerFor(text: string): WinkMethods {
  if (reader && learnedWords() + mostLearnedFrom(text) > MAX_LEARNED_WORDS) reader = undefined;
  reader ??= load();
  return reader.nlp;
}

/** How many words outside its vocabulary the current reader holds (0 before the first draft). */
export function learnedWords(): number {
  return reader ? reader.lexemes.list.length - reader.lexemes.intrinsicSize : 0;
}
