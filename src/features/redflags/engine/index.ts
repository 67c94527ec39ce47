import { EXPLANATIONS, RED_FLAG_CODES, type RedFlagCode, SEVERITY, type Severity } from "./codes.js";
import { DISEASES, LEXICON, TREATS } from "./lexicon.js";
import { normalise } from "./normalize.js";

export { RED_FLAG_CODES, type RedFlagCode, type Severity } from "./codes.js";

export type Finding = {
  code: RedFlagCode;
  severity: Severity;
  start: number;
  end: number;
  excerpt: string;
  explanation: string;
};
export type ScanReport = { language: "en" | "es" | "mixed"; findings: Finding[] };

/**
 * The red-flag engine: pure, no I/O. Finds the claims of shared/redflag-codes.md in a text in English or
 * Spanish (detected per passage), skips those that are negated, hedged, or mentioned as something to beware
 * of, and explains each in the reader's language. A disclaimer never cancels a separate claim: each match is
 * judged in its own clause.
 */

// One regular expression per code (its entries as plain alternatives: capture groups would cost time on
// every match and nothing reads them), so claims of different kinds that overlap ("you will walk again" is a
// guarantee and a cure claim) are all found.
const BY_CODE = RED_FLAG_CODES.map((code) => {
  const entries = LEXICON.filter((e) => e.code === code);
  return { code, re: new RegExp(entries.map((e) => `(?:${e.pattern})`).join("|"), "g") };
}).filter((c) => LEXICON.some((e) => e.code === c.code));
const DISEASE_RES = DISEASES.map((d) => ({ name: d.name, re: new RegExp(d.pattern, "g") }));
/** A cheap first pass: the panacea rule only runs on texts naming three or more different conditions. */
const ANY_DISEASE = new RegExp(DISEASES.map((d, i) => `(?<d${i}>${d.pattern})`).join("|"), "g");
function namesThreeConditions(norm: string): boolean {
  const seen = new Set<string>();
  ANY_DISEASE.lastIndex = 0;
  for (let m = ANY_DISEASE.exec(norm); m; m = ANY_DISEASE.exec(norm)) {
    for (const key in m.groups) if (m.groups[key] !== undefined) seen.add(key);
    if (seen.size >= 3) return true;
  }
  return false;
}
const TREATS_RE = new RegExp(TREATS);

const EN_WORDS = new Set(
  "the and of to is are with for you your we our this that it be will can in on from have has not".split(" "),
);
const ES_WORDS = new Set(
  "el la los las de del y que en es son con para su sus nuestro nuestra una un por se le lo al no mas".split(
    " ",
  ),
);

type Votes = { en: number; es: number };

