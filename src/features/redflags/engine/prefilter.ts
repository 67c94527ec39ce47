import { type AST, RegExpParser } from "@eslint-community/regexpp";
import { fnv1a } from "./hash.js";
import CHOICES from "./prefilter-choices.json" with { type: "json" };

/**
 * A prefilter for the lexicon's expressions. Every alternative of an expression can only match text that
 * contains one of a few literal strings (its "factor": "walk again", "garantiz", "spots left"), and a match can
 * start only so far before one (its reach). One pass of an Aho–Corasick automaton finds where each alternative's
 * factors occur; the engine then runs only those alternatives, each on its own, and only over the sentences
 * around their factors instead of over the whole text (decision 0010).
 *
 * The factors are read off each alternative's syntax tree, so they are always right for the lexicon as it is.
 * Which factor is used (an alternative usually has several) only decides speed: prefilter-choices.json holds the
 * rarest choice for each alternative in the tuning corpus, written by `npm run redflags:prefilter`; an
 * alternative it does not know uses its longest factor.
 */

const parser = new RegExpParser({ ecmaVersion: 2024 });
/** More strings than this in one factor make the automaton large for little gain. */
const MAX_STRINGS = 64;

/** Where an alternative's factor is: a run of its elements [from, to], or a required group's alternatives' own. */
export type Choice = [number, number] | { g: number; a: Choice[] };
/** A factor: where it is, and the strings one of which every match contains. */
export type Factor = { choice: Choice; strings: string[] };
/** Shorter strings occur almost everywhere and would leave nothing to skip. */
const MIN_LENGTH = 3;
const longEnough = (strings: string[]) => strings.every((s) => s.length >= MIN_LENGTH);

const STRINGS = new WeakMap<AST.Element, string[] | null>();

/** The finite set of strings an element matches, or null when it is not a small finite set of literals. */
function stringsOf(e: AST.Element): string[] | null {
  if (!STRINGS.has(e)) STRINGS.set(e, computeStrings(e));
  return STRINGS.get(e)!;
}

function computeStrings(e: AST.Element): string[] | null {
  switch (e.type) {
    case "Character":
      return [String.fromCharCode(e.value)];
    case "CharacterClass": {
      if (e.negate) return null;
      const out: string[] = [];
      for (const el of e.elements) {
        if (el.type === "Character") out.push(String.fromCharCode(el.value));
        else if (el.type === "CharacterClassRange")
          for (let c = el.min.value; c <= el.max.value; c++) out.push(String.fromCharCode(c));
        else return null;
        if (out.length > MAX_STRINGS) return null;
      }
      return out;
    }
    case "Group":
    case "CapturingGroup": {
      const out: string[] = [];
      for (const a of e.alternatives) {
        const s = sequenceStrings(a.elements, 0, a.elements.length - 1);
        if (!s) return null;
        out.push(...s);
        if (out.length > MAX_STRINGS) return null;
      }
      return out;
    }
    case "Assertion":
      return [""]; // zero width
    case "Quantifier": {
      if (e.min !== e.max) return null;
      const inner = stringsOf(e.element);
      if (!inner) return null;
      let out = [""];
      for (let i = 0; i < e.min; i++) {
        out = product(out, inner);
        if (out.length > MAX_STRINGS) return null;
      }
      return out;
    }
    default:
      return null;
  }
}

const product = (a: string[], b: string[]) => a.flatMap((p) => b.map((q) => p + q));

function sequenceStrings(els: readonly AST.Element[], from: number, to: number): string[] | null {
  let out = [""];
  for (let i = from; i <= to; i++) {
    const s = stringsOf(els[i]!);
    if (!s) return null;
    out = product(out, s);
    if (out.length > MAX_STRINGS) return null;
  }
  return [...new Set(out)];
}

