/**
 * Whose voice a claim is in. The lexicon's rules read negation, hedging, warnings and quotation phrase by
 * phrase, and each phrasing they have not met lets text *about* a claim through as if it were one (decision
 * 0010). This reads the words around a match as a whole: a logistic model over the words of its sentence, its
 * neighbours and the passage, trained on the labelled tuning corpus (voice-train.ts), gives the probability that
 * the match is the speaker's own claim.
 *
 * A match's features, each named "kind=word" and counted once: its code (c), the words it matched (m), the other
 * words of its sentence (s) and the three just before it (l), the word pairs of its sentence (b, "word_word"),
 * the words of the sentences before (p) and after (n), and the words of the whole passage (d); whether it is
 * quoted or in a question (q), and how many sentences the passage has (len).
 */

/** A trained model as stored: a bias and a weight per feature; features it never saw weigh nothing. */
export type VoiceModel = { bias: number; weights: Record<string, number> };

/** The kinds of feature whose word is a single word. */
const WORD_KINDS = ["m", "s", "l", "p", "n", "d"] as const;
type WordKind = (typeof WORD_KINDS)[number];

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
  /** Code, quote, question and length features, by name. */
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
  const entries = Object.entries(model.weights).map(([feature, weight]) => {
    const at = feature.indexOf("=");
    return { kind: feature.slice(0, at), word: feature.slice(at + 1), weight };
  });
  for (const { kind, word } of entries)
    if (kind === "b") for (const w of word.split("_")) id(w);
    else if ((WORD_KINDS as readonly string[]).includes(kind)) id(word);
  const size = vocabulary.size;
  const words = Object.fromEntries(WORD_KINDS.map((k) => [k, new Float64Array(size)])) as Record<
    WordKind,
    Float64Array
  >;
  const pairs = new Map<number, number>();
  const other = new Map<string, number>();
  for (const { kind, word, weight } of entries) {
    if (kind === "b") {
      const [first, second] = word.split("_");
      pairs.set(id(first!) * size + id(second!), weight);
    } else if ((WORD_KINDS as readonly string[]).includes(kind)) words[kind as WordKind][id(word)] = weight;
    else other.set(`${kind}=${word}`, weight);
  }
  return { bias: model.bias, vocabulary, table: tableOf(vocabulary), words, pairs, other };
}

/**
 * Open addressing over the words' FNV-1a hashes, so a word's number is found from the text itself, without
 * slicing the word out as a string and hashing it again: a scan reads every word of a passage this way.
 */
type VocabularyTable = { mask: number; hashes: Int32Array; ids: Int32Array; words: string[] };

function fnv(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

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
    let slot = fnv(word, 0, word.length) & table.mask;
    while (table.ids[slot] !== -1) slot = (slot + 1) & table.mask;
    table.hashes[slot] = fnv(word, 0, word.length);
    table.ids[slot] = id;
    table.words[slot] = word;
  }
  return table;
}

/** The number of the word text[from, to) in the vocabulary, or -1. */
function numberOf(table: VocabularyTable, text: string, from: number, to: number): number {
  const h = fnv(text, from, to);
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

/** The probability that a match with these features is the speaker's own claim. */
export function voiceScore(model: CompiledVoiceModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) {
    const at = f.indexOf("=");
    const kind = f.slice(0, at);
    const word = f.slice(at + 1);
    if (kind === "b") {
      const [first, second] = word.split("_").map((w) => model.vocabulary.get(w));
      if (first !== undefined && second !== undefined)
        z += model.pairs.get(first * model.vocabulary.size + second) ?? 0;
    } else if ((WORD_KINDS as readonly string[]).includes(kind)) {
      const known = model.vocabulary.get(word);
      if (known !== undefined) z += model.words[kind as WordKind][known]!;
    } else z += model.other.get(f) ?? 0;
  }
  return 1 / (1 + Math.exp(-z));
}

