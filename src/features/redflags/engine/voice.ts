/**
 * Whose voice a claim is in. The lexicon's rules read negation, hedging, warnings and quotation phrase by
 * phrase, and each phrasing they have not met lets text *about* a claim through as if it were one (decision
 * 0010). This reads the words around a match as a whole: a logistic model over the words of its sentence and the
 * sentences near it, trained on the labelled tuning corpus (voice-train.ts), gives the probability that the match
 * is the speaker's own claim.
 *
 * A match's features, each named "kind=word" and counted once: its code (c), the words it matched (m), the other
 * words of its sentence (s) and the three just before it (l), the word pairs of its sentence (b, "word_word"), the
 * words of the sentence before (p) and of the sentence after (n), and the words of the sentences from two before
 * to two after (w), all within its paragraph; whether it is quoted or in a question (q), and how many
 * sentences its paragraph has (len). Nothing further away counts: a cautionary paragraph elsewhere on a clinic's
 * page must not speak for the claims in another, as a disclaimer never cancels a separate claim. The match's own
 * words count only as such (m), never in a pair or the window: reading them there too, the model learned that
 * "guarantee results" is mostly quoted in warnings, and set aside a plain "And we guarantee results."
 */

import { fnv1a } from "./hash.js";

/** A trained model as stored: a bias and a weight per feature; features it never saw weigh nothing. */
export type VoiceModel = { bias: number; weights: Record<string, number> };

/** How many sentences on each side of a match its window (w) reaches. */
const WINDOW = 2;

/** The kinds of feature whose word is a single word. */
const WORD_KINDS = ["m", "s", "l", "p", "n", "w"] as const;
type WordKind = (typeof WORD_KINDS)[number];
const isWordKind = (kind: string): kind is WordKind => (WORD_KINDS as readonly string[]).includes(kind);

/** A feature's name split into its kind and its word (for a pair, its two words). */
function parseFeature(feature: string): { kind: string; word: string; pair?: [string, string] } {
  const at = feature.indexOf("=");
  const kind = feature.slice(0, at);
  const word = feature.slice(at + 1);
  if (kind !== "b") return { kind, word };
  const split = word.indexOf("_");
  return { kind, word, pair: [word.slice(0, split), word.slice(split + 1)] };
}

/**
 * A model as a scan reads it: each word the model knows has a number, each kind of single-word feature an array
 * of weights by that number, and word pairs a map by both numbers. A scan then looks each word of a text up once,
 * and adds weights without building a feature's name.
 */
export type CompiledVoiceModel = {
  bias: number;
  vocabulary: Map<string, number>;
  /** The vocabulary as a hash table read straight from the text (numberOf). */
  table: VocabularyTable;
  words: Record<WordKind, Float64Array>;
  pairs: Map<number, number>;
  /** Code features by code; quote, question and length features by name. */
  codes: Map<string, number>;
  other: Map<string, number>;
};

export function compileVoiceModel(model: VoiceModel): CompiledVoiceModel {
  const vocabulary = new Map<string, number>();
  const id = (word: string) => {
    let found = vocabulary.get(word);
    if (found === undefined) {
      found = vocabulary.size;
      vocabulary.set(word, found);
    }
    return found;
  };
  const entries = Object.entries(model.weights).map(([feature, weight]) => ({
    ...parseFeature(feature),
    weight,
  }));
  for (const { kind, word, pair } of entries)
    if (pair) for (const w of pair) id(w);
    else if (isWordKind(kind)) id(word);
  const size = vocabulary.size;
  const words = Object.fromEntries(WORD_KINDS.map((k) => [k, new Float64Array(size)])) as Record<
    WordKind,
    Float64Array
  >;
  const pairs = new Map<number, number>();
  const codes = new Map<string, number>();
  const other = new Map<string, number>();
  for (const { kind, word, pair, weight } of entries)
    if (pair) pairs.set(id(pair[0]) * size + id(pair[1]), weight);
    else if (isWordKind(kind)) words[kind][id(word)] = weight;
    else if (kind === "c") codes.set(word, weight);
    else other.set(`${kind}=${word}`, weight);
  return { bias: model.bias, vocabulary, table: tableOf(vocabulary), words, pairs, codes, other };
}

