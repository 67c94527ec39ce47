import { EXPLANATIONS, RED_FLAG_CODES, type RedFlagCode, SEVERITY, type Severity } from "./codes.js";
import { DISEASES, LEXICON, ONE_TREATMENT, TREATS } from "./lexicon.js";
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
 * Spanish (detected per passage), skips those that are negated, hedged, asked about, quoted as someone
 * else's words, or mentioned as something to beware of, and explains each in the reader's language. A
 * disclaimer never cancels a separate claim: each match is judged in its own clause, and a negation that
 * belongs to an earlier claim ("sin efectos secundarios y con 95% de éxito") does not reach a later one.
 */

// One regular expression per code (its entries as plain alternatives: capture groups would cost time on
// every match and nothing reads them), so claims of different kinds that overlap ("you will walk again" is a
// guarantee and a cure claim) are all found. A cheap trigger test skips a code's big expression when none of
// its key stems occurs in the text.
const TRIGGERS: Partial<Record<RedFlagCode, RegExp>> = {
  "guaranteed-outcome":
    /guar|garan|gurant|promis|promet|assur|asegur|ensur|certain|sure|bound|refund|reembol|devol|money|100|cien|word|palabra|will|'ll|going to|gonna|va a|vas a|van a|volver|todos|nadie|nobody|no one|si no|every|each|all our|deliver|seguro|hecho|firm/,
  "cure-claim":
    /cur|heal|repair|regen|revers|revert|revier|rebuil|regr|restor|reconn|recon|rewir|fix|gone|disappear|vanish|walk|stand|stood|wheel|feet|recover|regain|neuron|axon|nerv|camin|silla|sana|repar|restaur|cicatriz|arregl|recuper|devuelv|desapare|lesion|convier/,
  "miracle-hype":
    /mirac|milagr|breakthrough|revolu|game|wonder|groundbreak|paradigm|marvel|parteaguas|avance|juego|antes y un/,
  "absolute-safety":
    /risk|riesg|side|effect|efecto|complica|advers|danger|peligr|safe|segur|harm|inocu|wrong|mal\b|libre|nul/,
  "regulatory-misuse":
    /fda|cofepris|who|ministry|government|imss|ssa|secretaria|gobierno|oms|licen|permi|registr|certif|acredit|accredit|inspec|approv|aprob|aval|respald|nct|clinicaltrials|authori|autoriz|recogni|reconoc|valid|endors|backed/,
  "pay-to-participate":
    /pa[iyg]|fee|cost|contribu|donat|charge|member|cuota|aport|donativo|inscrip|cooperac|inversi|\$|usd|mxn|peso|dolar|dollar/,
  "downplays-rehabilitation": /rehab|therap|physio|\bpt\b|terap|fisio/,
  "pressure-tactics":
    /spot|slot|place|seat|bed|opening|lugar|espacio|cupo|cama|cita|fecha|full|limit|price|rate|discount|offer|promo|deal|sale|precio|descuento|oferta|tarifa|preventa|today|now|hoy|ya\b|ahora|lock|secure|only|solo|keep|hold|lose|forfeit|liberar|perder|otr[oa]|other|enrol|registration|inscrip|refundable|wait|hurry|chance|oportunidad|miss|pierda|pasar|ultim|agot|acab|llen|aprovech|hasta|last|before|antes/,
  "unsupported-evidence":
    /prov|valid|verif|document|demonstr|back|support|studi|research|scien|data|evidence|trial|outcome|result|%|out of|\bof\b|\bin\b|rate|thousand|hundred|comprob|prob|demostr|estudio|ciencia|investiga|datos|evidencia|respald|avalad|sustent|de cada|tasa|miles|cientos|exito|interno|internal/,
  "opaque-cell-source":
    /propriet|secret|intellectual|intelectual|exclusiv|formula|signature|confiden|patent|undisclos|disclos|internal|intern|reserv|releas|entreg|compart|revel|muestr|proporcion|share|reveal|send|tell|provide|show|prefiere/,
};
/** The top-level alternatives of a pattern. */
function alternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

/**
 * A code's entries as one expression. The word boundary most alternatives start with is tested once per
 * position instead of once per alternative: inside a word the whole expression fails at once, which is most
 * of the speed of a scan.
 */