/** A sentence of the engine's normalised text, and whether it is a question. */
export type VoiceSentence = { start: number; end: number; question: boolean };

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
 * one byte a character; an apostrophe inside a word is kept: "don't"), sentence by sentence: where each starts
 * and ends, its number in the model's vocabulary (-1 when the model does not know it), and the index of each
 * sentence's first word (with the count of words at the end).
 */
type Tokens = { starts: Int32Array; ends: Int32Array; ids: Int32Array; first: Int32Array };

function tokensIn(norm: string, sentences: readonly VoiceSentence[], table: VocabularyTable): Tokens {
  // Words are separated by at least one character.
  const capacity = (norm.length >> 1) + 2;
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const ids = new Int32Array(capacity);
  const first = new Int32Array(sentences.length + 1);
  let n = 0;
  sentences.forEach(({ start: from, end: to }, k) => {
    first[k] = n;
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
        ids[n] = numberOf(table, norm, start, i);
        n++;
        start = -1;
      }
    }
  });
  first[sentences.length] = n;
  return { starts, ends, ids, first };
}

const unique = <T>(list: Iterable<T>) => [...new Set(list)];

/**
 * Marks for counting each known word once in a sum: a word counts when its mark is not the current stamp. One
 * sum at a time runs, so one array serves them all; it grows with the vocabulary.
 */
let MARKS = new Int32Array(0);
let stamp = 0;
function newStamp(size: number): number {
  if (MARKS.length < size || stamp > 1 << 30) {
    MARKS = new Int32Array(Math.max(size, MARKS.length));
    stamp = 0;
  }
  return ++stamp;
}

/** The summed weights of the known words among `ids`, each counted once. */
function sumOnce(weights: Float64Array, ids: ArrayLike<number>, from = 0, to = ids.length): number {
  const mark = newStamp(weights.length);
  let total = 0;
  for (let i = from; i < to; i++) {
    const id = ids[i]!;
    if (id < 0 || MARKS[id] === mark) continue;
    MARKS[id] = mark;
    total += weights[id]!;
  }
  return total;
}

/**
 * A passage read once for all its matches: the engine's normalised text and its sentences, their words, and the
 * weights of the parts of a match's features that depend only on a sentence or on the passage.
 */
export class VoicePassage {
  private readonly tokens: Tokens;
  /** Summed weights of the shared parts, per sentence (NaN until needed), and the passage's. */
  private readonly before: Float64Array;
  private readonly after: Float64Array;
  private readonly pairs: Float64Array;
  private passage = Number.NaN;
  constructor(
    private readonly model: CompiledVoiceModel,
    private readonly norm: string,
    private readonly sentences: readonly VoiceSentence[],
    private readonly quoted: (at: number) => boolean,
  ) {
    this.tokens = tokensIn(norm, sentences, model.table);
    this.before = new Float64Array(sentences.length).fill(Number.NaN);
    this.after = new Float64Array(sentences.length).fill(Number.NaN);
    this.pairs = new Float64Array(sentences.length).fill(Number.NaN);
  }

  private sentenceOf(at: number): number {
    return sentenceAt(this.sentences, at);
  }

  /** Sentence k's words as strings, for features(). */
  private wordsOf(k: number): string[] {
    if (k < 0 || k >= this.sentences.length) return [];
    const { starts, ends, first } = this.tokens;
    const out: string[] = [];
    for (let i = first[k]!; i < first[k + 1]!; i++) out.push(this.norm.slice(starts[i], ends[i]));
    return out;
  }

  private pairsOf(k: number): string[] {
    const words = this.wordsOf(k);
    return words.slice(1).map((w, i) => `${words[i]}_${w}`);
  }

  /** Whether the match is quoted or in a question, and how many sentences the passage has. */
  private marks(start: number, last: number): string[] {
    const out: string[] = [];
    if (this.quoted(start)) out.push("q=quoted");
    if (this.sentences[last]!.question) out.push("q=question");
    const count = this.sentences.length;
    out.push(count <= 1 ? "len=1" : count <= 4 ? "len=2-4" : "len=5+");
    return out;
  }