/** The probability that a match with these features is the speaker's own claim. */
export function voiceScore(model: CompiledVoiceModel, features: readonly string[]): number {
  let z = model.bias;
  for (const feature of features) {
    const { kind, word, pair } = parseFeature(feature);
    if (pair) {
      const first = model.vocabulary.get(pair[0]);
      const second = model.vocabulary.get(pair[1]);
      if (first !== undefined && second !== undefined)
        z += model.pairs.get(first * model.vocabulary.size + second) ?? 0;
    } else if (isWordKind(kind)) {
      const known = model.vocabulary.get(word);
      if (known !== undefined) z += model.words[kind][known]!;
    } else if (kind === "c") z += model.codes.get(word) ?? 0;
    else z += model.other.get(feature) ?? 0;
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * Open addressing over the words' FNV-1a hashes, so a word's number is found from the text itself, without
 * slicing the word out as a string and hashing it again: a scan reads every word near a match this way.
 */
type VocabularyTable = { mask: number; hashes: Int32Array; ids: Int32Array; words: string[] };

function tableOf(vocabulary: Map<string, number>): VocabularyTable {
  let size = 1;
  while (size < vocabulary.size * 2) size <<= 1;
  const table = {
    mask: size - 1,
    hashes: new Int32Array(size),
    ids: new Int32Array(size).fill(-1),
    words: [] as string[],
  };
  for (const [word, id] of vocabulary) {
    const hash = fnv1a(word);
    let slot = hash & table.mask;
    while (table.ids[slot] !== -1) slot = (slot + 1) & table.mask;
    table.hashes[slot] = hash;
    table.ids[slot] = id;
    table.words[slot] = word;
  }
  return table;
}

/** The number of the word text[from, to) in the vocabulary, or -1. */
function numberOf(table: VocabularyTable, text: string, from: number, to: number): number {
  const h = fnv1a(text, from, to);
  for (let slot = h & table.mask; table.ids[slot] !== -1; slot = (slot + 1) & table.mask) {
    if (table.hashes[slot] !== h) continue;
    const word = table.words[slot]!;
    if (word.length !== to - from) continue;
    let same = true;
    for (let i = 0; i < word.length && same; i++) same = word.charCodeAt(i) === text.charCodeAt(from + i);
    if (same) return table.ids[slot]!;
  }
  return -1;
}

/**
 * A sentence of the engine's normalised text, whether it is a question, and the number of its paragraph (blocks
 * of text between blank lines).
 */
export type VoiceSentence = { start: number; end: number; question: boolean; paragraph: number };

/** The last sentence that starts at or before `at` (the first when none does). */
export function sentenceAt(sentences: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

/**
 * A passage's words (runs of letters and digits of the normalised text, which is lower case, without accents and
 * one byte a character; an apostrophe inside a word is kept: "don't"): where each starts and ends, and its number
 * in the model's vocabulary (-1 when the model does not know it). They are read a paragraph at a time, the first
 * time a match needs one, so a long text pays only for its paragraphs with matches; each sentence's words are
 * tokens [from[k], to[k]), and a paragraph's are consecutive.
 */
class Tokens {
  starts = new Int32Array(0);
  ends = new Int32Array(0);
  ids = new Int32Array(0);
  readonly from: Int32Array;
  readonly to: Int32Array;
  private readonly read: Uint8Array;
  private count = 0;
  constructor(
    private readonly norm: string,
    private readonly sentences: readonly VoiceSentence[],
    private readonly table: VocabularyTable,
  ) {
    this.from = new Int32Array(sentences.length);
    this.to = new Int32Array(sentences.length);
    this.read = new Uint8Array(sentences.length);
  }

  /** Room for `more` words after those read (the arrays grow, so a text pays for the paragraphs it reads). */
  private reserve(more: number): void {
    const needed = this.count + more;
    if (needed <= this.ids.length) return;
    let capacity = Math.max(64, this.ids.length);
    while (capacity < needed) capacity *= 2;
    const grow = (old: Int32Array) => {
      const next = new Int32Array(capacity);
      next.set(old.subarray(0, this.count));
      return next;
    };
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
    this.ids = grow(this.ids);
  }

  /** Reads sentences top to bottom (a paragraph) unless they have been read. */
  readParagraph(top: number, bottom: number): void {
    if (this.read[top]) return;
    // Inside a sentence words are at least one character apart; each sentence's edges can cut one more.
    const { start: paragraphStart } = this.sentences[top]!;
    this.reserve(((this.sentences[bottom]!.end - paragraphStart) >> 1) + bottom - top + 2);
    const { norm, starts, ends, ids } = this;
    let n = this.count;
    for (let k = top; k <= bottom; k++) {
      const { start: from, end: to } = this.sentences[k]!;
      this.read[k] = 1;
      this.from[k] = n;
      let start = -1;
      for (let i = from; i <= to; i++) {
        const c = i < to ? norm.charCodeAt(i) : 32;
        const letter = isLetter(c) || (c >= 48 && c <= 57);
        const apostrophe = c === 39 && start >= 0 && i + 1 < to && isLetter(norm.charCodeAt(i + 1));
        if (letter || apostrophe) {
          if (start < 0) start = i;
        } else if (start >= 0) {
          starts[n] = start;
          ends[n] = i;
          ids[n] = numberOf(this.table, norm, start, i);
          n++;
          start = -1;
        }
      }
      this.to[k] = n;
    }
    this.count = n;
  }
}

const unique = <T>(list: Iterable<T>) => [...new Set(list)];

/** The weighted pairs already counted in the sum pairSum is making (one sum runs at a time). */
const SEEN_PAIRS: number[] = [];

/**
 * Stamps for counting each known word once in a sum: a word counts when its mark is not the current stamp. One
 * sum runs at a time, so one array serves them all; it grows with the vocabulary.
 */
let wordStamps = new Int32Array(0);
let stamp = 0;
function newStamp(size: number): number {
  if (wordStamps.length < size || stamp > 1 << 30) {
    wordStamps = new Int32Array(Math.max(size, wordStamps.length));
    stamp = 0;
  }
  return ++stamp;
}

/** The summed weights of the known words among ids[from, to), each counted once, skipping ids[skipFrom, skipTo). */
function sumOnce(
  weights: Float64Array,
  ids: Int32Array,
  from: number,
  to: number,
  skipFrom = to,
  skipTo = to,
) {
  const mark = newStamp(weights.length);
  let total = 0;
  for (let i = from; i < to; i++) {
    if (i === skipFrom) i = skipTo;
    if (i >= to) break;
    const id = ids[i]!;
    if (id < 0 || wordStamps[id] === mark) continue;
    wordStamps[id] = mark;
    total += weights[id]!;
  }
  return total;
}

/**
 * A passage read once for all its matches: the engine's normalised text and its sentences, their words, and the
 * weights of the parts of a match's features that depend only on its sentence.
 */
export class VoicePassage {
  private readonly tokens: Tokens;
  /**
   * Per sentence (NaN until needed), the summed weights of the features of a match in it that depend only on the
   * sentence: the sentences before and after it, its paragraph's length and whether it is a question.
   */
  private readonly shared: Float64Array;
  /** Per sentence, the first and last sentence of its paragraph. */
  private readonly paragraphFirst: Int32Array;
  private readonly paragraphLast: Int32Array;
  constructor(
    private readonly model: CompiledVoiceModel,
    private readonly norm: string,
    private readonly sentences: readonly VoiceSentence[],
    private readonly quoted: (at: number) => boolean,
  ) {
    this.tokens = new Tokens(norm, sentences, model.table);
    const count = sentences.length;
    this.shared = new Float64Array(count).fill(Number.NaN);
    this.paragraphFirst = new Int32Array(count);
    this.paragraphLast = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const same = k > 0 && sentences[k - 1]!.paragraph === sentences[k]!.paragraph;
      this.paragraphFirst[k] = same ? this.paragraphFirst[k - 1]! : k;
    }
    for (let k = count - 1; k >= 0; k--) {
      const same = k < count - 1 && sentences[k + 1]!.paragraph === sentences[k]!.paragraph;
      this.paragraphLast[k] = same ? this.paragraphLast[k + 1]! : k;
    }
  }

  private sentenceOf(at: number): number {
    return sentenceAt(this.sentences, at);
  }

  /** Reads the paragraph of sentence k, if it has not been read. */
  private readAround(k: number): void {
    this.tokens.readParagraph(this.paragraphFirst[k]!, this.paragraphLast[k]!);
  }

  /** The words of sentences k to last (those that exist) as strings, for features(). */
  private wordsOf(k: number, last = k): string[] {
    const { starts, ends, from, to } = this.tokens;
    const out: string[] = [];
    for (let j = Math.max(0, k); j <= Math.min(this.sentences.length - 1, last); j++) {
      this.readAround(j);
      for (let i = from[j]!; i < to[j]!; i++) out.push(this.norm.slice(starts[i], ends[i]));
    }
    return out;
  }

  /** Whether the match's last sentence is a question, and how many sentences its paragraph has. */
  private marks(k: number, last: number): string[] {
    const count = this.paragraphLast[last]! - this.paragraphFirst[k]! + 1;
    const length = count <= 1 ? "len=1" : count <= 4 ? "len=2-4" : "len=5+";
    return this.sentences[last]!.question ? ["q=question", length] : [length];
  }

  /** The features of the match at [start, end) with `code` (see the top of this file). */
  features(start: number, end: number, code: string): string[] {
    const k = this.sentenceOf(start);
    const last = this.sentenceOf(Math.max(start, end - 1));
    // Everything a match reads lies in its paragraphs; reading them first keeps the token arrays from growing below.
    for (let j = k; j <= last; j++) this.readAround(j);
    const out = [`c=${code}`];
    const before: string[] = [];
    const { starts, ends, from } = this.tokens;
    const inside = (t: number) => ends[t]! > start && starts[t]! < end;
    for (let j = k; j <= last; j++) {
      const words = this.wordsOf(j);
      words.forEach((word, i) => {
        const t = from[j]! + i;
        if (ends[t]! <= start) before.push(word);
        out.push(inside(t) ? `m=${word}` : `s=${word}`);
        if (i > 0 && !inside(t - 1) && !inside(t)) out.push(`b=${words[i - 1]}_${word}`);
      });
    }
    for (const w of before.slice(-3)) out.push(`l=${w}`);
    if (this.quoted(start)) out.push("q=quoted");
    out.push(...this.marks(k, last));
    const top = this.paragraphFirst[k]!;
    const bottom = this.paragraphLast[last]!;
    if (k > top) for (const w of this.wordsOf(k - 1)) out.push(`p=${w}`);
    if (last < bottom) for (const w of this.wordsOf(last + 1)) out.push(`n=${w}`);
    const windowFrom = Math.max(top, k - WINDOW);
    this.wordsOf(windowFrom, Math.min(bottom, last + WINDOW)).forEach((w, i) => {
      if (!inside(from[windowFrom]! + i)) out.push(`w=${w}`);
    });
    return unique(out);
  }

  /**
   * The probability that the match at [start, end) with `code` is the speaker's own claim: voiceScore of its
   * features, read by word number, with the parts that depend only on its sentence summed once per sentence. A
   * match across sentences, which is rare, is scored from its features.
   */
  score(start: number, end: number, code: string): number {
    const { model } = this;
    const k = this.sentenceOf(start);
    if (this.sentenceOf(Math.max(start, end - 1)) !== k)
      return voiceScore(model, this.features(start, end, code));
    this.readAround(k);
    const { starts, ends, ids } = this.tokens;
    const from = this.tokens.from[k]!;
    const to = this.tokens.to[k]!;
    // The words the match covers are tokens [first, past).
    let first = from;
    while (first < to && ends[first]! <= start) first++;
    let past = first;
    while (past < to && starts[past]! < end) past++;
    let z = model.bias + (model.codes.get(code) ?? 0);
    if (this.quoted(start)) z += model.other.get("q=quoted") ?? 0;
    z += sumOnce(model.words.m, ids, first, past);
    z += sumOnce(model.words.s, ids, from, to, first, past);
    z += sumOnce(model.words.l, ids, Math.max(from, first - 3), first);
    z += this.pairSum(from, to, first, past);
    const top = this.paragraphFirst[k]!;
    const bottom = this.paragraphLast[k]!;
    const window = this.tokens;
    z += sumOnce(
      model.words.w,
      ids,
      window.from[Math.max(top, k - WINDOW)]!,
      window.to[Math.min(bottom, k + WINDOW)]!,
      first,
      past,
    );
    if (Number.isNaN(this.shared[k]!)) this.shared[k] = this.sentencePart(k);
    return 1 / (1 + Math.exp(-(z + this.shared[k]!)));
  }

  /** The summed weights of the features of a match in sentence k that depend only on the sentence. */
  private sentencePart(k: number): number {
    const { model } = this;
    const { ids, from, to } = this.tokens;
    let z = 0;
    for (const mark of this.marks(k, k)) z += model.other.get(mark) ?? 0;
    if (k > this.paragraphFirst[k]!) z += sumOnce(model.words.p, ids, from[k - 1]!, to[k - 1]!);
    if (k < this.paragraphLast[k]!) z += sumOnce(model.words.n, ids, from[k + 1]!, to[k + 1]!);
    return z;
  }

  /** The summed weights of the word pairs among tokens [from, to) without tokens [first, past), each pair once. */
  private pairSum(from: number, to: number, first: number, past: number): number {
    const { ids } = this.tokens;
    const size = this.model.vocabulary.size;
    // Few of a sentence's pairs have a weight: a list is cheaper than a set to keep each once.
    const seen = SEEN_PAIRS;
    seen.length = 0;
    let total = 0;
    for (let i = from + 1; i < to; i++) {
      if ((i >= first && i < past) || (i - 1 >= first && i - 1 < past)) continue;
      if (ids[i - 1]! < 0 || ids[i]! < 0) continue;
      const key = ids[i - 1]! * size + ids[i]!;
      const weight = this.model.pairs.get(key);
      if (weight === undefined || seen.includes(key)) continue;
      seen.push(key);
      total += weight;
    }
    return total;
  }
}