/** A group that every match passes through: the element itself, or a quantifier of at least one. */
function requiredGroup(e: AST.Element): AST.Group | AST.CapturingGroup | null {
  const g = e.type === "Quantifier" && e.min >= 1 ? e.element : e;
  return g.type === "Group" || g.type === "CapturingGroup" ? g : null;
}

/** The strings a choice stands for in this sequence, or null if the choice does not fit it. */
function materialise(choice: Choice, els: readonly AST.Element[]): string[] | null {
  if (Array.isArray(choice)) {
    const [from, to] = choice;
    if (from < 0 || to >= els.length || from > to) return null;
    const s = sequenceStrings(els, from, to);
    return s && longEnough(s) ? s : null;
  }
  const g = els[choice.g] && requiredGroup(els[choice.g]!);
  if (!g || g.alternatives.length !== choice.a.length) return null;
  const out = new Set<string>();
  for (const [k, a] of g.alternatives.entries()) {
    const s = materialise(choice.a[k]!, a.elements);
    if (!s) return null;
    for (const x of s) out.add(x);
  }
  return [...out];
}

/**
 * Every choice of factor for a sequence, each with its strings: runs of literal elements, and required groups
 * whose alternatives each have one (taking `pick` of each alternative's choices).
 */
export function factorChoices(
  els: readonly AST.Element[],
  pick: (choices: Factor[]) => Factor | undefined,
): Factor[] {
  const out: Factor[] = [];
  // The longest run of literal elements from each start; a start inside the previous run only gives a
  // shorter run, unless that run stopped because its strings grew too many.
  let covered = -1;
  for (let i = 0; i < els.length; i++) {
    if (i <= covered) continue;
    let run = [""];
    let j = i;
    for (; j < els.length; j++) {
      const s = stringsOf(els[j]!);
      if (!s) break;
      const longer = product(run, s);
      if (longer.length > MAX_STRINGS) break;
      run = longer;
    }
    if (j === els.length || !stringsOf(els[j]!)) covered = j - 1;
    if (j > i && longEnough(run)) out.push({ choice: [i, j - 1], strings: [...new Set(run)] });
  }
  for (const [i, e] of els.entries()) {
    const g = requiredGroup(e);
    if (!g) continue;
    const parts = g.alternatives.map((a) => pick(factorChoices(a.elements, pick)));
    if (parts.every((p) => p))
      out.push({
        choice: { g: i, a: parts.map((p) => p!.choice) },
        strings: [...new Set(parts.flatMap((p) => p!.strings))],
      });
  }
  return out;
}

/** Without the tuning corpus's counts: the factor whose shortest string is longest. */
function longest(choices: Factor[]): Factor | undefined {
  let best: Factor | undefined;
  let bestLength = 0;
  for (const c of choices) {
    let shortest = Number.POSITIVE_INFINITY;
    for (const s of c.strings) shortest = Math.min(shortest, s.length);
    if (shortest > bestLength) {
      best = c;
      bestLength = shortest;
    }
  }
  return best;
}

/** FNV-1a, to key an alternative's source in prefilter-choices.json. */
export function sourceKey(source: string): string {
  return (fnv1a(source) >>> 0).toString(16).padStart(8, "0");
}

/** The top-level alternatives of a compiled expression: `\b(?:a|b|…)` or `a|b|…`. */
export function topAlternatives(source: string): readonly AST.Alternative[] {
  const pattern = parser.parsePattern(source);
  const only = pattern.alternatives.length === 1 ? pattern.alternatives[0]!.elements : undefined;
  // Only the word boundary the lexicon's expressions open with: another assertion belongs to the alternatives.
  const opener = only?.[0];
  const wordBoundary = opener?.type === "Assertion" && opener.kind === "word" && !opener.negate;
  const group = only?.length === 2 && wordBoundary ? only[1] : undefined;
  if (group?.type === "Group") return group.alternatives;
  return pattern.alternatives;
}