  /** The features of the match at [start, end) with `code` (see the top of this file). */
  features(start: number, end: number, code: string): string[] {
    const k = this.sentenceOf(start);
    const last = this.sentenceOf(Math.max(start, end - 1));
    const out = [`c=${code}`];
    const before: string[] = [];
    const { starts, ends, first } = this.tokens;
    for (let j = k; j <= last; j++) {
      this.wordsOf(j).forEach((word, i) => {
        const t = first[j]! + i;
        if (ends[t]! <= start) before.push(word);
        out.push(ends[t]! > start && starts[t]! < end ? `m=${word}` : `s=${word}`);
      });
      for (const pair of this.pairsOf(j)) out.push(`b=${pair}`);
    }
    for (const w of before.slice(-3)) out.push(`l=${w}`);
    out.push(...this.marks(start, last));
    for (const w of this.wordsOf(k - 1)) out.push(`p=${w}`);
    for (const w of this.wordsOf(last + 1)) out.push(`n=${w}`);
    for (let j = 0; j < this.sentences.length; j++) for (const w of this.wordsOf(j)) out.push(`d=${w}`);
    return unique(out);
  }

  /**
   * The probability that the match at [start, end) with `code` is the speaker's own claim: voiceScore of its
   * features, read by word number, with the parts the passage's matches share summed once. A match across
   * sentences, which is rare, is scored from its features.
   */
  score(start: number, end: number, code: string): number {
    const { model } = this;
    const k = this.sentenceOf(start);
    if (this.sentenceOf(Math.max(start, end - 1)) !== k)
      return voiceScore(model, this.features(start, end, code));
    const { starts, ends, ids, first: firstOf } = this.tokens;
    const from = firstOf[k]!;
    const to = firstOf[k + 1]!;
    // The words the match covers are tokens [first, past).
    let first = from;
    while (first < to && ends[first]! <= start) first++;
    let past = first;
    while (past < to && starts[past]! < end) past++;
    let z = model.bias + (model.other.get(`c=${code}`) ?? 0);
    z += sumOnce(model.words.m, ids, first, past);
    // The other words of the sentence, before and after the match, each once.
    const mark = newStamp(model.words.s.length);
    for (let i = from; i < to; i++) {
      const id = ids[i]!;
      if (id < 0 || (i >= first && i < past) || MARKS[id] === mark) continue;
      MARKS[id] = mark;
      z += model.words.s[id]!;
    }
    z += sumOnce(model.words.l, ids, Math.max(from, first - 3), first);
    for (const m of this.marks(start, k)) z += model.other.get(m) ?? 0;
    z += this.pairSum(k);
    if (k > 0) {
      if (Number.isNaN(this.before[k - 1]!))
        this.before[k - 1] = sumOnce(model.words.p, ids, firstOf[k - 1]!, from);
      z += this.before[k - 1]!;
    }
    if (k + 1 < this.sentences.length) {
      if (Number.isNaN(this.after[k + 1]!))
        this.after[k + 1] = sumOnce(model.words.n, ids, to, firstOf[k + 2]!);
      z += this.after[k + 1]!;
    }
    if (Number.isNaN(this.passage))
      this.passage = sumOnce(model.words.d, ids, 0, firstOf[this.sentences.length]!);
    return 1 / (1 + Math.exp(-(z + this.passage)));
  }

  /** The summed weights of sentence k's word pairs, each pair once. */
  private pairSum(k: number): number {
    if (Number.isNaN(this.pairs[k]!)) {
      const { ids, first } = this.tokens;
      const size = this.model.vocabulary.size;
      const seen = new Set<number>();
      let total = 0;
      for (let i = first[k]! + 1; i < first[k + 1]!; i++) {
        if (ids[i - 1]! < 0 || ids[i]! < 0) continue;
        const key = ids[i - 1]! * size + ids[i]!;
        const weight = this.model.pairs.get(key);
        if (weight === undefined || seen.has(key)) continue;
        seen.add(key);
        total += weight;
      }
      this.pairs[k] = total;
    }
    return this.pairs[k]!;
  }
}