function compile(patterns: string[]): RegExp {
  const atWord: string[] = [];
  const other: string[] = [];
  for (const alt of patterns.flatMap(alternatives)) {
    if (alt.startsWith("\\b")) atWord.push(alt.slice(2));
    else other.push(alt);
  }
  const parts = [...(atWord.length ? [`\\b(?:${atWord.join("|")})`] : []), ...other];
  return new RegExp(parts.join("|"), "g");
}

const BY_CODE = RED_FLAG_CODES.map((code) => ({
  code,
  re: compile(LEXICON.filter((e) => e.code === code).map((e) => e.pattern)),
  trigger: TRIGGERS[code],
})).filter((c) => LEXICON.some((e) => e.code === c.code));

/** A cheap first pass: the panacea rule only runs on texts naming three or more different conditions. */
/** Each condition's pattern, matched from the start of a word. */
const DISEASE_PATTERNS = DISEASES.map((d) => ({
  name: d.name,
  pattern: alternatives(d.pattern)
    .map((a) => (a.startsWith("\\b") ? a : `\\b${a}`))
    .join("|"),
}));
const DISEASE_RES = DISEASE_PATTERNS.map((d) => ({ name: d.name, re: new RegExp(d.pattern, "g") }));
const ANY_DISEASE = compile(DISEASE_PATTERNS.map((d) => d.pattern));
const WHOLE_DISEASE = DISEASE_PATTERNS.map((d) => ({ name: d.name, re: new RegExp(`^(?:${d.pattern})`) }));
function namesThreeConditions(norm: string): boolean {
  const seen = new Set<string>();
  ANY_DISEASE.lastIndex = 0;
  for (let m = ANY_DISEASE.exec(norm); m; m = ANY_DISEASE.exec(norm)) {
    const found = WHOLE_DISEASE.find((d) => d.re.test(norm.slice(m!.index, m!.index + 60)));
    if (found) seen.add(found.name);
    if (seen.size >= 3) return true;
  }
  return false;
}
const TREATS_RE = new RegExp(TREATS);
const ONE_TREATMENT_RE = new RegExp(ONE_TREATMENT);