/** The most characters an element can match (Infinity when nothing bounds it). */
function maxWidth(e: AST.Element): number {
  switch (e.type) {
    case "Assertion":
      return 0;
    case "Character":
    case "CharacterClass":
    case "CharacterSet":
      return 1;
    case "Group":
    case "CapturingGroup":
      return Math.max(...e.alternatives.map((a) => leadWidth(a.elements, a.elements.length)));
    case "Quantifier": {
      const inner = maxWidth(e.element);
      return inner === 0 ? 0 : e.max * inner;
    }
    default:
      return Number.POSITIVE_INFINITY;
  }
}

/** The most characters the first `count` elements of a sequence can match. */
function leadWidth(els: readonly AST.Element[], count: number): number {
  let width = 0;
  for (let i = 0; i < count; i++) width += maxWidth(els[i]!);
  return width;
}

/** The most characters a match can have before the place where the choice's factor starts. */
function maxLead(choice: Choice, els: readonly AST.Element[]): number {
  if (Array.isArray(choice)) return leadWidth(els, choice[0]);
  // The group's first repetition holds a factor, so later ones do not add to the lead.
  const g = requiredGroup(els[choice.g]!)!;
  return (
    leadWidth(els, choice.g) + Math.max(...g.alternatives.map((a, k) => maxLead(choice.a[k]!, a.elements)))
  );
}

/** The most characters after a sequence's start that matching it can read, look-aheads included. */
function sequenceExtent(els: readonly AST.Element[]): number {
  let extent = 0;
  let at = 0;
  for (const e of els) {
    extent = Math.max(extent, at + elementExtent(e));
    at += maxWidth(e);
  }
  return Math.max(extent, at);
}