/** Stop-word votes for a lower-cased text; Spanish spelling settles short texts ("Células milagrosas."). */
function languageVotes(text: string): Votes {
  const votes = { en: 0, es: 0 };
  const words = /[a-z']+/g;
  for (let m = words.exec(text); m; m = words.exec(text)) {
    if (EN_WORDS.has(m[0])) votes.en++;
    else if (ES_WORDS.has(m[0])) votes.es++;
  }
  if (/[ñáéíóú¿¡]/.test(text)) votes.es++;
  return votes;
}

const verdict = (v: Votes): "en" | "es" | null =>
  v.en === 0 && v.es === 0 ? null : v.es > v.en ? "es" : "en";

// Context rules over the normalised clause before a match.
const NEGATION_EN =
  /\b(?:not|no|never|don't|doesn't|didn't|do not|does not|did not|cannot|can't|won't|will not|isn't|aren't|wasn't|nobody|nothing|neither|nor|without)\b(?:\s+\S+){0,6}\s*$/;
const NEGATION_ES = /\b(?:no|nunca|jamas|ni|tampoco|nadie|ningun|ninguna|sin)\b(?:\s+\S+){0,6}\s*$/;
const HEDGE =
  /\b(?:whether|unknown|we don't know|no sabemos|se desconoce|todavia no|si (?:eso|esto|las celulas)|may|might|could|can potentially|potential(?:ly)?|possibl[ey]|hope|hopefully|aim to|aims to|goal is|in some (?:patients|cases)|puede|pueden|podria|podrian|posible|posiblemente|potencial|quiza|quizas|tal vez|esperamos|en algunos (?:pacientes|casos))\b[^.;!?]*$/;
const WARNING_FRAME =
  /\b(?:beware|be wary|be careful|watch out|red flags?|warning sign|avoid (?:any )?(?:clinics?|places?|anyone|those)|if (?:a|the|any) (?:clinic|doctor|seller|provider|website)|clinics? (?:that|which|who) (?:claim|promise|say|tell|offer|advertise|guarantee|call)|(?:some|many|other|these) (?:clinics|providers|sellers|websites|ads) (?:claim|promise|say|advertise|tell)|(?:claims?|promises?) (?:like|such as)|do not (?:trust|believe)|don't (?:trust|believe)|be suspicious|ask (?:yourself|whether)|myth|fda warns|the fda (?:warns|says)|desconfi\w*|cuidado con|senal(?:es)? de alerta|bandera roja|evite|evitar (?:clinicas|lugares)|si (?:una|la|alguna) clinica|clinicas que (?:prometen|dicen|ofrecen|garantizan|anuncian|aseguran)|(?:algunas|muchas|otras) clinicas (?:prometen|dicen|anuncian|aseguran|ofrecen)|no (?:confie|crea)|promesas como|frases como|nos dijeron|les dijeron|me dijeron|dicen que|prometen que|is that a red flag|es una bandera roja|in (?:one|an|a recent) ad|advertised|promised|anunciaba\w*|prometia\w*|aseguraba\w*|en un anuncio|charlatan\w*|enganos\w*|fraud\w*|scam\w*|estafa\w*|is not the same as|no es lo mismo|si le piden|if (?:they|you are|you're) ask(?:ed)?|legitimate (?:studies|trials)|estudios legitimos|experts? (?:say|said|warn)|especialistas (?:consultados|advierten)|is it true|es cierto|es verdad|alguien sabe|does anyone know|should (?:i|we) believe|claims? that|claimed|afirman que|dijeron que|told (?:us|me|them) that)\b/;

/** Citations make a figure checkable: "(Shang et al., BMC Med 2022)", "Marino 1999", a DOI or a journal. */
const CITATION =
  /\bet al\b|\(\s*[a-z][a-z-]+,? (?:19|20)\d\d|\b(?:19|20)\d\d\)|\bdoi\b|\bmeta-?anali|\bjournal of\b|\bpubmed\b|\bnat(?:ure)? commun|\bbmc\b|\blancet\b|\bnejm\b|\bphase (?:1|2|3|i|ii|iii) (?:trial|study)\b/;
/** Diseases listed as research topics, not as what this clinic treats. */
const RESEARCH_FRAME =
  /\b(?:studied|being studied|under study|trials? (?:for|in)|se estudian|en estudio|ensayos? (?:para|en|clinicos)|investiga\w*|research(?:ers)?)\b/;

function clauseBefore(text: string, at: number): string {
  let start = at;
  const min = Math.max(0, at - 160);
  while (start > min) {
    const c = text[start - 1];
    if (c === "." || c === "!" || c === "?" || c === ";" || c === "\n") break;
    // A contrastive "but"/"pero" starts a new claim: "not a cure, but you will walk again".
    if (
      c === " " &&
      (text.startsWith("but ", start) || text.startsWith("pero ", start) || text.startsWith("sino ", start))
    )
      break;
    start--;
  }
  return text.slice(start, at);
}

function sentenceAround(text: string, from: number, to: number): string {
  let s = from;
  while (s > 0 && !".!?\n".includes(text[s - 1]!)) s--;
  let e = to;
  while (e < text.length && !".!?\n".includes(text[e]!)) e++;
  return text.slice(Math.max(0, s - 200), e);
}

/** A quoted span ("…") whose sentence frames it as someone else's claim. */
function insideQuote(text: string, at: number): boolean {
  let quotes = 0;
  const from = Math.max(0, at - 200);
  for (let i = from; i < at; i++) if (text[i] === '"') quotes++;
  return quotes % 2 === 1;
}

/** Sentence-level checks are the costly part; one scan asks about the same sentence many times. */
type FrameCache = Map<string, boolean>;
function framed(cache: FrameCache, re: RegExp, sentence: string): boolean {
  const key = `${re === WARNING_FRAME ? "w" : re === CITATION ? "c" : "r"}${sentence}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = re.test(sentence);
    cache.set(key, hit);
  }
  return hit;
}

function suppressed(norm: string, start: number, end: number, code: RedFlagCode, cache: FrameCache): boolean {
  if (code === "unsupported-evidence" && framed(cache, CITATION, sentenceAround(norm, start, end)))
    return true;
  if (code === "panacea" && framed(cache, RESEARCH_FRAME, sentenceAround(norm, start, end))) return true;
  const before = clauseBefore(norm, start);
  // Both languages' negations: texts mix them, and an entry's language is only its usual one.
  if (NEGATION_EN.test(before) || NEGATION_ES.test(before)) return true;
  if (HEDGE.test(before)) return true;
  const sentence = sentenceAround(norm, start, end);
  if (framed(cache, WARNING_FRAME, sentence)) return true;
  if (insideQuote(norm, start) && WARNING_FRAME.test(norm.slice(Math.max(0, start - 300), start)))
    return true;
  return false;
}

function panaceaFindings(norm: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  // Sentences (or list-like lines) that offer one treatment for three or more unrelated conditions.
  const sentenceRe = /[^.!?\n]+(?:[.!?\n]|$)/g;
  for (let m = sentenceRe.exec(norm); m; m = sentenceRe.exec(norm)) {
    const sentence = m[0];
    if (!TREATS_RE.test(sentence)) continue;
    const found = new Map<string, { start: number; end: number }>();
    for (const d of DISEASE_RES) {
      d.re.lastIndex = 0;
      const hit = d.re.exec(sentence);
      if (hit) found.set(d.name, { start: m.index + hit.index, end: m.index + hit.index + hit[0].length });
    }
    if (found.size >= 3) {
      const spans = [...found.values()];
      out.push({ start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) });
    }
  }
  return out;
}

export function scanText(text: string, opts: { locale?: "en" | "es" } = {}): ScanReport {
  const { text: norm, toOriginal } = normalise(text);
  // Language per paragraph; the whole text is "mixed" when paragraphs disagree. Stop-words need no accent
  // folding, so a plain lower-casing is enough, and the paragraphs' votes add up to the whole text's.
  const langs = new Set<"en" | "es">();
  const total: Votes = { en: 0, es: 0 };
  for (const p of text.toLowerCase().split(/\n\s*\n/)) {
    const votes = languageVotes(p);
    total.en += votes.en;
    total.es += votes.es;
    const l = verdict(votes);
    if (l) langs.add(l);
  }
  const overall = verdict(total) ?? opts.locale ?? "en";
  const language: ScanReport["language"] = langs.size > 1 ? "mixed" : overall;
  const explainIn = opts.locale ?? (language === "mixed" ? "en" : language);

  const raw: Array<{ code: RedFlagCode; start: number; end: number }> = [];
  const cache: FrameCache = new Map();
  for (const { code, re } of BY_CODE) {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (!suppressed(norm, start, end, code, cache)) raw.push({ code, start, end });
    }
  }
  if (namesThreeConditions(norm))
    for (const p of panaceaFindings(norm))
      if (!suppressed(norm, p.start, p.end, "panacea", cache)) raw.push({ code: "panacea", ...p });

  // One finding per code and place: overlapping matches of the same code merge.
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const findings: Finding[] = [];
  for (const r of raw) {
    const prev = findings.findLast((f) => f.code === r.code);
    const start = toOriginal[r.start]!;
    const end = toOriginal[r.end - 1]! + 1;
    if (prev && start < prev.end) {
      if (end > prev.end) {
        prev.end = end;
        prev.excerpt = text.slice(prev.start, end);
      }
      continue;
    }
    findings.push({
      code: r.code,
      severity: SEVERITY[r.code],
      start,
      end,
      excerpt: text.slice(start, end),
      explanation: EXPLANATIONS[explainIn][r.code],
    });
  }
  findings.sort(
    (a, b) => a.start - b.start || RED_FLAG_CODES.indexOf(a.code) - RED_FLAG_CODES.indexOf(b.code),
  );
  return { language, findings };
}