const EN_WORDS =
  /\b(?:the|and|of|to|is|are|with|for|you|your|we|our|this|that|it|be|will|can|in|on|from|have|has|not)(?![a-z'])/g;
const ES_WORDS =
  /\b(?:el|la|los|las|de|del|y|que|en|es|son|con|para|su|sus|nuestro|nuestra|una|un|por|se|le|lo|al|no|mas)(?![a-z'])/g;

type Votes = { en: number; es: number };

/** Stop words in a lower-cased text (a word is a run of a-z and apostrophes). */
function countWords(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index === 0 || text.charCodeAt(m.index - 1) !== 39) n++;
  }
  return n;
}

/** Stop-word votes for a lower-cased text; Spanish spelling settles short texts ("Células milagrosas."). */
function languageVotes(text: string): Votes {
  const votes = { en: countWords(EN_WORDS, text), es: countWords(ES_WORDS, text) };
  if (/[ñáéíóú¿¡]/.test(text)) votes.es++;
  return votes;
}

const verdict = (v: Votes): "en" | "es" | null =>
  v.en === 0 && v.es === 0 ? null : v.es > v.en ? "es" : "en";

// ── Context rules ─────────────────────────────────────────────────────────────────────────────────────

/** Negations in both languages (texts mix them). */
const NEGATOR =
  /\b(?:not|no|never|don't|doesn't|didn't|do not|does not|did not|cannot|can't|won't|will not|isn't|aren't|wasn't|weren't|nobody|no one|nothing|neither|nor|without|dont|doesnt|didnt|cant|wont|isnt|arent|nunca|jamas|ni|tampoco|nadie|ningun|ninguna|ninguno|sin)\b/g;
/** Negators that affirm: "not only", "no doubt", "nothing short of", "sin duda". */
const AFFIRMING =
  /^(?:not only|not just|no doubt|no wonder|no matter|no less|nothing short|nothing less|nothing but|no solo|no solamente|sin duda|nada menos|no cabe duda|no hay duda)/;
/**
 * A negated act of saying, promising or showing covers the whole clause after it, commas included: "we never
 * tell patients they will walk again", "no le vamos a decir que es una cura ni que va a volver a caminar",
 * "there are no trials showing that stem cells restore walking".
 */
const SPEECH =
  /^(?:\S+\s+){0,5}?(?:promis\w*|guarantee\w*|say|said|says|tell|told|claim\w*|call\w*|use the word|offer\w*|sell\w*|advertis\w*|believe\w*|expect\w*|mean|means|predict\w*|show\w*|prove\w*|evidence|studies|trials?|data|proof|know|sabemos|saber|prometer|promet\w*|garantiz\w*|decir\w*|decimos|dice\w*|digo|dijo|asegur\w*|llama\w*|usa\w*|ofrec\w*|vend\w*|anunci\w*|cre[ae]\w*|significa|quiere decir|esper\w*|estudios|ensayos|evidencia|pruebas|predecir)\b/;
/** Where a narrow negation stops: a comma that starts a new phrase, or "and/y" before a new verb. */
const NEG_BREAK =
  /,\s(?!(?:or|nor|ni|o|u)\b)|\s(?:y|and|e)\s(?:es|esta|son|estan|tiene|tienen|con|is|are|has|have|it's|with|comes)\b/;

const HEDGE =
  /\b(?:whether|unknown|we don't know|no sabemos|se desconoce|todavia no|si (?:eso|esto|las celulas)|may|might|could|can potentially|potential(?:ly)?|possibl[ey]|hope\w*|aim to|aims to|goal is|in some (?:patients|cases)|some patients|sometimes|dream\w*|wish\w*|search(?:ing)? for|looking for|puede|pueden|podria|podrian|posible|posiblemente|posibilidad|potencial|quiza|quizas|tal vez|esperamos|esperanza|ojala|suen\w*|busca\w*|busqueda|en algunos (?:pacientes|casos)|algunos pacientes|a veces)\b/;

const WARNING_FRAME =
  /\b(?:beware|be wary|be careful|watch out|red[- ]flags?|warning signs?|avoid (?:any )?(?:clinics?|places?|anyone|those)|if (?:a|the|any|that|this|one|the same|a single|your) (?:clinic|doctor|seller|provider|website|salesperson|salesman|ad)|clinics? (?:that|which|who) (?:claim|promise|say|tell|offer|advertise|guarantee|call|charge|ask)|(?:some|many|other|these|those) (?:clinics|providers|sellers|websites|ads|pages) (?:claim|promise|say|advertise|tell|offer)|unlike (?:clinics|other clinics|those|some)|(?:claims?|promises?|phrases?|words) (?:like|such as)|do not (?:trust|believe)|don't (?:trust|believe)|be suspicious|ask (?:yourself|whether)|myth|fda warns|the fda (?:warns|says)|desconfi\w*|cuidado con|senal(?:es)? de alerta|bandera roja|evite|evitar (?:clinicas|lugares)|si (?:una|la|alguna|el|un|algun) (?:clinica|vendedor|vendedora|medico|doctor|asesor|pagina|anuncio)|clinicas que (?:prometen|dicen|ofrecen|garantizan|anuncian|aseguran|cobran)|(?:algunas|muchas|otras) clinicas (?:prometen|dicen|anuncian|aseguran|ofrecen)|a diferencia de|no (?:confie|crea)|promesas como|frases como|palabras como|nos dijeron|les dijeron|me dijeron|dicen que|prometen que|is that a red flag|es una bandera roja|in (?:one|an|a recent) ad|advertised|promised|anunciaba\w*|prometia\w*|aseguraba\w*|ofrecia\w*|decia\w*|en un anuncio|charlatan\w*|enganos\w*|engano|fraud\w*|scam\w*|estafa\w*|is not the same as|no es lo mismo|si le piden|if (?:they|you are|you're) ask(?:ed)?|legitimate (?:studies|trials)|estudios legitimos|experts? (?:say|said|warn)|especialistas (?:consultados|advierten|advirtieron)|is it true|es cierto|es verdad|alguien sabe|does anyone know|anyone know|should (?:i|we) believe|claims? that|claimed|afirman que|dijeron que|told (?:us|me|them) that|walk away|run away|alejese|busque otra (?:opcion|clinica)|supuest[oa]s?|so-called|alleged\w*|presunt\w*)\b/;
/** Scepticism or a journalist's distance in a neighbouring sentence: "is that even possible??", "called it irresponsible". */
const NEIGHBOUR_FRAME =
  /\b(?:is (?:that|this|it) (?:even )?(?:possible|true|normal|legit|real|right|safe)|is this (?:legit|normal|true|a scam)|does (?:that|this) mean|too good to be true|should (?:i|we) (?:believe|trust|worry)|(?:es|sera) (?:eso )?(?:normal|cierto|verdad|posible)|se me hace raro|demasiado bueno|called it (?:irresponsible|misleading|false|dangerous|a lie)|irresponsible|misleading|deceptive|false advertising|publicidad enganosa|no (?:esta|es) permitid\w*|not (?:allowed|permitted|legal)|ilegal|illegal|clausur\w*|shut (?:it |them )?down|took (?:the site|it|them) down|retir(?:o|aron) (?:el anuncio|la publicidad)|went silent|no hay ningun (?:articulo|estudio)|there (?:is|was) no (?:paper|study|publication)|asked for (?:the|a) (?:paper|study|evidence|proof|source|publication)|walk away|run away|alejese|busque otra (?:opcion|clinica)|experts? (?:say|said|warn\w*|consulted|we consulted)|especialistas (?:consultados|advirtieron|advierten)|neurolog\w* (?:interviewed|consultad\w*)|warning sign|senal de alerta|bandera roja|red[- ]flag|pulled it|we pulled|lo retiramos)\b/;
/** What frames a quoted phrase as someone else's words or as a word under discussion. */
const QUOTE_FRAME =
  /\b(?:the words?|words like|the phrase|phrases?|terms? like|la palabra|palabras|la frase|frases|printed|wrote|read (?:the|a|on)|billboard|flyer|brochure|poster|banner|advert\w*|commercial|folleto\w*|espectacular|anuncio\w*|publicidad|cartel|volante|cotizacion|transmision|checklist|(?:clinic|clinica|they|ellos|seller|vendedor\w*|salesman|salesperson|rep|receptionist|recepcionista|coordinator|coordinadora|website|site|pagina|ad)(?:'s)?\W+(?:\w+ ){0,2}(?:says?|said|told|tells|claims?|claimed|promised|dice|dicen|dijo|dijeron|decia|aseguro|asegura|prometio|promete|calls?|llama)|(?:told|tells) (?:me|us)|me (?:dijeron|contestaron)|nos (?:dijeron|contestaron)|les dijeron|decia\w*|prometia\w*|anunciaba\w*|aseguraba\w*|ofrecia\w*|afirmaba\w*|sacaban|insist\w*|supuest[oa]s?|so-called|alleged\w*|presunt\w*|according to|segun (?:la|el) (?:clinica|anuncio|vendedor))\b/;

/** Citations make a figure checkable: "(Shang et al., BMC Med 2022)", "Marino 1999", a DOI or a journal. */
const CITATION =
  /\bet al\b|\(\s*[a-z][a-z-]+,? (?:19|20)\d\d|\b(?:19|20)\d\d\)|\bdoi\b|\bmeta-?anali|\bjournal of\b|\bpubmed\b|\bnat(?:ure)? commun|\bbmc\b|\blancet\b|\bnejm\b|\bcytotherapy\b|\bstem cell res\b|\bj transl med\b|\bphase (?:1|2|3|i|ii|iii) (?:trial|study)\b|\bensayo (?:clinico )?de fase\b|\by colaboradores\b/;
/** Diseases listed as research topics, not as what this clinic treats. */
const RESEARCH_FRAME =
  /\b(?:studied|being studied|under study|trials? (?:for|in)|se estudian|en estudio|ensayos? (?:para|en|clinicos)|investiga\w*|research(?:ers)?)\b/;
/** Conditions named to be excluded or referred elsewhere: "autism and diabetes are outside what we do". */
const NOT_OFFERED =
  /\b(?:outside (?:what|of what) we|(?:we )?(?:don't|do not|doesn't|does not|won't|will not) (?:treat|offer|see|accept)|(?:no|nunca) (?:tratamos|atendemos|ofrecemos|aceptamos)|(?:we )?(?:only|solely) (?:treat|see|accept|offer)|solo (?:para|atendemos|vemos|tratamos|aceptamos|ofrecemos)|is only for|es solo para|exclu\w*|contraindica\w*|criteria|criterios|screening|tamizaje|history of|antecedentes|su medico de siempre|your (?:own|regular) doctor)\b/;
/** Patient privacy, where "confidential" is a virtue: "your records are confidential". */
const PRIVACY =
  /\b(?:privacy|privacidad|personal data|datos personales|only (?:with|to) you|solo (?:con|a) usted|your (?:medical )?records|medical records|expediente|hipaa|other patients|otros pacientes|patients' (?:names|identities))\b/;
/** Paying to take part only makes sense in a text about a study, trial or research programme. */
const RESEARCH_DOC =
  /\b(?:clinical (?:study|trial)|research|trials?|cohort|investigational|stud(?:y|ies)|participa\w*|ensayo\w*|investigacion|protocolo de (?:investigacion|estudio)|estudio (?:clinico|de investigacion|experimental|observacional|piloto|fase)|(?:el|este|nuestro|un|al|del) estudio\b(?! de (?:resonancia|laboratorio|imagen|sangre|orina|gabinete)))/;
const DOC_GATE: Partial<Record<RedFlagCode, RegExp>> = { "pay-to-participate": RESEARCH_DOC };

/** Openers of rhetorical sales questions, which still make a claim: "Why spend years in a rehab gym?" */
const RHETORICAL =
  /^[\s¿"'(-]*(?:why|want|ready|tired|imagine|what if|did you know|por que|para que|quiere|quieres|listo|lista|cansad[oa]|imagine|imagina|sabia|sabias)\b/;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREV = new Set(
  "al dr dra drs mr mrs ms sr sra srta lic ing vs etc approx aprox fig vol pp st av ave blvd col no e.g i.e esq dept".split(
    " ",
  ),
);

type Sentence = { start: number; end: number; question: boolean };

/**
 * Sentences of the normalised text: ends at . ! ? (a full stop only when a space or the end follows and the
 * word before is not an abbreviation) and at the line breaks of the original, which normalising turned into
 * spaces (list items, headings, chat lines).
 */
function sentences(norm: string, original: string, toOriginal: Int32Array): Sentence[] {
  const breaks: number[] = [];
  for (let j = original.indexOf("\n"); j >= 0; j = original.indexOf("\n", j + 1)) {
    // The first normalised position after the line break.
    let lo = 0;
    let hi = norm.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (toOriginal[mid]! > j) hi = mid;
      else lo = mid + 1;
    }
    if (lo > 0 && lo < norm.length && norm.charCodeAt(lo - 1) === 32) breaks.push(lo);
  }
  const out: Sentence[] = [];
  let start = 0;
  let b = 0;
  const n = norm.length;
  for (let i = 0; i < n; i++) {
    while (b < breaks.length && breaks[b]! <= i) {
      if (breaks[b]! > start) {
        out.push({ start, end: breaks[b]! - 1, question: norm.charCodeAt(breaks[b]! - 2) === 63 });
        start = breaks[b]!;
      }
      b++;
    }
    const c = norm.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let j = i;
    while (
      j + 1 < n &&
      (norm.charCodeAt(j + 1) === 46 || norm.charCodeAt(j + 1) === 33 || norm.charCodeAt(j + 1) === 63)
    )
      j++;
    // Closing quotes or brackets stay with their sentence.
    while (j + 1 < n && (norm[j + 1] === '"' || norm[j + 1] === "'" || norm[j + 1] === ")")) j++;
    if (j + 1 < n && norm.charCodeAt(j + 1) !== 32) {
      i = j;
      continue;
    }
    if (c === 46 && j === i) {
      let w = i;
      while (w > 0 && i - w < 6) {
        const p = norm.charCodeAt(w - 1);
        if ((p < 97 || p > 122) && p !== 46) break;
        w--;
      }
      if (i - w < 6 && ABBREV.has(norm.slice(w, i))) continue;
    }
    let question = false;
    for (let k = i; k <= j; k++) if (norm.charCodeAt(k) === 63) question = true;
    out.push({ start, end: j + 1, question });
    start = j + 2;
    i = j;
  }
  if (start < n) out.push({ start, end: n, question: false });
  if (out.length === 0) out.push({ start: 0, end: n, question: false });
  return out;
}

/** Everything one scan knows about its text, computed on demand and kept for the other matches. */
class Context {
  readonly sents: Sentence[];
  private readonly memo = new Map<string, boolean>();
  private quoteSpans: Array<[number, number]> | undefined;
  constructor(
    readonly norm: string,
    original: string,
    toOriginal: Int32Array,
  ) {
    this.sents = sentences(norm, original, toOriginal);
  }
  sentenceAt(pos: number): number {
    let lo = 0;
    let hi = this.sents.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sents[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  text(k: number): string {
    const s = this.sents[k];
    return s ? this.norm.slice(s.start, s.end) : "";
  }
  /** Whether re matches sentence k (cached per rule and sentence). */
  test(name: string, re: RegExp, k: number): boolean {
    if (k < 0 || k >= this.sents.length) return false;
    const key = `${name}${k}`;
    let hit = this.memo.get(key);
    if (hit === undefined) {
      hit = re.test(this.text(k));
      this.memo.set(key, hit);
    }
    return hit;
  }
  /** The quoted span ("…" or '…') around a position, if any. */
  quoteAround(pos: number): [number, number] | undefined {
    if (this.quoteSpans === undefined) {
      this.quoteSpans = [];
      const re = /"[^"]{1,400}"|(?<![a-z0-9])'(?:[^']|'(?=[a-z])){1,300}?'(?![a-z])/g;
      for (let m = re.exec(this.norm); m; m = re.exec(this.norm))
        this.quoteSpans.push([m.index, m.index + m[0].length]);
    }
    return this.quoteSpans.find(([a, b]) => a < pos && pos < b);
  }
}

/** The clause before a match: back to the sentence start, a semicolon, a contrast ("but", "pero", "sino"). */
function clauseBefore(ctx: Context, at: number, floor: number): string {
  const text = ctx.norm;
  let start = at;
  const min = Math.max(floor, at - 200);
  while (start > min) {
    const c = text[start - 1];
    if (c === ";") break;
    if (
      c === " " &&
      (text.startsWith("but ", start) ||
        text.startsWith("pero ", start) ||
        text.startsWith("sino ", start) ||
        text.startsWith("however ", start) ||
        text.startsWith("sin embargo ", start) ||
        text.startsWith("yet ", start))
    )
      break;
    start--;
  }
  return text.slice(start, at);
}

function negated(clause: string): boolean {
  NEGATOR.lastIndex = 0;
  for (let m = NEGATOR.exec(clause); m; m = NEGATOR.exec(clause)) {
    const after = clause.slice(m.index);
    if (AFFIRMING.test(after)) continue;
    const rest = clause.slice(m.index + m[0].length);
    if (SPEECH.test(rest.trimStart())) return true;
    // A narrow negation: a few words, not across a new phrase.
    if (NEG_BREAK.test(rest)) continue;
    const words = rest.trim() === "" ? 0 : rest.trim().split(/\s+/).length;
    if (words <= 6) return true;
  }
  return false;
}

function suppressed(ctx: Context, start: number, end: number, code: RedFlagCode, floor: number): boolean {
  const k = ctx.sentenceAt(start);
  const sent = ctx.sents[k]!;
  if (code === "unsupported-evidence" && ctx.test("c", CITATION, k)) return true;
  if (code === "opaque-cell-source" && ctx.test("p", PRIVACY, k)) return true;
  const clause = clauseBefore(ctx, start, Math.max(sent.start, floor));
  if (negated(clause)) return true;
  if (HEDGE.test(clause)) return true;
  // A question asks about a claim rather than making it ("Is it a miracle? No."), unless it is a sales line.
  if (sent.question && end <= sent.end && !RHETORICAL.test(ctx.text(k))) return true;
  if (ctx.test("w", WARNING_FRAME, k)) return true;
  // A list introduced as warnings: "Red-flag checklist:" followed by one item per line.
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const t = ctx.text(j);
    if (t.endsWith(":") && ctx.test("w", WARNING_FRAME, j)) return true;
    if (t.length > 160) break;
  }
  const quote = ctx.quoteAround(start);
  if (quote) {
    const q = ctx.sentenceAt(quote[0]);
    for (let j = Math.min(q, k) - 1; j <= k + 1; j++)
      if (
        ctx.test("q", QUOTE_FRAME, j) ||
        ctx.test("n", NEIGHBOUR_FRAME, j) ||
        (j !== k && ctx.test("w", WARNING_FRAME, j))
      )
        return true;
  }
  if (ctx.test("n", NEIGHBOUR_FRAME, k - 1) || ctx.test("n", NEIGHBOUR_FRAME, k + 1)) {
    // Only for short texts (a post, a news brief): in a long page the next sentence is a separate matter.
    if (ctx.sents.length <= 4) return true;
  }
  return false;
}

/**
 * Sentences (or a run of short ones: "¿Diabetes? ¿Artritis? ¿Lesión medular? Una sola terapia…") that offer
 * one treatment for three or more unrelated conditions.
 */
function panaceaFindings(ctx: Context): Array<{ start: number; end: number; k: number; last: number }> {
  const out: Array<{ start: number; end: number; k: number; last: number }> = [];
  const hits = ctx.sents.map((s) => {
    const text = ctx.norm.slice(s.start, s.end);
    const found = new Map<string, { start: number; end: number }>();
    for (const d of DISEASE_RES) {
      d.re.lastIndex = 0;
      const hit = d.re.exec(text);
      if (hit) found.set(d.name, { start: s.start + hit.index, end: s.start + hit.index + hit[0].length });
    }
    return found;
  });
  const oneTreatment = (k: number) => ctx.test("o", ONE_TREATMENT_RE, k);
  for (let k = 0; k < ctx.sents.length; k++) {
    let found = hits[k]!;
    let last = k;
    let ok = false;
    if (found.size >= 3)
      ok = ctx.test("t", TREATS_RE, k) || oneTreatment(k) || oneTreatment(k - 1) || oneTreatment(k + 1);
    else if (found.size >= 1) {
      // A run of short sentences sharing one product.
      const merged = new Map(found);
      let length = ctx.sents[k]!.end - ctx.sents[k]!.start;
      let anyOne = oneTreatment(k);
      for (let j = k + 1; j < ctx.sents.length && j <= k + 4; j++) {
        length += ctx.sents[j]!.end - ctx.sents[j]!.start;
        if (length > 260) break;
        for (const [name, span] of hits[j]!) if (!merged.has(name)) merged.set(name, span);
        anyOne ||= oneTreatment(j);
        last = j;
        if (merged.size >= 3 && anyOne) break;
      }
      if (merged.size >= 3 && anyOne) {
        found = merged;
        ok = true;
      }
    }
    if (!ok) continue;
    const spans = [...found.values()];
    out.push({
      start: Math.min(...spans.map((s) => s.start)),
      end: Math.max(...spans.map((s) => s.end)),
      k,
      last,
    });
    k = last;
  }
  return out;
}

function panaceaSuppressed(ctx: Context, p: { start: number; k: number; last: number }): boolean {
  for (let j = p.k; j <= p.last; j++)
    if (ctx.test("r", RESEARCH_FRAME, j) || ctx.test("x", NOT_OFFERED, j) || ctx.test("w", WARNING_FRAME, j))
      return true;
  if (ctx.test("x", NOT_OFFERED, p.last + 1)) return true;
  const k = p.k;
  const clause = clauseBefore(ctx, p.start, ctx.sents[k]!.start);
  if (negated(clause) || HEDGE.test(clause)) return true;
  if (ctx.quoteAround(p.start)) {
    for (let j = k - 1; j <= p.last + 1; j++)
      if (ctx.test("q", QUOTE_FRAME, j) || ctx.test("n", NEIGHBOUR_FRAME, j)) return true;
  }
  if (
    ctx.sents.length <= 4 &&
    (ctx.test("n", NEIGHBOUR_FRAME, k - 1) || ctx.test("n", NEIGHBOUR_FRAME, p.last + 1))
  )
    return true;
  return false;
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

  const matches: Array<{ code: RedFlagCode; start: number; end: number }> = [];
  for (const { code, re, trigger } of BY_CODE) {
    if (trigger && !trigger.test(norm)) continue;
    const gate = DOC_GATE[code];
    if (gate && !gate.test(norm)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      matches.push({ code, start: m.index, end: m.index + m[0].length });
    }
  }

  const raw: Array<{ code: RedFlagCode; start: number; end: number }> = [];
  let ctx: Context | undefined;
  if (matches.length > 0) {
    ctx = new Context(norm, text, toOriginal);
    // In text order, so that a claim's own negation ("sin efectos secundarios") never reaches the next claim.
    matches.sort((a, b) => a.start - b.start || b.end - a.end);
    let claimEnd = 0;
    for (const m of matches) {
      let floor = 0;
      if (claimEnd <= m.start) floor = claimEnd;
      else for (const r of raw) if (r.end <= m.start && r.end > floor) floor = r.end;
      if (suppressed(ctx, m.start, m.end, m.code, floor)) continue;
      raw.push(m);
      if (m.end > claimEnd) claimEnd = m.end;
    }
  }
  if (namesThreeConditions(norm)) {
    ctx ??= new Context(norm, text, toOriginal);
    for (const p of panaceaFindings(ctx))
      if (!panaceaSuppressed(ctx, p)) raw.push({ code: "panacea", start: p.start, end: p.end });
  }

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