/** How many characters from its place matching an element reads: its width, unless it looks around or repeats. */
function elementExtent(e: AST.Element): number {
  switch (e.type) {
    case "Assertion":
      if (e.kind === "lookahead" || e.kind === "lookbehind") {
        const inner = Math.max(...e.alternatives.map((a) => sequenceExtent(a.elements)));
        // A look-behind reads backwards, unless it holds a look-ahead.
        return e.kind === "lookahead" || /\(\?[=!]/.test(e.raw) ? inner : 0;
      }
      return 1; // a word boundary or an end reads the character at its place
    case "Group":
    case "CapturingGroup":
      return Math.max(...e.alternatives.map((a) => sequenceExtent(a.elements)));
    case "Quantifier": {
      if (e.max === 0) return 0;
      const width = maxWidth(e.element);
      const extent = elementExtent(e.element);
      if (e.max === Number.POSITIVE_INFINITY) return width > 0 || extent > 0 ? Number.POSITIVE_INFINITY : 0;
      return (e.max - 1) * width + extent;
    }
    default:
      return maxWidth(e);
  }
}

/**
 * What finds an expression's matches: strings one of which every match contains; its reach, the most characters
 * from a match's start to the last character of such a string in it; and its extent, the most characters from
 * the place a match is tried that trying it reads (each Infinity when unbounded).
 */
export type Finder = { strings: string[]; reach: number; extent: number };

/** An expression's finder, or undefined when an alternative has no literal of three characters and can match anywhere. */
export function finderOf(source: string): Finder | undefined {
  const choices = CHOICES as unknown as Record<string, Choice>;
  const strings = new Set<string>();
  let reach = 0;
  let extent = 1; // the word boundary before the alternatives
  for (const alt of topAlternatives(source)) {
    const stored = choices[sourceKey(alt.raw)];
    const storedStrings = stored && materialise(stored, alt.elements);
    const factor = storedStrings
      ? { choice: stored, strings: storedStrings }
      : longest(factorChoices(alt.elements, longest));
    if (!factor) return undefined;
    for (const s of factor.strings) strings.add(s);
    const longestString = Math.max(...factor.strings.map((s) => s.length));
    reach = Math.max(reach, maxLead(factor.choice, alt.elements) + longestString - 1);
    extent = Math.max(extent, sequenceExtent(alt.elements));
  }
  return { strings: [...strings], reach, extent };
}

/**
 * An Aho–Corasick automaton over several sets of factors (one set per alternative of the lexicon). `find` reports
 * the positions in a text where a factor of each set ends. Normalised text is one-byte (Latin-1), so transitions
 * are a table over the characters the factors use, with one class for every other character. The table holds
 * where the next state's row starts rather than its number, and the complement of that for a state where a
 * factor ends: a step is then one lookup, and only those states look up their sets.
 */
export class FactorIndex {
  private readonly classOf = new Uint8Array(256);
  private readonly classes: number;
  private readonly next: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;

  constructor(factors: string[][]) {
    let classes = 1;
    for (const f of factors)
      for (const s of f)
        for (let i = 0; i < s.length; i++) {
          const c = s.charCodeAt(i);
          if (c > 255) throw new Error(`factor outside Latin-1: ${s}`);
          if (this.classOf[c] === 0) this.classOf[c] = classes++;
        }
    this.classes = classes;
    // The trie is built straight into the transition table (-1: no child yet); the breadth-first pass then
    // fills every missing transition from the failure state's, which is already complete.
    let capacity = 1;
    for (const f of factors) for (const s of f) capacity += s.length;
    const next = new Int32Array(capacity * classes).fill(-1);
    const outs: Array<number[] | undefined> = [];
    const addOutput = (state: number, set: number) => {
      const own = outs[state];
      if (!own) outs[state] = [set];
      else if (!own.includes(set)) own.push(set);
    };
    let states = 1;
    factors.forEach((f, set) => {
      for (const s of f) {
        let state = 0;
        for (let i = 0; i < s.length; i++) {
          const at = state * classes + this.classOf[s.charCodeAt(i)]!;
          if (next[at]! < 0) next[at] = states++;
          state = next[at]!;
        }
        addOutput(state, set);
      }
    });
    const fail = new Int32Array(states);
    const order = new Int32Array(states);
    let queued = 0;
    for (let c = 0; c < classes; c++) {
      if (next[c]! < 0) next[c] = 0;
      else if (next[c] !== 0) order[queued++] = next[c]!;
    }
    for (let k = 0; k < queued; k++) {
      const s = order[k]!;
      for (const set of outs[fail[s]!] ?? []) addOutput(s, set);
      for (let c = 0; c < classes; c++) {
        const at = s * classes + c;
        const viaFail = next[fail[s]! * classes + c]!;
        if (next[at]! < 0) next[at] = viaFail;
        else {
          fail[next[at]!] = viaFail;
          order[queued++] = next[at]!;
        }
      }
    }
    this.next = next.subarray(0, states * classes);
    for (let at = 0; at < this.next.length; at++) {
      const s = this.next[at]!;
      this.next[at] = outs[s] ? ~(s * classes) : s * classes;
    }
    this.outStart = new Int32Array(states + 1);
    const list: number[] = [];
    for (let s = 0; s < states; s++) {
      this.outStart[s] = list.length;
      list.push(...(outs[s] ?? []));
    }
    this.outStart[states] = list.length;
    this.outList = Int32Array.from(list);
  }

  /**
   * Where a factor of each set ends in `text`, as [position, set, position, set, …] in ascending order of
   * position: one flat list, because a text holds the factors of a few dozen of the lexicon's seven hundred sets.
   */
  find(text: string): number[] {
    const hits: number[] = [];
    const { classOf, classes, next, outStart, outList } = this;
    let row = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const to = next[row + (c < 256 ? classOf[c]! : 0)]!;
      if (to >= 0) row = to;
      else {
        row = ~to;
        const state = row / classes;
        for (let k = outStart[state]!, end = outStart[state + 1]!; k < end; k++) hits.push(i, outList[k]!);
      }
    }
    return hits;
  }
}
