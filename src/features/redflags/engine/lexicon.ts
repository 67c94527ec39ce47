import type { RedFlagCode } from "./codes.js";

/**
 * The red-flag lexicon, as data a reviewer can read. Each entry is a regular expression over normalised
 * text (lower case, accents removed, whitespace collapsed, straight quotes) with the basis for it. Matches
 * are then checked for negation, hedging, questions, quotation and warning frames (see index.ts). Basis
 * references: "contract" = shared/redflag-codes.md; "lexicon" = shared/reference/domain-standards.md §4.4;
 * "corpus rules" = the labelling rules in corpus/redflags/README.md.
 *
 * Patterns are built from word families (stems with inflections), synonyms and word-order variants rather
 * than single phrases. The fragments below are shared by several entries. `lang` says which language an
 * entry is written for ("any": both, or language-neutral such as regulators and figures); every entry runs on
 * every text, since clinics mix the two. Entries start at a word (\b); a few words of gap inside a claim never
 * contain a negation (see temperWordGaps), and an anchor on a rarer word with a look-behind for the rest
 * keeps the scan fast (index.ts compiles each code into a few expressions under V8's size limits).
 */
export type LexiconEntry = { code: RedFlagCode; lang: "en" | "es" | "any"; pattern: string; basis: string };

const r = String.raw;
const W = "\\w*"; // the rest of a word (inflections)

/** Words that turn a span into its opposite; a "gap" between two parts of a claim must not contain them. */
const STOP = r`\b(?:n(?:o(?:t|thing|ne|body)?|ever|i|unca|ada(?! mas)|ingun[oa]?)|whether|jamas|sin|without|\w+n't|(?:do|does|is|are|ca|wo)nt)\b`;
/** Up to n characters of the same clause with no negation in them. */
const gap = (n: number, stop = STOP, chars = "[^.;!?]") => r`(?:(?!${stop})${chars}){0,${n}}?`;
/** Free-of-charge words: "the study is free" is the opposite of paying to take part. */
const FREE = r`\b(?:free|gratis|gratuit[oa]|nothing|nada|no cost|sin costo|no charge|covers?|cubre)\b`;

// Rehabilitation, as opposed to the cell "therapy" itself.
const REHAB_EN = r`(?:rehab${W}|physical therap${W}|physiotherap${W}|physio\b|pt\b|therapists?\b|(?:rehab |therapy )?gym\b|therap(?:y|ies)\b(?<!(?:cell|cellular|stem|gene|regenerative|iv|infusion) therap(?:y|ies))(?! (?:with|using|of)\b))`;
const REHAB_ES = r`(?:rehabilitacion\w*|fisioterap\w*|kinesiolog\w*|terapia fisica|terapias? de rehabilitacion|fisio\b|gimnasio\b|terapias?\b(?! (?:celular|con celulas|regenerativa|genica|con exosomas|de celulas)))`;

// Results a clinic might promise.
const RESULT_EN = r`(?:be back on (?:his|her|their|your|my) feet|walk${W}|improve${W}|recover${W}|regain${W}|get better|be walking|stand|move (?:his|her|their|your|my) legs|feel (?:his|her|their|your|my) legs|see (?:real |big |huge |measurable |visible |clear )?(?:results|improvement|progress|changes|gains)|get (?:(?:your|his|her|their|my) (?:\w+ )?\w+ back|back (?:the |full )?(?:use|function|feeling|movement|control) of)|notice${W} (?:a |the |real |big |huge )?(?:difference|change|changes|improvement|results)|(?:feel|see) (?:a |the |real |big )?(?:difference|improvement))`;
const RESULT_ES = r`(?:(?<!\b(?:lo|la|el|los|las|de lo) )mejor${W}|camin${W}|recuper${W}|volver${W} a caminar|resultados?|avances?|cambios?|sentir${W}|mover${W}|funciona${W}|sanar${W}|cur(?:ar|ara|e)\b)`;
const WILL_EN = r`(?:'ll| will| are going to| is going to|'re going to|'s going to| are gonna| is gonna)`;
const WHO_EN = r`(?:you|he|she|they|(?:your|my|his|her|our|their) (?:son|daughter|child|kid|husband|wife|mother|father|mom|mum|dad|loved one|brother|sister|patient|boy|girl)|our patients|every patient|all (?:of )?our patients)`;

// Sources, labs and documents a clinic may hide.
const SUBJ_EN = r`(?:(?:its|their|the lab's) (?:name|location)\b|paperwork\b|batch (?:documentation|records|documents)|documentation\b|lab\b|labs\b|laborator${W}|coa\b|certificates? of analysis|(?:lab |the |cell |batch )?certificates?\b|source of the cells|cell source|source\b|origin\b|cell type|type of cells?|culture method|method\b|composition|supplier|formula\b|details\b|protocol\b|process\b|technique\b|(?:cell |stem cell )?bank\b|donors?\b|cell lines?\b|cell products?\b|where (?:do |does )?(?:the |our |these )?cells (?:come|are (?:made|grown))|how (?:the |our |these )?cells are (?:grown|made|processed|cultured|produced))`;
const SUBJ_ES = r`(?:(?:su|el) nombre (?:del laboratorio)?|papeles\b|laboratorio\w*|certificado(?: de analisis)?|coa\b|origen\b|fuente\b|tipo de celulas?|cultivo\b|metodo\b|composicion|proveedor\w*|formula\b|detalles\b|protocolo\b|proceso\b|tecnica\b|banco\b|donador\w*|donante\w*|lineas? celular${W}|producto celular\b|procedencia|resultados de laboratorio|de donde (?:vienen|provienen|salen|se obtienen) las celulas|como se (?:cultivan|obtienen|producen) las celulas)`;
const HIDDEN = r`(?:secret sauce|salsa secreta|secret recipe|receta (?:secreta|de la casa)|secreto industrial|trade secret|propiedad (?:industrial|intelectual)|intellectual property|confidential|secret|a secret|informacion sensible|sensitive information|protected information|informacion protegida|classified|undisclosed|proprietary|internal (?:documents?|information|use only)|(?:a )?closely guarded secret|confidencial${W}|secret[oa]s?|reservad[oa]s?|documentos? internos?|(?:informacion|information) (?:interna|confidencial|reservada|privilegiada|privileged|classified)|de uso interno|propiedad (?:exclusiva |privada )?de (?:la |nuestra )?(?:clinica|empresa|compania)|(?:the )?(?:exclusive |private )?property of (?:the|our) (?:clinic|company)|protegid\w* por (?:un |una )?(?:acuerdo|contrato|clausula) de confidencialidad|(?:covered|protected) by (?:an? )?(?:nda|non-disclosure|confidentiality) (?:agreement|clause)|under (?:an? )?(?:nda|non-disclosure agreement))`;
/** Refusing to share: an auxiliary ("we can't", "no podemos") before a verb of revealing, or a Spanish verb. */
const REFUSE_AUX = r`(?:can ?not|can't|cant|won't|wont|don't|dont|do not|will not|unable to|not able to|never|not allowed to|not permitted to|(?:prefer|prefers|would rather) not to|(?:preferimos|prefiere|prefieren|prefiero) no|no (?:le |les |te |se lo |se la )?(?:podemos|puedo|podria|podriamos|se puede|estamos autorizados a))`;
const REVEAL = r`(?:send (?:it|them|that|this) out|publish|detallar\w*|explicar\w*|describir\w*|publicar\w*|give (?:that|it|those|them|this) out|mention|mencionar|mencionarle|share|disclose|reveal|provide|show|release|give out|give you|send|tell you|tell u|tell ya|name|say|compartir|compartirle|mostrar|mostrarle|revelar|revelarle|dar|darle|darles|darte|entregar|entregarle|enviar|enviarle|mandar|mandarle|decir|decirle|proporcionar|proporcionarle|divulgar)`;
const REFUSE_ES = r`(?:no (?:le |les |te )?(?:lo |la |los |las )?(?:pasamos|compartimos|mostramos|revelamos|damos|entregamos|enviamos|mandamos|proporcionamos|divulgamos|decimos|informamos|publicamos|detallamos)(?! nosotros\b))`;
const SUBJ = r`(?:${SUBJ_EN}|${SUBJ_ES})`;
const BE = r`(?:(?:that|it|this)'s|is|are|remains?|stays?|es|son|esta|estan|se mantiene${W}|queda${W}|permanece${W})`;
const KEPT = r`(?:confidential|secret|private|confidencial${W}|en secreto|reservad${W}|(?:bajo|en) reserva|en el anonimato|anonim[oa])`;

// Approvals and credentials, and what a clinic says they prove.
const CRED = r`(?:avalad\w*|government (?:itself )?(?:tracks|checks|inspects|monitors|reviews)\w*|habilitad\w*|distintivo\w*|awards?\b|premio\w*|reconocimiento oficial|official recognition|dad[oa]s? de alta|sellos? oficial\w*|official seals?|reviewed (?:our|the|this) (?:product|protocol|treatment)|revis(?:o|aron) (?:el|nuestro) (?:producto|protocolo|tratamiento)|licen[cs]\w*|licencia\w*|permiso\w*|permit\b|regist(?:r|er)\w*|certifi\w*|sign-?off\b|signed off|iso \d+|gmp\b|buenas practicas de fabricacion|acredit\w*|accredit\w*|inspection|inspected|inspeccion\w*|approv\w*|aprob\w*|nct (?:number|\d+)|numero nct|clinicaltrials\.gov|authori[sz]\w*|autoriz\w*)`;
const CRED_LINK = r`(?:you know|means|significa|(?:la mejor |the best )?(?:garantia|guarantee) (?:de que|that)|(?:that|this|it)(?:'s| is) (?:why|how)|so|therefore|(?:eso|esto) (?:demuestra|garantiza|prueba)|(?:that|this) (?:proves|guarantees)|entonces|in other words|put simply|con eso|dicen lo mismo|which (?:means|proves|shows|is)|(?:that|this|it) means|es decir|(?:el |the )?(?:respaldo|aval|backing|endorsement|seal|recognition|reconocimiento) (?:oficial |official )?(?:de que|that)|that'?s why|that is why|reasons? (?:you know|to (?:trust|believe))|your (?:assurance|guarantee)|por (?:lo )?(?:tanto|eso)|asi que|o sea|lo que (?:comprueba|demuestra|prueba|garantiza|significa|quiere decir|respalda|avala|confirma|certifica)|(?:eso|esto) (?:quiere decir|significa)|porque|ya que|que (?:avala|garantiza|demuestra|comprueba|prueba|confirma)|(?:puede|pueden|usted puede) comprobar que|proof that|prueba de que|confirm${W} (?:that|que)|shows? that|showed that|demonstrat${W} that|demostr${W} que|muestra que|(?:we |i )?(?:can )?(?:assure|guarantee|promise)(?: you)?(?: that)?|(?:le |les |te )?(?:aseguramos|garantizamos|prometemos|aseguro|garantizo)(?: que)?)`;
const EFFICACY = r`(?:deliver\w* (?:real )?results|(?:verified|shown|proven|demonstrated|confirmed|tested) to (?:work|be effective)|(?:respald|aval)\w* (?:la |su )?(?:efectividad|eficacia)|(?:can be |be )?(?:confident|certain|sure) (?:that )?(?:our|the|this) (?:therapy|treatment|protocol) (?:is effective|works)|evaluad[oa] y aprobad[oa]|valid\w* que|validated that|confirms? (?:the |our )?results|confirma (?:los|nuestros) resultados|reconoc\w* como (?:(?:un |una )?tratamiento )?eficaz|recogni[sz]\w* as (?:an? )?effective|(?:lo|la) avala\w*|respaldad[oa]s?\b|avalad[oa]s?\b|officially backed|recogni[sz]ed (?:internationally|worldwide|around the world)|reconocid[oa] (?:a nivel mundial|internacionalmente|mundialmente)|signed off on the science|da resultados|gives results|(?:treatment|therapy|cells?|protocol|it|procedure|tratamiento|terapia|celulas|protocolo|procedimiento) (?:\w+ ){0,2}?(?:works?|is effective|are effective|is safe and effective|funciona|funcionan|es eficaz|es efectiv[oa]|son eficaces|es segur[oa] y eficaz)|vetted|backed by the (?:u\.?s\.? |us |american |mexican )?government|(?:has been |been )?checked and (?:it )?works|respaldo cientifico|scientific backing|(?:best |clear |final |real |your |the )?proof\b|prove[sn]?\b|assurance\b|prueba\b|comprueba\w*|demuestra\w*|garantiza\w*|avala (?:la |su )?(?:efectividad|eficacia|seguridad)|avala\w* (?:el tratamiento|esos resultados|estos resultados|los resultados|sus resultados)|endorses? the (?:treatment|therapy|results)|effective\w*|eficaz|eficacia|efectividad|efectiv[oa]s?|efficacy|comprobad[oa]s?\b|probad[oa]s?\b|proven\b|paso todas las pruebas|passed all (?:the )?tests|(?:si |yes,? )?funciona\b|works\b|(?:si )?sirve\b|validad[oa]s?\b|validated\b|(?:officially |oficialmente )(?:recogni[sz]ed|reconocid\w*)|reconocid[oa]s? oficialmente|resultados (?:son )?(?:reales|comprobados|garantizados)|results are (?:real|proven|guaranteed)|(?:our |the |sus |los |nuestros )?(?:results|resultados) (?:can be trusted|are trustworthy|son confiables|son de fiar)|real results)`;

// Studies a patient might be asked to pay to join.
const STUDY = r`(?:(?:clinical |research |observational |investigational )?(?:study|trial|cohort)\b(?<!(?:imaging|mri|sleep|lab|blood|urodynamic|conduction|x-ray|ct|pet|video|case) study)|research\b|research (?:program|protocol|cohort|study)|clinical program|estudio (?:clinico|de investigacion|experimental|observacional|piloto|fase)|(?:el|este|nuestro|un|al|del) estudio\b(?! de (?:resonancia|laboratorio|imagen|sangre|orina|gabinete|control))|ensayo\w*|protocolo de (?:investigacion|estudio)|investigacion\b|cohorte)`;
const MONEY = r`(?:\$ ?\d|usd ?\d|\d[\d,.]* ?(?:usd|dollars|dolares|pesos|mxn|euros?|eur|millones(?: de pesos)?|mil (?:pesos|dolares|usd|euros))|us\$ ?\d|mxn ?\d|eur ?\d)`;

// Numbers of patients and what they are said to achieve.
const OUTCOME_EN = r`(?:get (?:\w+ ){0,2}?(?:feeling|sensation|movement|function|strength) back|improv${W}|see (?:results|improvement|changes|benefits?|progress|gains)|show${W} (?:\w+ )?(?:results|improvement|changes|benefits?|progress|gains)\b|saw (?:results|improvement|changes|benefits?|progress|gains)|report${W} (?:\w+ )?(?:improv${W}|better|gains?|benefits?|progress|changes|results|improvement)|regain${W}|recover${W}|walk${W}|gain${W}|benefit${W}|respond${W}|get better|got better|feel better|progress${W}|succe${W}|notice${W}|experience${W} (?:improv${W}|gains|benefits))`;
const OUTCOME_ES = r`(?:deja(?:n)? la silla|mejor${W}|recuper${W}|camin${W}|respond${W}|gan(?:a|an|o|aron)\b|avanz${W}|sub(?:e|en|io|ieron) (?:al menos |por lo menos )?(?:un|uno|\d+) (?:grado|nivel)|presenta\w* (?:\w+ )?(?:mejoria|avances?|cambios)|tien(?:e|en) (?:\w+ )?(?:avances|mejoria|progreso)|(?:ha|han) (?:presentado|tenido|mostrado) (?:\w+ )?(?:mejoria|avances?|cambios|resultados)|report\w* (?:mayor|mejor\w*|mas|menos|avances?)\b|not(?:a|an|aron|o) (?:cambios|mejoria|avances|resultados)|ve(?:n)? (?:resultados|cambios|mejoria)|sient${W}|logr${W}|benefici${W}|responde${W}|reduc${W}|disminu${W})`;
const FRACTION_WORD =
  "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)";
/** Spanish fractions written out, tens included: "ochenta y siete de cada cien". */
const FRACTION_ES =
  "(?:\\d+|(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?: y (?:uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|veinte|cien|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)";
const PERCENT = r`\d{1,3}(?:[.,]\d+)?(?: ?%| percent\b| por ?ciento\b)`;

/** "Cells survive for a limited time": a duration, not a sales deadline. */
const LASTS_FOR = r`\b(?:survive|survives|last|lasts|persist|persists|remain|remains|stay|stays|live|lives|active|work|works) for a`;
/** Hype about equipment's effect on one part of daily life: "a game changer for his back pain". */
const NOT_FOR_THEIR_BODY = r`(?! for (?:his|her|my|our|their) (?:back|neck|sleep|skin|pain|transfers?|posture|commute|bladder routine|shoulders?)\b)`;

/** A promise to walk out: "su esposo va a salir de aquí caminando" is a guarantee and a cure claim at once. */
const WALK_OUT_ES = r`\b(?:va|van|vas|vamos) a salir (?:de aqui |de aca |del hospital |de la clinica )?caminando\b`;

const RAW_LEXICON: LexiconEntry[] = [
  // ── guaranteed-outcome ─────────────────────────────────────────────────────────────────────────────
  {
    code: "guaranteed-outcome",
    lang: "en",
    // guarantee, guaranteed, guarantees, and the usual misspellings (guarenteed, garanteed, gurantee).
    pattern: r`\b(?<!\bany )(?:g(?:ua|au|u|a)r[ae]n?te{1,2}|gurant[e]{1,2})(?<!(?:price|privacy|quality) (?:g(?:ua|au|u|a)r[ae]n?te{1,2}|gurant[e]{1,2}))(?<!\b(?:airlines?|hotel|carriers?|suppliers?|manufacturer'?s?|warranty|insurer|insurance) (?:\w+ )?(?:g(?:ua|au|u|a)r[ae]n?te{1,2}|gurant[e]{1,2}))${W}\b(?! by\b)(?! for (?:late (?:arrival|check-?in)|life\b|a lifetime|\d+ (?:years?|months?)))(?! that (?:the |this |our )?(?:therapy|treatment|protocol|clinic|lab|study) (?:has been|is|was) (?:validated|approved|legit\w*|real|registered|checked))(?!\W{1,3}(?:dr|dra|the doctor|our doctor|a named|el doctor|la doctora)\b)(?! (?:that )?(?:of )?(?:a |an |the |your |our |you )?(?:[\w-]+ )?(?:against|named|licen${W}|quality|privacy|confidential${W}|transparen${W}|honest${W}|written quote|fixed price|same price|price|data|spot|slot|place|seat|booking|reservation|date|process|lot|coa|certificate|questions?|answers?|response|reply|call|records|appointment|quote|interpreter|translator|transport|transfer|pick-?up|room|bed|nurse|doctor|physician|neurologist|follow-?up|availability|cleanliness|attention|care team|will be (?:answered|seen|treated|met|picked)))`,
    basis: 'contract: "guaranteed improvement", "results assured"; lexicon §4.4 Guarantee',
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: r`\b(?:i|we) (?:can )?(?:promise|guarantee|assure|ensure)(?: you)?(?: that)? ${gap(40)}\b(?:will|'ll|are going to|is going to) (?:definitely |certainly |surely |absolutely )?${RESULT_EN}|\b(?:i|we) (?:can )?(?:promise|guarantee|assure) (?:you )?(?:real |visible |measurable )?(?:results|improvement|recovery|progress|a result|a recovery|success)\b`,
    basis: "lexicon §4.4 Guarantee: a promise of a result",
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    // "you will walk again", "your son is going to improve"; a hedge or negation before it is checked later.
    pattern: r`\b${WHO_EN}${WILL_EN} (?:definitely |certainly |surely |absolutely |100% |be able to )?${RESULT_EN}\b`,
    basis: 'contract: "you will walk again"',
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: r`\b(?:results?|improvement|recovery|success|progress|gains?|outcomes?) (?:is |are |will be )?(?:assured|ensured|certain|promised|a certainty|a given|a sure thing|in writing)\b|\b(?:assured|promised|guaranteed) (?:a |of )?(?:measurable |real |visible |significant )?(?:gains?|improvement|results?|recovery|progress)\b`,
    basis: 'contract: "results assured"',
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: r`\b(?:certain|sure|bound) to (?:improve|work|walk|recover|see results|get better|help)\b|\b(?:all|every one of|each of|every single one of) our patients (?:improve|walk|recover|get better|see results|have improved|improved)\b|\b(?:every|each) (?:single )?patient (?:we (?:treat|see|accept) )?(?:improves|walks again|recovers|gets better|sees results|has improved|improved|leaves better)\b|\b(?:delivers|produces|achieves|gets) (?:real |visible )?results (?:for|in|with) (?:every|each|all)\b|\b(?:every|each|all (?:of )?(?:our|the)) (?:\w+ ){0,3}?patients?(?: \w+){0,3}? (?:sees?|gets?|achieves?|experiences?|shows?|obtains?|has|have) (?:real |visible |measurable |some |good )?(?:results|improvement|progress|gains|benefits)\b|\bfor every ${gap(30)}\bpatients? ${gap(40)}\b(?:delivers|produces|achieves|gets) (?:real |visible )?results\b`,
    basis: "contract: promises or assures a result for every patient",
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    // Money back or a free second round if there is no result (a refund for medical ineligibility is not).
    pattern: r`\bif\b[^.;]{0,60}?\b(?:no|not|never|fail${W}|without|\w+n't|\w+nt)\b[^.;]{0,25}?\b(?:improv${W}|results?|progress${W}|chang${W}|better|mov(?:e|ed|es|ing)\b|walk${W}|work${W}|respond${W}|gain${W}|benefit${W})\b${gap(80, STOP, "[^.]")}\b(?:refund${W}|money back|repeat${W}|redo|re-?treat${W}|free|on the house|on us|no (?:extra |additional )?(?:charge|cost))|\b(?:money[- ]back|(?:full )?refund|we (?:refund|repeat)\w*)\b[^.]{0,40}?\b(?:if|unless|when)\b[^.]{0,40}?\b(?:no|not|\w+n't|\w+nt|fail${W}|without)\b[^.]{0,20}?\b(?:improv${W}|results?|progress|better|walk${W}|gains?)|\b(?:results?|improvement|gains?)\b[^.]{0,40}? or (?:your |a full |we )?(?:money back|(?:full )?refund|refund)`,
    basis: "contract: money back if no result; corpus rules: free retreatment if no result",
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: r`\bif (?:there(?:'s| is) no|you (?:don't|do not|dont) (?:see|get|notice|have)) (?:\w+ ){0,2}?(?:improvement|results?|progress|change)\b[^.]{0,30}?\b(?:you )?(?:don't|do not|dont|won't) pay\b|\bno (?:improvement|results?|progress)\W{1,3}no (?:charge|pay|payment|fee|cost)\b|\b(?:second|extra|another|additional) (?:round|course|treatment|dose|application|infusion) (?:\w+ ){0,2}?(?:free|on us|at no (?:extra )?(?:charge|cost))\b[^.]{0,20}?\bif (?:needed|necessary|required)|\b(?:you have|we give you|i give you|you've got) (?:our|my) (?:word|promise)\b${gap(60)}\b(?:will|'ll|are going to) ${RESULT_EN}|\b(?:nobody|no one|not (?:a single|one) (?:patient|person))\b (?:\w+ ){0,3}?(?:goes home|leaves|left|went home|walks out|walked out)\b (?:\w+ ){0,3}?(?:the same|the way (?:they|he|she) came|without (?:improv${W}|results?|changes?|progress|gains))`,
    basis: "lexicon §4.4 Guarantee: an assurance that every patient improves",
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    pattern: r`\b(?:100 ?%|cien por ciento|(?:100|one hundred) percent) (?:de )?(?:success|effective|efectiv${W}|exito|guaranteed|garantizad${W}|results|resultados|eficaz)|\b(?:success rate|tasa de exito|efectividad|effectiveness|exito)\W{0,3}(?:is |es |del? |of )?100 ?%`,
    basis: 'contract: "100% success rate", "éxito del 100%"',
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    // "100% of our patients improve", "every patient who completes the program goes up a grade".
    pattern: r`\b(?:100 ?%|(?:100|one hundred) percent|cien por ciento) (?:of|de) (?:our |nuestros |los )?(?:\w+ )?(?:patients|pacientes)\b${gap(30)}\b(?:get better|improve\w*|walk\w*|recover\w*|regain\w*|mejora\w*|camina\w*|recupera\w*)|\bevery (?:spinal (?:cord )?|single |sci |one of our )?patient (?:who (?:\w+ ){1,4}?)?(?:goes up|gains|improves|walks|recovers|regains|will (?:improve|walk|recover|regain|gain|go up))\b`,
    basis: 'contract: "100% success rate"; corpus rules: an assurance that every patient improves',
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    // A free retreatment or a refund if the result does not come: "si no avanza, repetimos gratis".
    pattern: r`\b(?:repe\w*|repit\w*|redo|second (?:round|course|treatment|application|protocol)|segunda (?:ronda|aplicacion|dosis|vuelta)|another (?:round|course)|otra (?:ronda|aplicacion)|(?:full |complete )?refund\w*|reembols\w*|(?:devolvemos|regresamos|devolvera|devuelve) (?:su |tu |el )?dinero|money back)\b(?<=(?:\b(?:if|si)\b[^.;!?]*?\b(?:not|no|doesn't|don't|isn't)|\b(?:without|sin))\b[^.;!?]*?\b(?:walk\w*|improv\w*|progress\w*|avanz\w*|avanc\w*|mejor\w*|result\w*|steps?|pasos?|levant\w*|camin\w*|respon\w*|work\w*|funcion\w*|recover\w*|recuper\w*|silla|wheelchair)\b[^.;!?]*)(?:[^.;!?]{0,60}?\b(?:free|gratis|at no (?:extra )?(?:cost|charge)|free of charge|sin costo|no cost|por cuenta de la casa|on the house|on us|por nuestra cuenta|sin cargo)\b|(?<=refund\w*|reembols\w*|dinero|money back))`,
    basis: "contract: money back if no result; corpus rules: a free retreatment if there is no result",
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    // garantizamos, garantizado, garantizada, garantiza (but not "garantizamos su privacidad").
    pattern: r`\bgaranti[sz]${W}\b(?<!\blo que (?:si )?(?:le |les |te )?(?:podemos |puedo |sabemos )?garanti[sz]\w*)(?! que (?:nuestr\w+ |la |el |las |los )?(?:\w+ ){0,2}?(?:es|son|funciona\w*|sirven?)\b)(?! (?:la |su |el |sus )?(?:calidad|privacidad|confidencialidad|trazabilidad|esterilidad|devolucion|reembolso|seguridad de sus datos|transparencia|precio|cotizacion|lugar|fecha|validez|rigor|registro|integridad|cambio|vuelo|boleto|habitacion|cuarto|silla|reparacion|asiento|traslado|tarifa|servicio))(?<!\bgarantia de \d+ (?:meses|anos|dias|semanas))(?! de \d+ (?:meses|anos|dias|semanas))|\bgarantia (?:de (?:resultados?|mejoria|exito|recuperacion|que)|total|absoluta)\b`,
    basis: 'contract: "resultados garantizados"; lexicon §4.4 Guarantee',
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: r`\b(?:le|te|les|se lo|se la|se los|lo|la) (?:(?:puedo|podemos) (?:asegurar|garantizar|prometer)|prometo|prometemos|aseguro|aseguramos|garantizo|garantizamos|firmo|firmamos)\b(?: que)?${gap(50)}\b${RESULT_ES}|\b(?:prometemos|aseguramos|prometo) (?:que )?${gap(30)}\b${RESULT_ES}|\b(?:le|te) (?:damos|doy) (?:nuestra|mi) palabra (?:de )?(?:que )?${gap(60)}\b(?:va|van|vas) a ${RESULT_ES}`,
    basis: "lexicon §4.4 Guarantee: promesa de resultado",
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: r`\b(?:resultados?|mejoria|recuperacion|exito|avances?)(?: \w+)? (?:estan |esta )?(?:(?:al )?100 ?% |totalmente |completamente )?(?:asegurad|segur|prometid|garantizad)[oa]s?\b|\bseguro que (?:\w+ ){0,2}?(?:camina|mejora|se recupera|va a (?:caminar|mejorar|recuperar))|\b(?:su|tu) (?:recuperacion|mejoria) es (?:un hecho|segura|cosa segura)\b|\bes un hecho que (?:\w+ ){0,3}(?:va|van|vas) a (?:mejorar|caminar|recuperar)`,
    basis: 'contract: "resultados asegurados"',
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: r`\b(?:volvera|volveras|volveran|va a volver|vas a volver|van a volver) a caminar\b|\b(?:va|vas|van) a (?:mejorar|recuperar${W}|sanar|dejar la silla|volver a ser (?:el|la|los|las) (?:mism[oa]s? )?de antes)\b|\b(?:camin${W}|mejor${W}|recuper${W}|resultados?|cambios|avances?|sanar${W}|cur${W})\b[^.]{0,60}?\b(?:se|te) lo (?:prometo|prometemos|aseguro|aseguramos|garantizo|garantizamos|juro|firmo)\b|\btodos (?:nuestros|los) pacientes (?:\w+ ){0,3}?(?:mejoran|caminan|se recuperan|salen mejor|han mejorado|ven (?:resultados|mejoria|cambios)|tienen (?:resultados|mejoria)|obtienen (?:resultados|mejoria)|logran (?:resultados|mejoria|avances)|presentan (?:mejoria|avances))\b|\b(?:nadie|ningun paciente) (?:\w+ ){0,2}?(?:se va|se fue|sale|salio|regresa|regreso)(?: \w+){0,3}? (?:igual|como llego|sin (?:mejoria|cambios|resultados|avances))`,
    basis: 'contract: "le garantizamos que volverá a caminar"',
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    // Dinero de vuelta o una segunda aplicación gratis si no hay resultado.
    pattern: r`\bsi\b[^.;]{0,40}?\bno (?:\w+ ){0,2}?(?:ve|ves|hay|tiene|nota|notas|observa|obtiene|presenta|mejora|mejoras|avanza|responde|funciona|camina|sube)\b(?! (?:ningun )?problema)[^.;]{0,80}?\b(?:devolvemos|reembolsamos|repetimos|regresamos|reponemos|le damos|sin costo|gratis|su dinero|tu dinero|corre por nuestra cuenta|por nuestra cuenta|no tiene costo|no se cobra|sin cargo)|\b(?:devolucion|reembolso)\b[^.]{0,40}?\bsi no\b|\bresultados? o (?:le |te )?(?:devolvemos|regresamos|reembolsamos) (?:su|tu) dinero|\bsi no (?:hay )?(?:mejora|mejoria|resultados|avance|cambio)${W}\W{1,3}no (?:paga|pagas|cobramos|le cobramos|te cobramos|cobra)\b`,
    basis: "contract: dinero de vuelta si no hay resultado",
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    // A commitment to a result, "expect to walk", or a record of never failing.
    pattern: r`\b(?:we|the clinic|our (?:team|clinic)) (?:commit|commits|are committed) to (?:a |an )?(?:minimum |measurable |real )?(?:improvement|result|results|recovery|gain)\b|\bnos comprometemos a (?:que |lograr |una )?(?:\w+ ){0,3}?(?:mejor${W}|recuper${W}|camin${W}|resultados?)|\b(?:you|he|she|they|patients) (?:can|will|should) expect to (?:walk|regain|recover|see (?:real |visible |big )?(?:results|improvement))\b|\b(?:never|nunca) (?:had|have had|hemos tenido|ha habido|tuvimos) (?:a |un |una )?(?:single |solo )?(?:patient|case|paciente|caso) (?:who|that|que) (?:didn't|did not|doesn't|no) (?:improve|get better|respond|mejor${W}|respond${W})`,
    basis: "contract: promises or assures a result; lexicon §4.4 Guarantee",
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    pattern: r`\b(?:walk${W}|improv${W}|recover${W}|results?|progress|better|regain${W}|camin${W}|mejor${W}|recuper${W}|resultados?)\b[^.!?]{0,60}?\b(?:that's|that is|it's|this is|es) (?:a |our |my |una |nuestra |mi )?(?:promise|promesa)\b|\b(?:prometido|promised|guaranteed|garantizado|asegurado)\W{1,3}(?:\w+ ){0,6}?(?:camin${W}|mejor${W}|recuper${W}|walk${W}|improv${W}|recover${W}|results?|resultados?)\b|\b(?:we|i)(?:'ll| will| are going to|'re going to) (?:get|have) (?:you|him|her|them|your \w+) (?:walking|back on (?:your|his|her|their) feet|up and walking|moving (?:again|your legs))\b|\bor (?:the next|another|a second|the second|your next) (?:treatment|round|session|application|dose|infusion) (?:is )?(?:on us|free|at no (?:extra )?(?:charge|cost))\b|\bo (?:la siguiente|otra|una segunda|la segunda) (?:aplicacion|sesion|dosis|infusion) (?:es gratis|corre por nuestra cuenta|sin costo)\b|\b(?:every|each) (?:single )?patient (?:\w+ )?(?:has |have )?(?:shown|seen|had|experienced|achieved|gotten|obtained) (?:\w+ )?(?:improvement|results|progress|gains)\b|\b(?:refund${W}|money back|reembols${W}|devolv${W})\b[^.]{0,40}?\b(?:if|si) (?:nothing|nada) (?:chang${W}|happens|improves|cambia|pasa|mejora)\b`,
    basis: "lexicon §4.4 Guarantee: a promise or assurance of a result, money back or a free round if none",
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: r`\b(?:tiene|tendra|tienen|tendran|tienes|tendras) (?:asegurad|garantizad|prometid)${W} (?:un |una |el |la |su )?(?:\w+ )?(?:avance|mejoria|resultado|recuperacion|progreso|cambio)${W}`,
    basis: 'contract: "resultados asegurados"',
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    pattern: r`\b(?:make sure|ensure|ensures|nos aseguramos de que|aseguramos que)\b${gap(40)}\b(?:every|each|all|you|your|todos|cada|usted)\b${gap(30)}\b(?:walks? out better|leaves? better|(?:gets?|feels?) better|improv${W}|walk${W} again|recover${W}|mejor(?:e|en|a|an)\b|vuelva${W} a caminar|recuper${W})|\bor (?:a |the |your )?(?:full |free |complete |whole )?(?:next|another|second) (?:treatment|round|session|application|dose|infusion) (?:is )?(?:on us|free|at no (?:extra )?(?:charge|cost))\b`,
    basis: "lexicon §4.4 Guarantee: an assurance of a result, or a free round if none",
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    pattern: r`\b(?:improvement|results?|progress|gains?|mejoria|resultados?|avances?)\b[^.]{0,30}?\b(?:or|o)\b[^.]{0,40}?\b(?:for free|free of charge|on the house|on us|no (?:extra )?(?:charge|cost)|gratis|sin costo|refund${W}|money back|reembols${W}|por nuestra cuenta)|\b(?:every|each|all (?:of )?(?:our|the)) (?:single )?(?:patients?|famil(?:y|ies)|persons?|people|clients?|pacientes?|familias?)\b${gap(50, r`${STOP}|\b(?:can|could|may|might|would|should|if|puede|pueda|podr\w*|si)\b`)}\b(?:improves?|improved|walks? again|recovers?|gets? better|sees? (?:results|improvement|progress)|regains?)\b`,
    basis: "lexicon §4.4 Guarantee: results or the money back, every patient improves",
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    pattern: r`\b(?:patients|they|our patients|everyone|everybody|pacientes|todos|ellos)(?: \w+){0,2}? (?:always|siempre|invariably|without exception|sin excepcion) (?:\w+ )?(?:improve|get better|walk|recover|respond|see results|mejoran|caminan|se recuperan|responden|ven resultados)\b|\b(?:not|no es) (?:a |una )?(?:possibility|hope|maybe|dream|posibilidad|esperanza|sueno)(?: \w+)?,? (?:it'?s|but|es|sino) (?:a |una )?(?:certainty|certeza|fact|hecho|reality|realidad|given)\b|\b(?:there'?s|there is) no way (?:you|he|she|they|your \w+) (?:won't|will not|wont|don't|do not) (?:improve|walk|recover|get better|see results)\b|\bno hay (?:manera|forma|modo) de que no (?:mejore|mejoren|camine|caminen|se recupere|vea resultados)\b`,
    basis: "lexicon §4.4 Guarantee: a result presented as certain",
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    // "garantía de eficacia", "a guarantee of results"; "after the three applications your brother walks again";
    // "if you're in the other 2%, we refund every dollar".
    pattern: r`\b(?:\b(?:or|o) (?:your |su |the |la )?(?:retreatment|second (?:round|cycle)|next (?:round|cycle)|segunda (?:ronda|aplicacion)|retratamiento)\b[^.]{0,20}?\b(?:is free|free|gratis|sin costo|va por nuestra cuenta)|\bgarantia (?:de|del) (?:eficacia|exito|resultados?|mejoria|recuperacion)\b|\bguarantee of (?:efficacy|success|results?|improvement|recovery)\b|\b(?:aplicacion(?:es)?|infusion(?:es)?|sesiones|inyecciones|dosis)\b${gap(40)}\b(?:vuelve|vuelven|volvera|volveran) a caminar\b(?<=\b(?:con|despues de) [^.;!?]{0,100})|\bif (?:you(?:'re| are)|he's|she's|they're) (?:in|among) the (?:other|remaining) \d+ ?%[^.;!?]{0,40}?\b(?:refund|money back|free)\w*)`,
    basis: "contract: assures a result, or money back if no result; corpus rules: refund on no result",
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    // "that's his word to you", "eso se lo firmo", "I put that in writing" next to a result; "si no siente nada
    // nuevo le regresamos su dinero"; "anyone who completes our protocol WILL see improvement"; "o le repetimos la
    // aplicación sin costo".
    pattern: r`\b(?:(?:se lo firmo|eso se lo firmo|(?:that's|that is) (?:his|my|our) word|you have my word|tiene mi palabra|(?:i|we) put (?:that|it) in writing)\b(?<=\b(?:walk\w*|camin\w*|improv\w*|mejor\w*|recover\w*|recuper\w*|function|funcion|back|results?|resultados?)\b[^]{0,120})|(?:le |te )?(?:regresamos|regreso|devolvemos|devuelvo|reembolsamos) (?:su |tu |el |todo (?:su |el )?)?dinero\b(?<=\bsi\b[^.;!?]{0,60}\bno (?:siente|sienten|mejora|mejoran|camina|nota|notan|ve|ven|hay (?:cambios|mejoria|resultados|avances))\b[^.;!?]{0,60})|(?:anyone|everyone|every patient|whoever)\b[^.;!?]{0,60}?\bwill (?:see|notice|get|feel) (?:a |real |measurable |visible )?(?:improvement|results|change|progress)|o (?:le )?(?:repetimos|repito) (?:la |su )?(?:aplicacion|tratamiento|infusion)\b[^.;!?]{0,20}?\b(?:sin costo|gratis))`,
    basis: "contract: promises or assures a result, or money back if no result",
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    pattern: r`\b(?:(?:tengalo|tenlo) por seguro|puede estar segur[oa] de que (?:su|tu) (?:hijo|hija|esposo|esposa|familiar)|you have my guarantee)`,
    basis: "contract: promises or assures a result",
  },

  {
    code: "guaranteed-outcome",
    lang: "en",
    // "Not maybe. They will", "every single patient leaves us better than they came", "never seen it fail".
    pattern: r`\bnot maybe\W{1,3}(?:they|it|he|she|the cells|you|we)(?:'ll| will)\b|\bevery (?:single )?(?:patient|client|person|family|one) (?:\w+ ){0,2}?(?:leaves|walks out|goes home|ends up|comes out) (?:of )?(?:us |here )?better\b|\b(?:never|not once) (?:have i |have we |did i |did we )?seen it fail\b`,
    basis:
      'contract: "results assured", "100% success rate"; corpus rules: an assurance of a result in plain words',
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    // "if he's not out of the wheelchair within six months, we treat him again", "¡Vuelve a caminar o te devolvemos tu dinero!", "…se levanta de la silla, se lo aseguro".
    pattern: r`\bif (?:he|she|you|they)(?:'s|'re| is| are) not (?:out of (?:the|his|her|your|their) (?:wheel)?chair|walking)\b[^.]{0,60}?\b(?:again|free|no cost|refund|money back)\b|\b(?:walk again|vuelve a caminar|vuelvas a caminar|camina)\b[^.]{0,30}?\b(?:or (?:your money back|we refund)|o (?:te|le|les) (?:devolvemos|regresamos|reembolsamos) (?:tu|su) dinero)\b|\b(?:se lo|se la|te lo) aseguro\b(?<=\b(?:camin\w*|levanta\w*|silla|mejor\w*|recuper\w*|pasos)\b[^.]{0,60})`,
    basis:
      'contract: "you will walk again", money back if no result; corpus rules: a promise to walk carries guaranteed-outcome',
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    // "a therapy that will let people living with paralysis walk again", "with your help, these kids will walk again".
    pattern: r`\b(?:will|'ll|are going to|is going to) (?:let (?:\w+ ){1,4})?walk again\b(?<!\b(?:may|might|could|hope|hoping|hopes|if) (?:\w+ ){0,6}walk again)`,
    basis:
      'contract: "you will walk again"; corpus rules: a promise to walk carries guaranteed-outcome and cure-claim',
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: WALK_OUT_ES,
    basis: 'contract: "le garantizamos que volverá a caminar"; corpus rules: a promise to walk again',
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    // "trust me, Arjun is going to be walking again", "every participant will gain one AIS grade", free retreatment, refunds.
    pattern: r`\b(?:trust me|believe me|take my word|creame|creeme|te lo juro|se lo juro)\b[^.!?]{0,60}?\b(?:will|is going to|are going to|va a|van a)\b[^.!?]{0,30}?\b(?:walk\w*|camin\w*|stand|pararse|get better|recover\w*|recuper\w*)|\b(?:every|each) (?:single )?(?:participant|patient|person) (?:\w+ )?will (?:gain|improve|recover|regain|see|walk|get)\b|\bcada (?:participante|paciente) (?:va a|tendra|ganara|mejorara|recuperara)\b|\b(?:treat|repeat|redo) (?:you|the (?:treatment|protocol|procedure)|it) (?:a second time|again) (?:at no (?:charge|cost)|for free|free of charge)\b|\b(?:le |les |te )?devolvemos (?:el|un) (?:100 ?%|total|importe|monto)\b(?<=\bsi\b[^.;!?]{0,80}\bno (?:muestra|hay|tiene|presenta|ve|nota)\w*\b[^.;!?]{0,80})`,
    basis:
      'contract: "results assured", money back if no result; corpus rules: free retreatment if no result',
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    // "Jenna will be walking again by the end of the year. We assure you of that."
    pattern: r`\b(?:we|i) (?:can |do )?(?:assure|guarantee|promise) you (?:of )?(?:that|this|it)\b(?<=\b(?:walk\w*|recover\w*|improv\w*|stand\w*|results?)\b[^]{0,100})|\b(?:se|te) lo (?:aseguro|aseguramos|garantizo|garantizamos|prometo|prometemos)\b(?<=\b(?:camin\w*|recuper\w*|mejor\w*|resultados?)\b[^]{0,100})`,
    basis: 'contract: "results assured"',
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    // "con este tratamiento su hijo se va a levantar de la silla".
    pattern: r`\bse (?:va|van) a levantar de (?:esa|la|su) silla\b`,
    basis: 'contract: "le garantizamos que volverá a caminar"',
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    // "What I can promise you is that if you come to us, you will leave with measurable improvement."
    pattern: r`\b(?:promise|guarantee|assure) you (?:is )?that\b[^.]{0,60}?\byou(?:'ll| will) (?:leave|go home|walk|see|get|feel|notice) (?:with )?(?:measurable |real |clear |visible )?(?:improvement|results|better|progress|difference)`,
    basis: 'contract: "results assured"',
  },
  // ── cure-claim ─────────────────────────────────────────────────────────────────────────────────────
  {
    code: "guaranteed-outcome",
    lang: "es",
    // The result named just before, then assured: "su familiar se levantará de esa silla … se lo aseguramos por escrito".
    pattern: r`\b(?:se lo|se la|se los|te lo|se las) (?:aseguramos|garantizamos|prometemos|firmamos|aseguro|garantizo|prometo|firmo)\b(?<=\b(?:camin\w*|silla|levant\w*|mejor\w*|recuper\w*|resultados?|cur(?:a|ara|ar|e)\b)[^]{0,200})`,
    basis: "contract: a promise or assurance of a result",
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    // Part of the money back when a named test shows no change: "si a los seis meses no presenta mejoría en su escala ASIA, le reembolsamos el 50 %".
    pattern: r`\bsi\b(?:[^.;]|(?<=\b(?:sr|sra|srta|dr|dra))\.){0,80}?\bno (?:muestra|presenta|tiene|hay|ve|nota|logra|observa|documenta|registra|encuentra|detecta|reporta)\w* (?:ninguna |ningun |alguna )?(?:mejoria|cambio|avance|resultado)\w*[^.;]{0,100}?\b(?:(?:le |les |te )?(?:devolvemos|reembolsamos|regresamos|reintegramos|devolveremos|reembolsaremos)|no tiene costo|sin costo|(?:es|sera) gratis)\b`,
    basis: 'contract: money back if there is no result ("le devolvemos el 50 % si no hay mejoría")',
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: r`\bif (?:nothing|there's no|there is no|you don't see|he doesn't see|she doesn't see|we don't see|you see no|he sees no|she sees no) (?:\w+ ){0,3}?(?:changed?|change|improvement|results?|progress|difference)\b[^.;]{0,90}?\b(?:at no (?:charge|cost)|for free|free of charge|on us|on our dime|on the house|at our (?:expense|cost)|(?:is|are) free|refund\w*|money back)`,
    basis:
      'contract: a free retreatment if there is no result ("if nothing has changed by the 6 month check we do the second round at no charge")',
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: r`\b(?:assures?|promises?|guarantees?) (?:me|us|you|the patient|patients|(?:every|each|all) (?:\w+ )?patients?) (?:of )?(?:a |an )?(?:measurable |visible |significant |real |noticeable )?(?:motor |functional |neurological )?(?:improvement|recovery|results?|progress|gains?)\b|\bif (?:this|it|that|(?:the )?improvement|(?:the )?result) (?:does not|doesn't|did not|didn't) (?:occur|happen|come)\b[^.]{0,60}?\brefund\w*`,
    basis:
      'contract: an assurance of a result with money back ("the clinic assures me of measurable motor improvement within 6 months; if this does not occur, the fee will be refunded")',
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: r`\b(?:le|te|les) (?:hacemos|damos|aplicamos|repetimos|ponemos) (?:la |una )?(?:segunda|otra|nueva) (?:aplicacion|dosis|sesion|ronda|infusion)\b[^.]{0,30}?\b(?:sin (?:ningun )?costo|gratis|sin cargo)\b(?<=\bno (?:ve|ves|hay|nota|tiene|presenta)\w* (?:\w+ )?(?:mejoria|cambio|resultados?|avance)[^]{0,100})`,
    basis:
      'contract: a free retreatment if there is no result, across two sentences ("si en seis meses no ve mejoría, no se preocupe. Le hacemos la segunda aplicación sin ningún costo")',
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    pattern: r`\bif\b[^.;]{0,30}?\b(?:nothing|no change|no improvement) (?:happens|changes|improves|comes of it)\b[^.;]{0,60}?\b(?:return|refund|give back|reimburse)\w*|\b(?:his|her|your|their) (?:grip|strength|sensation|balance|bladder|legs?|arms?|hands?|trunk control)(?: \w+)? (?:will|'ll) be (?:noticeably |much |visibly |clearly |a lot )?(?:stronger|better|improved|back)\b|\b(?:para|en) la (?:revision|cita|consulta) de (?:los )?(?:\w+ )?(?:meses|semanas)\b[^.]{0,20}?\bya (?:va a|vas a|van a) (?:tener|poder|recuperar|sentir|mover|caminar)\b`,
    basis:
      'contract: a promised result in plain words ("if after six months nothing happens, we return the fee", "his grip will be noticeably stronger", "para la revisión de los tres meses ya va a tener control")',
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: r`\b(?:(?:le|te|les) (?:puedo|podemos) (?:asegurar|garantizar|prometer)|(?:puedo|podemos) (?:asegurar|garantizar|prometer)(?:le|les|te))\b(?:,? (?:[^,.]|\.(?<=\b(?:sr|sra|srta|dr|dra)\.)){0,25},)? que\b(?=[^.]{0,80}\b(?:va|van|vas) a\b)`,
    basis:
      'contract: an assurance of a result ("sí le puedo asegurar, Sra. Patricia, que con tres aplicaciones la lesión se va a regenerar")',
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: r`\b(?:shows?|has|have|sees?) no (?:measurable |visible |significant |real )?(?:change|improvement|progress|results?)\b[^.;]{0,60}?\b(?:free of charge|at no (?:charge|cost)|for free|refund\w*|money back|on us)|\b(?:every|each|all) (?:participant|patient)s? (?:who|that) (?:completes?|finishes?|follows?) (?:[\w-]+ ){0,4}?(?:will|'ll) (?:regain|recover|improve|see|walk|gain|get|leave|stand|be walking|be standing)\b`,
    basis:
      'contract: a promised result ("any patient who shows no measurable change receives a second application free of charge", "every participant who completes the program will regain motor function")',
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: r`\b(?:will not|won't|will never) (?:leave|go home) without (?:results|improvement|seeing (?:results|improvement|changes|progress))\b|\b(?:every|each|all) (?:participants?|patients?) (?:gains?|improves?|gets?|regains?|moves? up) (?:at least )?(?:one|1|a) (?:asia |ais )?(?:grade|level)\b`,
    basis:
      'contract: a promised result ("you will not leave without results: every participant gains at least one ASIA grade")',
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    pattern: r`\b(?:you|he|she|they|your \w+|his \w+|her \w+)(?: will|'ll) (?:gain|improve|regain|recover|move up) (?:at least )?(?:one|1|a) (?:\w+ ){0,3}?(?:level|grade)s?\b|\b(?:guarantee|garantiz\w*|promise|prometer\w*)\b[^?.]{0,40}\?\s{0,3}(?:yes|si|claro|of course|por supuesto|absolutely|definitely)\b`,
    basis:
      'contract: a promised result ("Can you guarantee I\'ll improve? Yes. You will gain at least one level of function")',
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: r`\bif (?:you|he|she|they) (?:don't|doesn't|do not|does not|didn't|did not)\b,? (?:we|they) (?:repeat|redo|give you|refund|return)\b[^.]{0,40}?\b(?:at no (?:cost|charge)|for free|free of charge|on us|refund\w*)`,
    basis:
      'contract: a free retreatment if there is no result ("participants finish the program walking. If you don\'t, we repeat the cell rounds at no cost")',
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: r`\b(?:will|'ll) (?:leave|go home|walk out) (?:standing|walking)(?: on (?:their|his|her|your) own)?\b(?<=\b(?:promise|guarantee|assure)\w*\b[^.]{0,120})`,
    basis:
      'contract: a promise to walk out ("we promise that every patient who completes the 21-day program will leave standing on their own")',
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: r`\bif\b(?: [\w-]+){0,5}? (?:does not|doesn't|do not|don't) show (?:an |any )?(?:improvement|change|progress)\b[^.;]{0,100}?\b(?:at no (?:charge|cost)|free of charge|for free|refund\w*|money back)`,
    basis:
      'contract: a free retreatment if there is no result ("if your six-month examination does not show an improvement, we will provide a second course at no charge")',
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:a |the |real |permanent |definitive |complete )?cure[sd]? (?:for |of )?(?:paralysis|spinal|sci\b|(?:your|his|her|their|my) (?:injury|paralysis|condition)|the injury|quadriplegia|paraplegia|tetraplegia)|\b(?:is|are|as|it's|offers?|offering|found|provides?|have|has) (?:a |the |your )?(?:permanent |real |definitive |true |final )?cure\b|\bcan be cured\b`,
    basis: 'contract: "cure for paralysis"; lexicon §4.4 Cure',
  },
  {
    code: "cure-claim",
    lang: "en",
    // cures/heals/repairs/regenerates/reverses/rebuilds/regrows/restores/reconnects the cord, nerves, injury.
    pattern: r`\b(?:cure[sd]?|curing|heal(?:s|ed|ing)?|repair(?:s|ed|ing)?|regenerat(?:e|es|ed|ing)|revers(?:e|es|ed|ing)|rebuil(?:d|ds|ding|t)|regr(?:ow|ows|owing|ew|own)|restor(?:e|es|ed|ing)|reconnect(?:s|ed|ing)?|rewir(?:e|es|ed|ing)|fix(?:es|ed|ing)?) (?:(?:the|your|his|her|their|my|our|a|an|damaged|injured|severed|broken|torn|lost|spinal|cord|nerve|neural|whole|entire|full|inside|within|of) ){0,4}(?:spinal|nerves?\b|neurons?|cord\b|injur${W}|paralysis|damage\b|connections?|axons?|signals? between|lesions?|sci\b|myelin|nervous tissue|neural tissue)|\bregenerat(?:e|es|ed|ing) (?:damaged |injured |the |your )?tissues?\b`,
    basis: 'contract: "regenerates your spinal cord", repairs the injury; lexicon §4.4 SCI outcome promises',
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:spinal cord|cord|injury|nerves?|nerve damage|damage|paralysis|lesion|neurons?|axons?|cancer|ms|als|disease|condition|autism|diabetes|parkinson'?s?)\b (?:was |were |is |are |has been |have been |got |gets )?(?:fully |completely |totally |entirely |all )?(?:cured|healed|repaired|regenerated|reversed|restored|rebuilt|regrown|reconnected|fixed|gone|disappeared|vanished|(?:as good as|like) new)\b|\b(?:medula|lesion|columna)(?: \w+){0,2}? (?:quedo|quedaron|ha quedado|esta|quedara) (?:completamente |totalmente )?(?:como nuev[ao]|reparad[ao]|sanad[ao]|curad[ao]|regenerad[ao])\b|\b(?:injury|lesion|damage|paralysis) (?:no longer (?:shows|appears|visible|exists|there)|(?:has |had )?(?:disappeared|vanished))`,
    basis: 'contract: "his cancer was gone", the injury is repaired',
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:i|he|she|we|they|my (?:son|daughter|husband|wife|mother|father|mom|dad|child|brother|sister)|our (?:son|daughter)) (?:was|were|am|is|are|got|have been|has been) (?:completely |totally |fully |100% )?(?:cured|healed)\b|\b(?:i'm|he's|she's|we're|they're) (?:completely |totally |fully )?(?:cured|healed)\b|\b(?:fully|completely|totally) (?:recovered|healed|restored|cured)\b|\b(?:complete|full|total) (?:recovery|cure|healing|restoration)\b(?! (?:is|are) (?:rare|unlikely|uncommon|not|impossible))`,
    basis: 'contract: "I was cured"',
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:walk|walking|walks|walked) (?:again|unassisted|unaided|independently|normally|without (?:any )?(?:help|assistance|a walker|crutches|a cane|support|braces)|on (?:my|his|her|their|your) own(?: two feet)?|out of (?:the|our) (?:clinic|hospital))\b|\b(?:stand|standing|stood) (?:up )?(?:again|unassisted)\b|\b(?:stood|got) up and walk${W}|\bfrom (?:being )?(?:quadriplegic|paraplegic|tetraplegic|paraly[sz]ed|wheelchair${W})\b[^.]{0,40}?\bto (?:walking|walk|running|standing)|\b(?:leave|leaves|left|leaving|go home|goes home|went home|return${W} home|walk${W} out)\b[^.]{0,25}?\bwalking\b|\bback on (?:his|her|their|my|your) feet\b|\b(?:steps?|pasos) (?:\w+ )?(?:without (?:any )?(?:help|assistance|support)|on (?:his|her|their|my) own|unaided|unassisted|sin (?:ayuda|apoyo))|\b(?:run|runs|running|ran|dance|dances|dancing|danced|jog\w*) again\b|\b(?:walk|run|stand|danc)${W}\b[^.]{0,60}?\bafter (?:being |years (?:of being )?|\d+ years )?(?:paraly[sz]ed|in a wheelchair|wheelchair-bound|quadriplegic|paraplegic)|\b(?:paralysis|quadriplegia|paraplegia) (?:is|will be) no longer\b|\bno longer (?:paraly[sz]ed|quadriplegic|paraplegic)\b|\b(?:most|many|all|half|the majority)(?: of)? (?:our |the |these |my )?(?:\w+ ){0,2}?patients (?:are |were |start |started |begin |end up |leave |left )?(?:walking|walk(?:ed)? again)\b|\b${WHO_EN}${WILL_EN} (?:definitely |certainly |surely |be able to )?walk\b(?! (?:to|into|down|over|through|from|around|with (?:a|the) (?:walker|cane)))`,
    basis: "contract: walking again; lexicon §4.4 Testimonial cure",
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:no longer|don't|doesn't|dont|doesnt|never|won't|wont) (?:needs?|uses?|requires?|depends? on|sits? in|be in) (?:a |the |his |her |my |their |your |our )?wheel-?chairs?\b|\b(?:out of|free (?:of|from)) (?:a |the |his |her |my |their |your )?wheel-?chairs?\b(?! (?:and )?(?:into|onto|for|to) (?:the |a )?(?:pool|bed|car|shower|water|standing frame|mat|tub|van)\b)|\bwheel-?chair[- ]free\b|\b(?:get|gets|got|getting|rise|rises|rose|stand|stands|stood|standing) up (?:out of|from) (?:a |the |his |her |my |their |your )?wheel-?chairs?\b|\b(?:leave|left|leaving|leaves|ditch${W}|threw away|throw away|put away|gave up|give up|said goodbye to|say goodbye to) (?:the |his |her |my |their |your |our )?wheel-?chairs?\b|\bwheel-?chair (?:\w+ ){0,3}?(?:in the (?:garage|closet|attic|basement|corner|storage)|behind (?:for good|forever)|for good|gathering dust|collecting dust)`,
    basis: "contract: no longer needing a wheelchair; lexicon §4.4 leave the wheelchair",
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:restores?|restoring|regain(?:s|ed|ing)?|recover(?:s|ed|ing)?) (?:full |complete |normal |all |total )(?:function|mobility|movement|sensation|use of (?:his|her|their|my|your) legs)\b|\brestor${W} (?:walking|the ability to walk)\b|\b(?:become|turn into|grow into|convert into|differentiate into|transform into) new (?:neurons|nerve cells|nerves)|\b(?:replace|replaces|replacing|replaced) (?:the )?(?:damaged|dead|lost|injured|destroyed) (?:neurons|nerve cells|nerves|nerve tissue|tissue)|\brestor${W} (?:the |your |his |her |their |lost |motor |neurological |normal )?(?:function|movement|mobility)\b(?! (?:in|to) (?:some|part))|\b(?:axons|nerves|neurons|nerve fib(?:er|re)s|connections) (?:\w+ )?(?:regrow|grow back|reconnect|regenerate|are repaired|are restored|are rebuilt)\b`,
    basis: "contract: repairs the injury; lexicon §4.4 Mechanism misstatement",
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: r`\bcur(?:a|an|amos|ar|ara|aran|aremos|acion|o|aron|arse|arlo|arla|arte|e|ando|ativo|ativa)\b(?<!\b(?:concrete|cement|cemento|concreto|mezcla|jamon\w*|ham|resin|resina|paint|pintura|epoxy|mortar|mortero|barniz|silicone|silicon|silicona|glue|pegamento|sealant|gel)\b[^.;!?]{0,40})(?<!\bja\w* que cura)(?! (?:(?:es |is )?(?:el |la |the )?(?:cemento|concreto|jamon\w*|mezcla|pintura|resina|concrete|cement|paint)\b|played|plays|concert|tour|album|song)\b)(?! (?:de )?(?:una |otras? |la |las |el )?(?:heridas?|sitio|zona de puncion|del sitio|de la herida|del apósito|del aposito|ulcera|escara|llaga|infeccion|rozadura|una vez|diaria|cada|con (?:agua|gasa|jabon)))(?<!\b(?:el|un|senor|padre) cura)(?<!\bmaterial(?:es)? de curacion)(?<!\b(?:favorable|favorables|propici[oa]s?|favorecer|favorece|favorecen|facilitar|facilita|facilitan|promover|promueve|promueven|apoyar|apoya|apoyan|estimular|estimula|estimulan)(?: para)? (?:la |su )?curacion)|\bcura definitiva\b|\bme cure\b|\bse curo\b|\b(?:quedo|quede|quedaron|esta|estoy|estan|salio|salir) curad${W}`,
    basis: 'contract: "cura la parálisis", "me curé"; lexicon §4.4 Cure',
  },
  {
    code: "cure-claim",
    lang: "es",
    // regenera/repara/revierte/reconstruye/restaura/reconecta/sana la médula, la lesión, los nervios.
    pattern: r`\b(?:regener|repar|reviert|revert|reconstru|restaur|reconect|cicatriz|arregl)${W} (?:(?:la|el|su|sus|tu|tus|mi|mis|los|las|tejido|nervios?|completamente|totalmente|por completo|desde la raiz|de raiz) ){0,3}(?:medula|lesion|nervio|neurona|paralisis|dano|cordon|tejido nervioso|axones|conexiones|columna)|\bregener${W} (?:los |sus )?tejidos?\b|\b(?:sana|sanan|sanar|sanamos) (?:la |el |su )?(?:medula|lesion|paralisis|columna)|\bse regenera${W}\b|\b(?:regeneracion|reparacion|reconstruccion)(?: \w+)? (?:de |del )?(?:la |el |su )?(?:medula|nervio|tejido nervioso|lesion|cordon)|\b(?:(?:la|su|tu|mi) (?:paralisis|lesion|medula)|(?:el|su) dano|(?:los|sus) nervios)(?: \w+){0,2}? se (?:reviert|revirt|repar|regener|cur|san|restaur|reconstru|reconect)${W}|\b(?:camina|corre|juega|baila|caminaba|corria|anda)${W}\b[^.]{0,60}?\b(?:despues de|tras) (?:estar |quedar |anos en |vivir en )?(?:paraliz${W}|(?:la |una )?silla|cuadripl${W}|parapl${W})|\bya no (?:esta|estoy) paraliz${W}|\bhacen la regeneracion\b`,
    basis: 'contract: "regenera la médula espinal"; lexicon §4.4 SCI outcome promises',
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: r`\b(?:ya )?(?:camina|caminan|camino|caminar|caminando|caminaba|anda|andaba|andar|andando) (?:de nuevo|otra vez|solo|sola|solito|solita|por su cuenta|por si mism[oa]|sin ayuda|sin apoyo|sin andadera|sin andador|sin muletas|sin baston|sin aparatos|normal${W})\b|\b(?:volv|vuelv)${W} a caminar\b|\b(?:salio|sale|salen|salieron|se fue|regreso|regresa|llego|entro) caminando\b|\b(?:la mayoria|muchos|todos|la mitad)(?: de)? (?:nuestros |los |mis )?(?:\w+ ){0,2}?pacientes (?:\w+ ){0,2}?(?:caminan|camina|vuelven a caminar|dejan la silla|salen caminando)\b|\b(?:va|vas|van) a (?:poder )?caminar\b(?! (?:a|hacia|hasta|con (?:andadera|muletas|ayuda)))|\bse levanto (?:de la silla|y camino)`,
    basis: 'contract: volver a caminar; lexicon §4.4 "ya camino"',
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: r`\bya no (?:\w+ )?(?:necesita|necesito|usa|uso|ocupa|ocupo|requiere|depende de|utiliza|anda en|esta en|vive en) (?:la |su |mi |una )?silla\b|\b(?:dejo|deje|dejar|dejaron|abandono|abandonar|salir|salio|salieron|levantarse|olvid${W}|despid${W}|despedirse|adios a) (?:de )?(?:la |su |mi |tu )?silla(?: de ruedas)?\b|\bsilla (?:de ruedas )?(?:quedo|esta|se quedo) (?:guardada|arrumbada|en (?:la cochera|el closet|el garage|la bodega|el rincon))`,
    basis: 'contract: "ya no necesita silla de ruedas"',
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: r`\b(?:recuper|restableci|restaur)${W} (?:la |el |su |toda la |todo el )?(?:funcion|movilidad|movimiento|sensibilidad|capacidad de caminar|marcha)(?: \w+)? (?:completa|total|normal|al 100)\b|\bdevuelv${W} (?:la |su )?(?:movilidad|capacidad de caminar|marcha)\b|\brecuperacion (?:total|completa|al 100)\b|\brecupero (?:por completo|totalmente|completamente)\b|\b(?:axones|neuronas|nervios|conexiones(?: nerviosas)?|fibras nerviosas)(?: \w+){0,2} (?:vuelven a crecer|se regeneran|se reconectan|vuelven a conectarse|se reparan|crecen de nuevo|se reconstruyen)\b|\bse convierten en (?:nuevas )?neuronas\b|\b(?:la lesion|la paralisis|el cancer|la enfermedad|el dano|la esclerosis)(?: \w+){0,2}? (?:desaparecio|ya no (?:existe|aparece|se ve)|se fue|se borro)\b`,
    basis: 'contract: "la lesión desapareció", recupera la función; lexicon §4.4 Mechanism misstatement',
  },
  {
    code: "cure-claim",
    lang: "any",
    pattern: r`\b(?:eliminat${W}|erase${W}|ends?|ending|beats?|beat|defeat${W}|overcom${W}|elimina${W}|acaba${W}|vence${W}) (?:(?:the|your|his|her|their|la|el|su) )?(?:paralysis|paraplegia|quadriplegia|spinal cord injur${W}|paralisis|paraplejia|cuadriplejia|lesion medular)\b|\b(?:permanent |definitive |real |final |lasting )?solution (?:for|to) (?:the )?(?:paralysis|spinal cord injur${W}|sci\b|paraplegia|quadriplegia)|\bsolucion (?:definitiva |permanente |real )?(?:para|a) (?:la )?(?:paralisis|lesion medular|paraplejia|cuadriplejia|lesion de (?:la )?medula)|\b(?:on|by) (?:his|her|their|my|your) own (?:two )?feet\b|\bpor su propio pie\b|\b(?:restaur|restablec|devolv|devuelv)${W} (?:la |el |su )?(?:funcion|movilidad|movimiento|marcha|capacidad de caminar)\b(?! (?:en |a )?(?:parte|algun))|\brecuper${W} (?:la |el |su )?(?:\w+ )?(?:y (?:la |el |su )?\w+ )?(?:por completo|completamente|totalmente|al 100)\b|\b(?:reconstru|repar|regener)${W} (?:el |los |su )?tejidos? (?:danad|lesionad|nervios)${W}`,
    basis:
      "contract: says or implies the treatment cures or repairs the injury; lexicon §4.4 SCI outcome promises",
  },
  {
    code: "cure-claim",
    lang: "any",
    pattern: r`\b(?:gets?|got|getting|helps?|helped|helping) (?:\w+ ){0,2}?(?:paraly[sz]ed|quadriplegic|paraplegic|wheelchair[- ]bound|wheelchair users?) (?:\w+ ){0,2}?(?:walking|to walk|walk|standing|on (?:their|his|her) feet)\b|\b(?:walk${W}|run${W}|stand${W}|stood)\b[^.]{0,60}?\bafter (?:\w+ ){0,3}?(?:of being |being |in an? |in his |in her |in their )?(?:paraly[sz]ed|wheelchair${W}|quadriplegic|paraplegic)|\bwalk(?:s|ed|ing)? (?:(?!with\b|con\b)\w+ ){0,3}?by (?:himself|herself|themselves|myself)\b|\bcamin${W} (?:perfectamente|sin problemas?|como antes|con normalidad|como si nada)\b|\bdej${W} de (?:usar|necesitar|ocupar) (?:la |su |mi )?silla\b|\bstopped (?:using|needing) (?:a |the |his |her |my |their )?wheel-?chair\b|\bwalk(?:ed|s|ing)? away from (?:your|the|his|her|my|their) (?:wheel)?chairs?\b|\bvolv${W} a ser (?:el|la|los|las) (?:mism[oa]s? )?de antes\b|\b(?:back to|be) (?:his|her|their|my|your) old sel(?:f|ves)(?: again)?\b`,
    basis: "contract: walking again or leaving the wheelchair; lexicon §4.4 Testimonial cure",
  },
  {
    code: "cure-claim",
    lang: "any",
    pattern: r`\b(?:go|goes|went|going|walk${W}|leave|leaves|leaving|left|return${W}|come|comes|came|live|lives|living) (?:home |out |back )?(?:\w+ ){0,2}?without (?:a |the |their |his |her |my |any )?wheel-?chairs?\b|\b(?:regres${W}|volv${W}|vuelv${W}|sal(?:e|en|io|ieron|ir)|camin${W}|viv${W}|se (?:fue|fueron|va|van)) (?:a (?:su )?casa |de la clinica |del hospital )?(?:\w+ ){0,2}?sin (?:la |su |una )?silla\b`,
    basis: "contract: no longer needing a wheelchair",
  },
  {
    code: "cure-claim",
    lang: "any",
    pattern: r`\b(?:was|were|had been|used to be) (?:\w+ )?(?:paraly[sz]ed|paralized|quadriplegic|paraplegic|in a wheelchair)\b[^.]{0,40}?\b(?:now|today) (?:he |she |they |i |we )?(?:walks?|is walking|are walking|can walk|runs?)\b|\b(?:estaba|estuvo|quedo|estaban) (?:\w+ )?(?:paraliz${W}|cuadriplejic${W}|paraplejic${W}|en silla)\b[^.]{0,40}?\b(?:ahora|hoy|ya) (?:\w+ )?(?:camina|caminan|corre|anda)\b|\b(?:threw|throw|put|gave|give) (?:my|his|her|their|the|your) wheel-?chair (?:away|out|up)\b|\b(?:regain${W}|recover${W}|restor${W}|get back|got back|gets back) (?:the |their |his |her |your |my )?ability to (?:walk|stand)\b|\brecuper${W} (?:la |su )?capacidad de (?:caminar|andar|pararse)\b|\b(?:quit|elimin)${W} (?:la |su )?(?:paralisis|lesion medular|paraplejia|cuadriplejia)\b`,
    basis: "contract: walking again, leaving the wheelchair, the injury removed",
  },
  {
    code: "cure-claim",
    lang: "any",
    pattern: r`\b(?:years?|months?|anos|meses) (?:in a (?:wheel)?chair|en (?:silla|cama)|paraly[sz]ed|paralizad${W})\b[^.]{0,60}?\b(?:climb${W}|walk(?:s|ed|ing)?|ran|runs|running|danc${W}|sub(?:e|io|ia) (?:las )?escaleras|camin${W}|corr(?:e|io|ia)|bail${W})\b(?!(?: [\w']+){0,4} (?:with|con|holding(?: onto| on to)?|using|usando|agarrad[oa] de|apoyad[oa] en) (?:a |the |her |his |their |my |una |un |el |la |su |sus )?(?:\w+ )?(?:walker|cane|crutches|braces|help|support|assistance|frame|andadera|baston|muletas|ayuda|apoyo|asistencia))|\b(?:camina|corre|juega|baila|caminaba|corria|anda|sube|subio)${W}\b[^.]{0,60}?\b(?:despues de|tras) (?:(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|muchos) (?:anos|meses) )?(?:de |en )?(?:estar |quedar |vivir )?(?:en )?(?:paraliz${W}|(?:la |una )?silla|cama|cuadripl${W}|parapl${W})|\b(?:now|today|these days|ahora|hoy|ya) (?:he |she |they |i |we |mi \w+ |my \w+ )?(?:walks|runs|climbs (?:the )?stairs|dances|plays (?:soccer|football|basketball|tennis)|rides (?:a |his |her )?bike|hikes|camina|corre|sube (?:las )?escaleras|baila|juega (?:futbol|basquet)|anda en bici)\b(?!(?: [\w']+){0,4} (?:with|con|holding(?: onto| on to)?|using|usando|agarrad[oa] de|apoyad[oa] en) (?:a |the |her |his |their |my |una |un |el |la |su |sus )?(?:\w+ )?(?:walker|cane|crutches|braces|help|support|assistance|frame|parallel bars|physio\w*|therapist|andadera|baston|muletas|ayuda|apoyo|asistencia|barras|fisio\w*|terapeuta)| (?:un poco|unos pasos|a little|a few steps|short distances|distancias cortas))|\b(?:sell|seal|reconect|reconnect)${W} (?:(?:la|el|las|los|the|its|su|sus) )?(?:lesion|injury|vias nerviosas|nerve pathways|neural pathways|conexiones nerviosas|nerve connections)\b|\b(?:medula|lesion|nervios?|spinal cord|cord|injury|nerves) (?:\w+ ){0,2}?(?:como nuev[oa]s?|like new|as good as new|back to normal|normal again)\b|\bwalk(?:s|ed|ing)? (?:\w+ ){1,3}?again\b`,
    basis: "contract: walking again, the injury repaired; lexicon §4.4 Testimonial cure",
  },
  {
    code: "cure-claim",
    lang: "any",
    pattern: r`\b(?:say goodbye to|goodbye to|bye bye|adios a|decir adios a|despid${W} de|olvid${W} de|forget about) (?:your |the |la |su |tu )?(?:paralysis|paralisis|paraplegia|quadriplegia|paraplejia|cuadriplejia|spinal cord injury|lesion medular)\b|\b(?:nerve|spinal cord|neural|axon|nerviosa|de la medula|medular) (?:regeneration|repair|reconnection|regeneracion|reparacion|reconexion) (?:guaranteed|assured|garantizada|asegurada|100 ?%)|\b(?:heal|cure|fix|repair)${W} what (?:\w+ ){0,3}?(?:couldn't|could not|could never|can't|cannot|can never|never could)\b|\b(?:cur|san|repar)${W} lo que (?:\w+ ){0,3}?(?:no (?:se )?pod${W}|nunca)\b`,
    basis: "contract: says the treatment cures or repairs the injury",
  },
  {
    code: "cure-claim",
    lang: "any",
    // Implied cures: "get your old life back", "vuelve a tu vida de antes", "the cells handle the repair",
    // "your spinal cord does the rest of the healing", "restore signalling through the damaged cord",
    // "la silla de ruedas ya la regalamos", "No chair, no crutches."
    pattern: r`\b(?:\bget (?:your|his|her|their|my) (?:old |normal |former |whole |independent )?life back\b|\b(?:vuelv|volv|regres)\w* a (?:tu|su|la) vida (?:de antes|normal|anterior)\b|\bvolver a ser (?:el|la|los|las) de antes\b|\brecuper\w* (?:tu|su) vida (?:de antes|normal|anterior)\b|\b(?:handles?|handled|takes? care of|took care of|se encarga\w* de|hacen|hace) (?:all )?(?:of )?(?:the |la |el )?(?:repair|healing|regeneration|reparacion|regeneracion|sanacion)\b(?<=\b(?:cells?|celulas|infusions?|treatment|tratamiento|therapy|terapia)\b[^.;!?]{0,50})|\b(?:the rest(?: of)?|el resto(?: de)?) (?:the |la )?(?:healing|repair|reparacion|sanacion|trabajo)\b(?<=\b(?:spinal cord|cord|body|medula|cuerpo)(?: \w+)? (?:does|will do|hace|hara) [^.;!?]{0,30})|\brestor\w* (?:\w+ ){0,2}?(?:signal\w*|connection\w*|communication|conduction) (?:through|across|between|in) (?:the )?(?:damaged|injured|broken|spinal|brain)\b|\b(?:reconect|reconnect)\w* (?:los |las |the )?(?:nervios|nerves|neuronas|neurons|fibras|fibers)\b|\bsilla(?: de ruedas)? (?:ya )?(?:la |se )?(?:regal|vend|don|tir|guard)(?:amos|aron|o|e)\b|\b(?:regalamos|vendimos|donamos|tiramos|regalo|vendio) (?:la|su) silla\b|\b(?:sold|gave away|donated|ditched|got rid of) (?:his|her|my|the|their) (?:wheel)?chair\b|\bno (?:more )?(?:wheel)?chair,? no (?:crutches|walker|cane)\b|\bsin silla,? sin (?:muletas|andadera|baston)\b)`,
    basis: 'contract: says or implies the treatment cures or repairs; "ya no necesita silla de ruedas"',
  },
  {
    code: "cure-claim",
    lang: "any",
    // A feat after a chair or a complete injury: "three years in a chair; she danced the waltz", "on his own two
    // legs"; "back to normal", "como si nunca hubiera pasado", "they fixed what the accident broke"; mechanism
    // talk: "construyen puentes nuevos entre las neuronas", "regeneran las fibras nerviosas".
    pattern: r`\b(?:(?:bail(?:o|aron)|danced|hiked|surf(?:s|ed|ea)|corrio|carried (?:his|her)|drove (?:himself|herself)|walked (?:down|onto|into|across)|sub(?:e|io) (?:solit[oa] )?(?:las )?escaleras|sin que nadie (?:la|lo) sostuviera|on (?:his|her|my) own two (?:legs|feet)|de pie y sin (?:ayuda|andadera))\b(?<=\b(?:wheelchair|chair|silla|paraly[sz]\w*|complete|completa|camilla|parapleji\w*|cuadripleji\w*|[ctd]\d{1,2})\b[^]{0,400})|(?:he|she|they|i)(?:'s| is| are|'m| am) back to normal\b|como si nunca (?:le )?hubiera pasado|(?:le|les|me) (?:regresaron|devolvieron) la vida|(?:gave|give|gives) (?:him|her|them|me) (?:his|her|their|my) life back|(?:don't|doesn't|do not|does not) (?:even )?(?:own|use|need) (?:a|the|his|her|my) (?:wheel)?chair(?: anymore)?|la silla ya no la (?:usa|ocupa|necesita)|(?:fix|rebuil|restor|repair|reconstru|arregl|repar)\w* (?:lo que|what) (?:el accidente|la lesion|the accident|the injury|the crash|the fall) (?:broke|took|did|rompio|dano|quito)|(?:construyen|crean|forman|tienden|build|create|form) (?:\w+ )?(?:puentes|bridges) (?:nuevos |new )?(?:entre|between|across|over)|(?:regeneran|regenerate|reconstruyen|rebuild|reparan|repair)\w* (?:las |the )?(?:fibras|fibers|fibres|tejido|tissue) (?:nerviosas|nerve|nervioso|neural)|(?:doing|do|does|hacen|hace) (?:the |la )?(?:repair|reparacion) (?:work|trabajo) (?:on|en|de) (?:the |la )?(?:cord|medula))`,
    basis:
      "contract: testimonials of being cured, no longer needing a wheelchair; implies the treatment repairs the injury",
  },
  {
    code: "cure-claim",
    lang: "any",
    // "his cord will heal", "the cells will fix everything".
    pattern: r`\b(?:(?:cord|medula|spine|columna|injury|lesion|nerves?|nervios)(?: \w+)? (?:will|is going to|va a|se va a|van a) (?:heal|repair|regenerate|sanar|curar(?:se)?|reparar(?:se)?|regenerar(?:se)?)\b|(?:cells?|celulas|treatment|tratamiento) (?:will|van a|va a) (?:fix|arreglar|reparar|curar) (?:everything|todo)\b)`,
    basis: "contract: says the treatment cures or repairs the injury",
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: r`\b(?:va|vas|van) a (?:andar|estar) caminando\b`,
    basis: 'contract: "volverá a caminar"',
  },
  {
    code: "cure-claim",
    lang: "any",
    // "His injury is history", "la lesión quedó atrás", "Spinal cord injury: gone", "sanó por completo", "nerve
    // regrowth reconnected his legs", "se va a levantar de esa silla", "folded up the wheelchair".
    pattern: r`\b(?:(?:injury|lesion|paralysis|paralisis|sci)\W{0,3}(?:is |es |quedo |:)?(?:now |ya )?\s*(?:history|gone|historia|atras|cosa del pasado)\b|(?:sano|healed|se curo|recovered) (?:por completo|completely|fully|totalmente)|(?:injury|lesion)(?: \w+){0,8} (?:has|have) healed|(?:nerve|nervio)s? (?:regrowth|regeneration|regeneracion)|reconnected (?:his|her|my|their) legs|(?:legs|piernas) (?:came back|volvieron|regresaron)|(?:se va a|va a|vas a|se van a) levantar de (?:esa|la|su) silla|(?:folded|put) (?:up |away )?(?:the|his|her|my) (?:wheel)?chair|walking (?:around )?(?:\w+ ){0,3}without (?:the |a |his |her )?(?:frame|walker|cane|crutches)|(?:gave|give|gives|giving) (?:\w+ ){0,2}(?:his|her|their|my|our) life back)`,
    basis: "contract: testimonials of being cured, disease gone, no longer needing a wheelchair",
  },

  {
    code: "cure-claim",
    lang: "any",
    // "off the chair for good", "threw the wheelchair in the dumpster", "the damage is repairing itself", "the cells rebuilt whatever was broken".
    pattern: r`\b(?:off|out of) (?:the|my|his|her|their) (?:wheel)?chair for good\b|\bno more (?:wheel)?chair\b|\b(?:threw|tossed|ditched|dumped|got rid of|sold|gave away|donated) (?:away )?(?:the |his |her |my |their )?wheelchair\b|\b(?:tiro|tiramos|regalo|regalamos|vendio|vendimos) (?:la|su|mi) silla de ruedas\b|\b(?:injury|damage|cord|lesion|dano|medula) (?:is|was|has been|esta|se esta|se) (?:actually |really |literally |ya )?(?:healing|repairing|repaired|healed|rebuilt|regenerating|reparando|regenerando|sanando|curando)(?: (?:itself|sola|solo))?\b|\bcells? (?<!\bhad (?:the |his |her )?cells? )(?:rebuilt|rebuild|repaired|fixed|healed|reconnected) (?:what|whatever|the (?:damage|injury|cord)|his (?:cord|injury)|her (?:cord|injury)|my (?:cord|injury))\b|\bcelulas (?:repararon|arreglaron|reconstruyeron|reconectaron) (?:lo que|el dano|la medula|la lesion)\b`,
    basis:
      'contract: "regenerates your spinal cord", "no longer needing a wheelchair"; corpus rules: leaving the wheelchair, the injury repairing',
  },
  {
    code: "cure-claim",
    lang: "any",
    // "our cells patch it up", "get up out of the chair", "las células cerraron la lesión", "de la lesión ya no queda ni rastro", "ya no soy parapléjico".
    pattern: r`\b(?:cells?|celulas)\b[^.]{0,40}?\b(?:patch|patches|patched|fix|fixes|mend|mends|seal|seals|close|closes|closed) (?:it|them|the (?:damage|injury|cord|gap|lesion|hole)) up\b|\b(?:get|gets|got|getting|stand|stood) up (?:and )?out of (?:the|their|his|her|my) (?:wheel)?chair\b|\bcelulas (?:cerraron|cerraran|cierran|sellaron|taparon) (?:la|el) (?:lesion|dano|herida)\b|\b(?:de la lesion|del dano|de la paralisis) (?:ya )?no (?:queda|quedo) (?:ni rastro|nada)\b|\bya no soy (?:paraplejic[oa]|cuadriplejic[oa]|tetraplejic[oa])\b|\b(?:tiro|tiramos|avento) (?:las|sus|mis) muletas\b|\bla silla (?:de (?:mi|su) \w+ )?(?:ya )?(?:esta|quedo) arrumbada\b|\b(?:la )?medula (?:le |te |les )?(?:queda|quedo|quedara) como nueva\b`,
    basis:
      'contract: "regenerates your spinal cord", "ya no necesita silla de ruedas"; corpus rules: the injury repaired, the wheelchair left behind',
  },
  {
    code: "cure-claim",
    lang: "any",
    // "he's not paralysed anymore", "we undo it", "the spinal cord has reconnected", "gave him his legs back", "la médula se regeneró", "ni la silla ni el bastón", "quedó como antes".
    pattern: r`\b(?:he's|she's|i'm|he is|she is|i am|they're|they are) not paraly[sz]ed any ?more\b|\bno longer paraly[sz]ed\b|\bya no (?:esta|estoy|estan|es) paralitic[oa]s?\b|\bwe undo (?:it|paralysis|the paralysis|the damage|the injury)\b|\b(?:spinal )?cord (?:has |had )?reconnected\b|\b(?:medula|cord) volvio a conectar\w*|\bse (?:reconecto|reconectaron) (?:la medula|los nervios)\b|\b(?:gave|give|gives) (?:him|her|me|them|you) (?:his|her|my|their|your) legs back\b|\ble devolvieron (?:sus|las) piernas\b|\bnos devolvieron a (?:mi|su) \w+ complet[oa]\b|\b(?:injury|lesion) (?:was|is)\W{1,4}gone\b|\bse (?:reparo|regenero|cerro) (?:el tejido|la medula|la lesion)\b|\bla medula se (?:regenero|reparo|curo)\b|\bno (?:walker|wheelchair|chair|cane|crutches)\W{1,3}no (?:walker|wheelchair|chair|cane|crutches)\b|\bni (?:la silla|el baston|la andadera|las muletas) ni (?:la silla|el baston|la andadera|las muletas)\b|\bsin andadera ni (?:nada|baston)\b|\bwalked (?:down )?the aisle\b|\bdanced at (?:my|our|his|her|their) wedding\b|\b(?:se )?levant(?:a|o|ara|aran) de (?:la|su) silla\b|\bcomo antes del accidente\b|\bquedo como antes\b|\bdeja(?:n|ra|ran)? la silla(?: de ruedas)?\b(?! (?:en|para (?:ir|subir|bajar|entrar)|por|junto|a un lado|un momento|un rato|afuera|estacionada))`,
    basis:
      'contract: "I was cured", "no longer needing a wheelchair", "regenerates your spinal cord"; corpus rules: leaving the wheelchair, the injury gone',
  },
  {
    code: "cure-claim",
    lang: "any",
    // "the implanted cells repaired the damaged section of the spinal cord", "the cells do the repair work", "las células se encargan de reparar el tejido dañado".
    pattern: r`\b(?<!\b(?:if|had) (?:the |his |her |my |our )?)(?:cells?|implant|treatment|therapy) (?!had )(?:\w+ )?(?:repaired|regenerated|rebuilt|reconnected) (?:the |his |her |their )?(?:damaged |injured )?(?:\w+ ){0,3}?(?:spinal cord|cord|nerves|pathways)\b|\bthe cells do the repair(?: work)?\b|\bcelulas (?:se encargan de|van a|logran|lograron) (?:reparar|regenerar|reconstruir) (?:el tejido|la medula|la lesion)\b`,
    basis: 'contract: "regenerates your spinal cord"; corpus rules: the injury repaired',
  },
  {
    code: "cure-claim",
    lang: "any",
    // "after the implant the cord regenerates on its own", "para que la médula quede restaurada".
    pattern: r`\b(?:cord|medula|nerves?|tissue|tejido) regenerates? (?:on its own|by itself|itself)\b|\bla medula (?:quede|queda|quedara|quedo) (?:restaurada|reparada|regenerada)\b`,
    basis: 'contract: "regenerates your spinal cord"',
  },
  {
    code: "cure-claim",
    lang: "any",
    // "reverses diabetes", "revierte la parálisis", "stage 4 cancer to no evidence of disease".
    pattern: r`\b(?:reverses?|reversed|reversing|revierte\w*|revirti\w*|revertir\w*)\b (?:(?:his|her|their|your|my|the|su|sus|la|el|los|las) )?(?:type (?:1|2|one|two) |tipo (?:1|2) )?(?:diabetes|paralysis|paralisis|spinal cord injur\w*|lesion(?:es)? medular\w*|disease|enfermedad\w*|autism|autismo|parkinson'?s?|alzheimer'?s?|als|ela|esclerosis \w+|multiple sclerosis|arthritis|artritis|copd|epoc|neuropath\w*|neuropatia\w*)\b|\bno evidence of disease\b|\bsin evidencia de (?:enfermedad|cancer)\b`,
    basis:
      'contract: "says or implies the treatment cures, reverses or repairs the disease"; "his cancer was gone"',
  },
  {
    code: "cure-claim",
    lang: "any",
    // "regenerar y reconstruir el cartílago dañado", "rebuilds damaged nerves": repair of damaged tissue.
    pattern: r`\b(?:regenera\w*|reconstru\w*|repar(?:a|an|ar|ara|aran)\b|regenerates?|rebuilds?|repairs?)(?: (?:y|and) \w+)? (?:el |la |los |las |the |your |su |sus )?(?:cartilag\w*|tejidos?|tissues?|nervios?|nerves?|neuronas?|neurons?|cord|medula)(?: \w+){0,4}? (?:danad\w*|damaged|lesionad\w*|injured|perdid\w*|lost)\b`,
    basis: 'contract: "regenerates your spinal cord"; lexicon §4.4 Mechanism misstatement',
  },
  {
    code: "cure-claim",
    lang: "es",
    // "su esposo va a salir de aquí caminando": a promise to walk out.
    pattern: WALK_OUT_ES,
    basis: 'contract: "le garantizamos que volverá a caminar"; corpus rules: a promise to walk again',
  },
  {
    code: "cure-claim",
    lang: "any",
    // "walks on his own two feet", "su papá se levanta de esa silla", "I don't use the chair anymore".
    pattern: r`\b(?:on|with) (?:his|her|their|my) own two feet\b|\bse (?:levanta|levantara|va a levantar|levanto) de (?:esa|la|su|mi) silla\b|\bget(?:s|ting)? (?:up )?(?:out of|up from) (?:that|the|his|her|this) (?:wheel)?chair\b|\b(?:use|uses|need|needs) (?:the|a|his|her|my|that) (?:wheel)?chair (?:anymore|any more|at all)\b`,
    basis: 'contract: "no longer needing a wheelchair"; corpus rules: walk again or leaving the wheelchair',
  },
  {
    code: "cure-claim",
    lang: "any",
    // A disease gone: "the arthritis in my hands is gone", "se le quitó la diabetes", "dejó la insulina".
    pattern: r`\b(?:psoriasis|migraines?)\b(?: [\w']+){0,5}? (?:had |has |have )?(?:cleared|were gone|was gone|are gone|is gone|disappeared)\b|\b(?:diabetes|arthritis|copd|autism|parkinson'?s?|lupus|asthma)\b(?: (?:in|of) (?:my|his|her|the|their) \w+)? (?:is|was|are|were) (?:completely |totally )?gone\b|\b(?:diabetes|artritis|epoc|autismo|parkinson|lupus|asma)(?: (?:de|en) (?:las?|los|sus?|mis?) \w+)? (?:desaparecio|se fue|se curo|se quito)\b|\bse (?:le |me |te |nos )?quit(?:o|aron) (?:la |el |su |mi )?(?:diabetes|artritis|epoc|autismo|parkinson|lupus|asma)\b|\bdej\w* (?:la |su |mi )?insulina\b|\bya no (?:usa|necesita|se inyecta) (?:oxigeno|insulina)\b|\b(?:stopped|quit|off) (?:his|her|my|the|all) (?:insulin|diabetes (?:pills|meds|medications?)|oxygen)\b`,
    basis: 'contract: "his cancer was gone", "disease gone"',
  },
  {
    code: "cure-claim",
    lang: "any",
    // "llegué en silla de ruedas … y hoy ya no la uso", "estas células reparan el tejido de la médula".
    pattern: r`\bya no la (?:uso|usa|usamos|necesito|necesita)\b(?<=\bsilla\b[^.]{0,80})|\b(?:reparan|regeneran|reconstruyen|repairs?|regenerates?|rebuilds?) (?:el |la |the )?(?:tejido|tissue) (?:de la |of the )?(?:medula|spinal cord|cord)\b`,
    basis: 'contract: "regenerates your spinal cord", "ya no necesita silla de ruedas"',
  },
  {
    code: "cure-claim",
    lang: "en",
    // "three patients have put their wheelchairs away for good".
    pattern: r`\bput (?:their|his|her|my) (?:wheel)?chairs? away\b`,
    basis: 'contract: "no longer needing a wheelchair"',
  },
  // ── miracle-hype ───────────────────────────────────────────────────────────────────────────────────
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:don't|do not|doesn't|does not|no longer|never) (?:use|uses|need|needs) (?:it|one|the chair|a chair) (?:anymore|any more|again)\b(?<=\b(?:wheel-?)?chair\b[^]{0,160})`,
    basis: 'contract: leaving the wheelchair ("three years in a wheelchair … I don\'t use it anymore")',
  },
  {
    code: "cure-claim",
    lang: "any",
    pattern: r`\b(?:my|his|her|the|our) (?:wheel)?chair (?:is|sits|went|has been|now sits|now lives|lives) (?:\w+ ){0,2}?(?:in the (?:garage|closet|basement|attic|shed)|collecting dust|gathering dust)\b|\b(?:gave|sold|donated) (?:away )?(?:my|his|her|the|our) (?:power |electric |old )?(?:wheel)?chair\b(?! (?:and|to buy|for) (?:a |an )?(?:new|lighter|better|power|electric))|\b(?:la|su|mi) silla (?:se la |se las |la )?(?:regal\w*|don\w*)\b|\b(?:regal\w*|don\w*) (?:la|su|mi) silla\b(?! (?:vieja|anterior|manual))|\b(?:la|su|mi) silla (?:esta|quedo|se quedo) (?:guardada|arrumbada|en (?:la |el )?(?:cochera|garaje|bodega|closet))`,
    basis:
      'contract: leaving the wheelchair ("my chair is in the garage collecting dust", "la silla se la regalé a un señor")',
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:rebuil\w*|repair\w*|restor\w*|regrow\w*|regenerat\w*|heal\w*) (?:the |your |his |her |my )?(?:damaged|injured|severed|dead) (?:tissue|area|cord|nerves?|fibers|fibres|part (?:of (?:the|his|her|my) )?(?:cord|spine))\b|\b(?:injury|damage|lesion|paralysis|lesion) is (?:repairable|reversible|curable|fixable)\b|\brevers\w* what (?:\w+ ){0,4}?did to (?:my|his|her|their|your) (?:spine|spinal cord|cord|back|body|legs)\b|\bwalk\w* (?:(?:my|his|her|our|their) \w+ (?:\w+ )?)?down the aisle\b(?! (?:with|using|in|on) (?:a |the |his |her |my )?(?:walker|braces|crutches|canes?|wheelchair|chair|help))`,
    basis:
      'contract: repairs the injury, walking again ("rebuild the damaged tissue", "reversed what that motorcycle did to my spine", "walked my daughter down the aisle")',
  },
  {
    code: "cure-claim",
    lang: "any",
    pattern: r`\bregenera\w* (?:las |los |el |la )?(?:fibras nerviosas|nervios|neuronas|tejido nervioso|conexiones nerviosas|axones)\b|\b(?:dio|dar|da|dieron|daba) (?:sus |los )?primeros pasos sin (?:andadera|ayuda|apoyo|baston|muletas)\b|\bgets? around without (?:the |a |his |her |my )?(?:wheel)?chair\b`,
    basis:
      'contract: repairs the injury, leaves the wheelchair ("regenera las fibras nerviosas dañadas", "dio sus primeros pasos sin andadera", "gets around without the chair")',
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: r`\b(?:ya )?la (?:dejo|dejamos|dejaron|tiene|tenemos|tienen) (?:arrumbada|guardada|olvidada|en la bodega|en la cochera)\b(?<=\bsilla\b[^]{0,120})`,
    basis: 'contract: leaving the wheelchair ("llegó en silla … ya la dejó arrumbada en el cuarto de atrás")',
  },
  {
    code: "cure-claim",
    lang: "any",
    pattern: r`\b(?:muchos|varios|la mayoria|cientos|decenas) de (?:nuestros )?pacientes ya lo (?:han )?logr\w*\b(?<=\bcamin\w*[^]{0,160})|\b(?:put|stuck|parked|threw|rolled|pushed) it (?:in|into) the (?:garage|closet|basement|attic|shed)\b(?<=\bchair\b[^]{0,120})|\b(?:pushed|put|parked|stuck|rolled|shoved|threw|tossed) (?:that|the|my|his|her) (?:old )?(?:wheel)?chair (?:into|in) (?:the |my |his |her |our |a )?(?:\w+'s )?(?:garage|closet|basement|attic|shed|corner|storage)\b|\b(?:haven't|hasn't|have not|has not) needed it since\b(?<=\bchair\b[^]{0,160})|\bya no se (?:ve|nota|observa|aprecia) la lesion\b|\b(?:the )?(?:lesion|injury) (?:is |was )?(?:no longer|not) (?:visible|there) on (?:the|his|her|my) (?:mri|scan)\b`,
    basis:
      'contract: walking again, leaving the wheelchair, the injury gone ("muchos de nuestros pacientes ya lo han logrado", "I pushed that chair into the garage", "ya no se ve la lesión")',
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:injury|lesion|damage|spinal cord|cord|spine) (?:is|was|has) (?:(?:just|completely|totally|now|basically|fully|been)\W{1,5})?(?:healed|gone|fixed|repaired)\b`,
    basis: 'contract: the injury healed ("now the injury is just... healed")',
  },
  {
    code: "cure-claim",
    lang: "any",
    pattern: r`\b(?:cord|spine|spinal cord|nerves?|body) (?:rebuilds?|repairs?|regenerates?|heals?|reconnects?) (?:its|their|the) (?:own )?(?:connections|tissue|fibers|fibres|pathways|nerves)\b|\bfrom (?:the |a )?wheel-?chair to\b(?! (?:the |a |his |her |my )?(?:bed|car|shower|toilet|chair|commode|bath|sofa|couch|seat|van)\b)|\b(?:do not|don't|never|doesn't|does not) leave in one\b(?<=\bwheel-?chair\b[^]{0,100})`,
    basis:
      'contract: repair of the injury, leaving the wheelchair ("the cord rebuilds its own connections", "from wheelchair to school run", "most arrive in a wheelchair; most do not leave in one")',
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: r`\b(?:lesion|medula|nervios?|columna)(?: de (?:su|tu) \w+)? se (?:va|van|vaya|vayan) a (?:regenerar|reparar|curar|sanar|reconstruir)\b`,
    basis: 'contract: regenerates the injury ("la lesión de su esposo se va a regenerar")',
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:injury|lesion|paralysis)\b(?: \w+){0,5}? (?:is|was) (?:now )?(?:gone|healed)\b|\bwalk\w* (?:\w+ ){0,5}?without (?:the|a|my|his|her) chair\b`,
    basis:
      'contract: the injury gone, leaving the wheelchair ("the injury that everyone called permanent is gone", "I walk my daughter to school without the chair")',
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:finish|finishes|leave|leaves|complete|completes|go home|goes home)\b (?:the (?:program|programme|treatment|protocol) )?walking\b`,
    basis: 'contract: walking again ("participants with incomplete injuries finish the program walking")',
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:we )?reverse (?:it|them)\b(?<=\bparaly\w*[^.]{0,60})`,
    basis: 'contract: reverses the injury ("we don\'t just manage paralysis — we reverse it")',
  },
  {
    code: "cure-claim",
    lang: "any",
    pattern: r`\b(?:estara|va a estar|van a estar|will be|'ll be) (?:caminando|walking)\b(?! (?:with|con) (?:a |the |una |la )?(?:walker|andadera|braces|crutches|muletas)\b(?![^.]{0,30}\b(?:sin ella|without it)))|\bya no la (?:usa|necesita|ocupa)\b(?<=\bsilla\b[^]{0,120})|\b(?:the )?repair happens\b`,
    basis:
      'contract: walking again, leaving the wheelchair ("she WILL be walking at her graduation", "hoy ya no la usa")',
  },
  {
    code: "cure-claim",
    lang: "any",
    pattern: r`\b(?:dejen|dejaran|dejaron) la silla(?: de ruedas)?\b|\b(?:do|does|did) the repair(?:ing| work)\b`,
    basis:
      'contract: leaving the wheelchair, repairing the injury ("ha logrado que pacientes parapléjicos dejen la silla de ruedas", "they do the repairing on their own")',
  },
  {
    code: "miracle-hype",
    lang: "en",
    pattern: r`\bmiracle${W}\b(?<!\b(?:minor|tiny) miracle${W})(?<!\ba small miracle)(?! (?:that )?(?:she|he|they|i|we|you) (?:survived|lived|made it|is alive|are alive|was alive|were alive|found|got|managed|finally))(?<!\b(?:lady|parish|church|hospital|school|street) of (?:the )?miracle\w*)|\bmiraculous${W}\b(?! (?:survival|escape|medal|novena))|\bbreakthr(?:ough|u)${W}\b(?! pain| day\b| moment\b| session\b| week\b| with (?:the |our |my )?(?:insurance|insurer|school|bank|landlord|paperwork|appeal))|\brevolutionar${W}|\brevoluti?oni[sz]${W}|\brevolution(?<!\b(?:ave|avenue|av|blvd|boulevard|calle|col)\.? revolution) (?:in|for)\b|\bgame[- ]?chang${W}\b(?<!\b(?:the|my|our|his|her) (?:real|true|only|biggest) game[- ]?chang\w*)${NOT_FOR_THEIR_BODY}|\bchang${W} the (?:whole )?game\b|\bwonder (?:cure|cells?|treatment|therapy)|\bgroundbreaking\b|\bparadigm shift\b|\bmedical marvel\b`,
    basis: "contract: miracle / breakthrough / revolutionary / game changer; lexicon §4.4 Hype",
  },
  {
    code: "miracle-hype",
    lang: "es",
    // "Av. Revolución" is a street in most Mexican cities, not hype.
    pattern: r`\bmilagr${W}\b(?<!\b(?:dra?|sra?|srta|lic|enf|mtra|dona|virgen de los?|(?:el|lo|su|mi) (?:unico|verdadero|real)|the only)\.? milagr\w*)(?<!\b(?:hospital|clinica|parroquia|colonia|calle|llamo|llamad[oa]|senora de) (?:(?:el|la|los|las|del|de|san|santa|nuestra|senora|se) ){0,2}milagr\w*)(?!\W{0,3}(?:ja){2,}|\W{0,3}(?:ha){2,})(?! que (?:sobreviv${W}|siga vivo|siguiera vivo|este vivo|estuviera vivo|no muriera|saliera vivo|haya sobrevivido))|\brevolucionari${W}|\brevolucion(?:a|an|amos|ando|ara|aron|ado|o)\b|\brevolucion\b(?<!\b(?:av|avenida|calle|blvd|boulevard|bulevar|col|colonia|plaza|de la|esq)\.? revolucion)(?! mexicana)|\bparteaguas\b(?<!\b(?:el|su|mi) (?:verdadero|unico|real) parteaguas)(?<!\b(?:silla|camioneta|cojin|rampa|coche|carro|grua|andadera|bipedestador)\b[^.]{0,80})|\bavance (?:historico|sin precedentes)\b|\bcambi${W} (?:las reglas del juego|el juego)\b|\bun antes y un despues\b`,
    basis: 'contract: "terapia milagrosa", "un avance revolucionario"; corpus rules: parteaguas',
  },
  {
    code: "miracle-hype",
    lang: "any",
    pattern: r`\bmagic (?:cells?|cure|bullet|treatment|therapy|shot)\b|\b(?:celulas|cura|tratamiento|terapia) magic[oa]s?\b|\bunprecedented (?:advance|breakthrough|results|success|recovery)\b|\b(?:resultados|exito|recuperacion) sin precedentes\b|\bhito historico\b`,
    basis: "contract: miracle / breakthrough language; lexicon §4.4 Hype",
  },
  {
    code: "miracle-hype",
    lang: "any",
    pattern: r`\b(?:stem cell|regenerative|medical|cellular|cell therapy) revolution\b|\brevolution (?:is here|has arrived|has begun|starts|is now)\b|\brevolucion (?:ha llegado|esta aqui|ya llego|comienza)\b`,
    basis: "contract: revolutionary language about the therapy",
  },

  {
    code: "miracle-hype",
    lang: "any",
    // "estamos viviendo una revolución en la neurología".
    pattern: r`\b(?:una |la )?revolucion (?:en|de|para) (?:la )?(?:neurologia|medicina|rehabilitacion|lesion medular|el tratamiento)\b|\b(?:a |the )?revolution in (?:neurology|medicine|rehabilitation|spinal cord)`,
    basis: 'contract: "un avance revolucionario", "a revolutionary breakthrough"',
  },
  {
    code: "miracle-hype",
    lang: "es",
    // "lo más grande que ha pasado en la medicina desde la penicilina".
    pattern: r`\blo (?:mas grande|mejor) que ha pasado en la medicina\b|\bthe (?:biggest|greatest) thing (?:to happen )?in medicine since\b|\bnada igual en el (?:pais|mundo)\b(?<=\b(?:celul\w*|terapia|tratamiento|coctel)\b[^.]{0,60})`,
    basis: "contract: breakthrough / game-changing language about the therapy",
  },
  {
    code: "miracle-hype",
    lang: "any",
    // "absolute gamechanger", "a revolution in a syringe", "groundbreaking", "de otro planeta", "ciencia ficción hoy es una realidad", "un avance histórico", "lo nunca visto".
    pattern: r`\bgame ?-?changer\w*${NOT_FOR_THEIR_BODY}|\bcambia(?:r|n)? las reglas(?: del juego)?\b|\brevolution in a (?:syringe|vial|shot|bottle)\b|\bground-?breaking\b|\bmedical marvel\b|\bde otro planeta\b|\bciencia ficcion\b(?= (?:hoy |ahora |ya )?es (?:una )?realidad)|\bla medicina ya no (?:va a ser|sera) la misma\b|\bcambiandolo todo\b|\bchanges everything\b|\bun avance (?:historico|de los que salen)\b|\blo nunca visto\b|\badelantazo\b|\bla revolucion de la medicina\b|\bberraquera\b`,
    basis: "contract: miracle / breakthrough / revolutionary / game-changing language about the therapy",
  },
  {
    code: "miracle-hype",
    lang: "es",
    // "Estamos hablando del gran avance de la medicina moderna."
    pattern: r`\bel gran avance\b|\bgran avance (?:de|en) la (?:medicina|ciencia)\b`,
    basis: 'contract: "un avance revolucionario"',
  },
  // ── absolute-safety ────────────────────────────────────────────────────────────────────────────────
  {
    code: "absolute-safety",
    lang: "en",
    pattern: r`\b(?:no|zero|without|free of|free from|0)(?<!\b(?:reported|experienced|observed|recorded) (?:no|zero|without|free of|free from|0)) (?:any |possible )?(?:side[- ][ae]ffects?|risks?|complications?|adverse (?:effects?|events?|reactions?)|dangers?)\b(?!-free| free\b| (?:beyond|other than|except|apart from|aside from|besides|but)\b| (?:of (?:immune )?(?:rejection|reaction|graft|losing|lose)|to your (?:deposit|money)|for (?:the |your )?(?:data|privacy))|(?: \w+)? (?:were|was|have been|has been) (?:reported|seen|observed|recorded|documented))|\bside[- ]effects?\W{1,4}(?:none|zero|nil|0|nothing)\b`,
    basis: 'contract: "no side effects"; corpus rules: "cero riesgos"',
  },
  {
    code: "absolute-safety",
    lang: "en",
    pattern: r`\b(?:100 ?%|100 percent|completely|totally|perfectly|absolutely|entirely|utterly|super|ultra|fully) (?:safe|risk[- ]free|harmless|innocuous)\b|\brisk[- ]free\b(?<!\bdays (?:are |is )?risk[- ]free)(?! (?:cancel${W}|booking|reschedul${W}|consult${W}|quote|deposit|returns?|trial|period))|\b(?:side[- ]effect|complication)[- ]free\b|\bsafe for (?:everyone|everybody|all patients|anyone)\b|\b(?:can't|cannot|can not|won't|will not|couldn't) (?:possibly )?(?:hurt|harm) (?:you|anyone|him|her)\b|\bnothing (?:\w+ ){0,2}?(?:can|could|will) (?:possibly )?go wrong\b|\b(?:absolute|total|guaranteed|perfect|100 ?%) safety\b|\bsafety is guaranteed\b|\b(?:impossible|imposible) (?:to|que|de)\b[^.]{0,30}?\b(?:bad reaction|side effects?|complications?|reacci${W}|efectos?|complicaci${W}|go wrong|salga mal|hurt|harm|dan[oe])|\b(?:no|zero|without (?:any )?) ?(?:chance|possibility) of (?:side effects|complications|harm|bad reactions|risk)`,
    basis: 'contract: "100% safe", "risk-free"',
  },
  {
    code: "absolute-safety",
    lang: "es",
    pattern: r`\b(?:sin|cero|0|nul[oa]s?)(?<!\b(?:transcurrio|termino|salio|se realizo|se hizo|fue|concluyo|evoluciono|evoluciona|se recupero) sin) (?:ningun |ningunos |ninguna |ningunas )?(?:tipo de )?(?:efectos? (?:secundarios?|adversos?|colaterales?|negativos?)|riesgos?|complicaciones?|peligros?|reacciones adversas)\b(?! de (?:rechazo|perder)| (?:mas alla de|salvo|excepto|aparte de|fuera de|ademas de)\b| (?:graves?|serios?|severos?|significativos|importantes|mayores)\b)|\bno (?:hay|tiene|existe|representa|causa|produce|provoca|presenta|conlleva|implica|genera|deja) (?:absolutamente )?(?:ningun|ninguna|ningunos|ningunas)? ?(?:tipo de )?(?:efectos? (?:secundarios?|adversos?|colaterales?)|riesgos?|complicaciones?|peligro|reacciones? adversas?)\b(?! de (?:rechazo|perder))`,
    basis: 'contract: "sin efectos secundarios", "sin riesgos"',
  },
  {
    code: "absolute-safety",
    lang: "es",
    pattern: r`\b(?:100 ?%|totalmente|completamente|absolutamente|cien por ciento|super|perfectamente|enteramente) (?:segur|inocu)${W}|\b(?:seguridad|inocuidad) (?:absoluta|total|garantizada|completa|del 100)\b|\bnada (?:\w+ ){0,2}?(?:puede|podria|va a) salir mal\b|\bno (?:le |te )?(?:pasa|va a pasar|pasara) nada malo\b|\blibre de (?:riesgos?|efectos|complicaciones|peligros?)\b|\b(?:nula|cero|ninguna) (?:posibilidad|probabilidad) de (?:complicaciones|riesgos?|efectos)|\briesgo (?:cero|nulo)\b|\bno (?:hay|existe) peligro\b`,
    basis: 'contract: "totalmente seguro"; corpus rules: "cero riesgos"',
  },
  {
    code: "absolute-safety",
    lang: "any",
    pattern: r`\b(?:sin|no (?:tiene|hay)|has no|with no|without (?:any )?|no) contraindica${W}|\b100 ?% (?:natural (?:and|y) )?(?:safe|segur${W})\b|\b(?:segur[oa]s?|safe) (?:al )?100 ?%`,
    basis: 'contract: "100% safe", "totalmente seguro"',
  },
  {
    code: "absolute-safety",
    lang: "any",
    pattern: r`\b(?:totalmente|completamente|absolutamente|100 ?%) inofensiv[oa]s?\b|\b(?:risks?|side[- ]effects?|complications?|dangers?|riesgos?|efectos secundarios|complicaciones|peligros?)\W{1,4}(?:there (?:is|are) |hay )?(?:none|zero|nil|ninguno|ninguna|cero|nada)\b(?! (?:that|of which|beyond|other than|except|que|aparte|fuera de)\b)`,
    basis: 'contract: "no risk", "no side effects"',
  },
  {
    code: "absolute-safety",
    lang: "any",
    pattern: r`\b(?:segur[oa]s?|safe) (?:al )?(?:cien(?: por ciento)?\b|100 ?%)|\bnada de (?:efectos (?:secundarios|adversos)|riesgos?|complicaciones)\b|\bni (?:un|una) (?:solo |sola )?(?:efecto (?:secundario|adverso)|riesgo|complicacion)\b`,
    basis: 'contract: "totalmente seguro", "sin efectos secundarios"',
  },
  {
    code: "absolute-safety",
    lang: "any",
    pattern: r`\b(?:as safe as|tan segur[oa]s? como|igual de segur[oa]s? que) (?:a |an |una |un |tomar |taking )?(?:vitamin${W}|flu shot|vaccine|blood test|aspirin|water|glass of water|vacuna|analisis de sangre|aspirina|agua|inyeccion de vitaminas|vaso de agua)\b`,
    basis: 'contract: "completely safe"',
  },
  {
    code: "absolute-safety",
    lang: "any",
    // "el procedimiento carece de riesgos", "totally secure and without secondary effects" (machine translation).
    pattern: r`\b(?:\bcarece\w* de (?:todo |cualquier )?(?:riesgos?|efectos? (?:adversos|secundarios)|complicaciones)\b|\b(?:free of|devoid of) (?:any |all )?(?:risks?|side effects)\b|\b(?:totally|completely|entirely|100 ?%) secure\b|\bwithout (?:any )?secondary effects\b)`,
    basis: 'contract: "no side effects", "100% safe", "sin riesgos"',
  },
  {
    code: "absolute-safety",
    lang: "any",
    // Asked about the risks, answered "There aren't any" / "ninguno".
    pattern: r`\b(?:there (?:aren't|are not|isn't|is not) any|no hay ningun[oa]?|ningun[oa](?! [a-z])|none)\b(?![\w ]{0,25}(?:serious|major|known|reported|graves?|serios?|conocid))(?<=\b(?:risks?|riesgos?|side effects|efectos secundarios|complications|complicaciones)\b[^.!]{0,40}\?[^?]{0,60})`,
    basis: 'contract: "no risk", "sin riesgos"',
  },
  {
    code: "absolute-safety",
    lang: "any",
    pattern: r`\b(?:no (?:le |te )?va a pasar (?:absolutamente )?nada|nothing (?:bad )?(?:can|will) happen|(?:mas seguro que|safer than) (?:una |un |a |an )?(?:vacuna|vaccine|aspirin|aspirina|vitamina|vitamin|paracetamol))`,
    basis: 'contract: "no risk", "100% safe"',
  },

  {
    code: "absolute-safety",
    lang: "any",
    // "our cells have never caused a single side effect in any patient", "no tienen ningún efecto secundario ni riesgo".
    pattern: r`\bnever (?:caused|produced|given anyone|had) (?:a single|any|one) (?:side[- ]effects?|complications?|adverse (?:effects?|events?|reactions?)|bad reactions?)\b(?! (?:that|beyond|other than|except)\b)|\bno (?:tienen|causan|producen|provocan|presentan|generan|dan) (?:ningun|ninguna|ningunos|ningunas) (?:tipo de )?(?:efectos? (?:secundarios?|adversos?|colaterales?)|riesgos?|complicaciones?|reacciones? adversas?)\b`,
    basis: 'contract: "no side effects", "sin efectos secundarios"',
  },
  {
    code: "absolute-safety",
    lang: "es",
    // "no hay nada que pueda salir mal".
    pattern: r`\bno hay nada que (?:pueda|podria) salir mal\b`,
    basis: 'contract: "no risk", "totalmente seguro"',
  },
  {
    code: "absolute-safety",
    lang: "any",
    // "side effects: there aren't any", "efectos secundarios: no hay ninguno".
    pattern: r`\bside effects\W{1,3}(?:there (?:aren't|are not|are none|is none)\b(?: any)?|none at all)|\befectos (?:secundarios|adversos)\W{1,3}no (?:hay|existen|tiene)(?: ninguno)?\s*(?:[.!]|$)`,
    basis: 'contract: "no side effects"',
  },
  {
    code: "absolute-safety",
    lang: "any",
    // "Is the procedure safe? Completely."
    pattern: r`\b(?:is (?:it|this|the \w+|(?:the |this )?(?:stem )?cell (?:therapy|treatment)|(?:the |this )?(?:stem cell )?(?:procedure|treatment|therapy|infusion|injection)) safe|es (?:seguro|segura)(?: el (?:procedimiento|tratamiento))?)\W{1,4}(?:completely|totally|absolutely|100 ?%|completamente|totalmente|absolutamente)\b`,
    basis: 'contract: "completely safe"',
  },
  {
    code: "absolute-safety",
    lang: "es",
    pattern: r`\blibre de (?:cualquier |todo )(?:riesgo|efecto secundario|complicacion)\b`,
    basis: 'contract: "sin riesgos"',
  },
  {
    code: "absolute-safety",
    lang: "any",
    // "literally nothing that can go wrong", "patients simply don't have side effects", "no hay manera de que le hagan daño".
    pattern: r`\bnothing (?:\w+ ){0,3}?(?:that |which )?(?:can|could|will) (?:possibly )?(?:go wrong|harm (?:you|him|her|them)|hurt (?:you|him|her|them))\b|\b(?:simply|just|never) (?:don't |do not |doesn't |does not )?(?:get|have|experience|suffer|had|got) (?:any )?side effects\b|\bno hay (?:manera|forma) de que (?:le |te |les )?(?:hagan?|cause|causen) (?:ningun )?dano\b|\bnada (?:puede|podria) salir mal\b`,
    basis: 'contract: "no side effects", "risk-free"',
  },
  // ── regulatory-misuse ──────────────────────────────────────────────────────────────────────────────
  {
    code: "absolute-safety",
    lang: "any",
    pattern: r`\briesgos?\b[^.]{0,30}?\bno (?:hay|existe|tiene) (?:ninguno|ninguna|nada)\b|\brisks?\b[^.]{0,30}?\bthere (?:are|is) (?:none|nothing)\b`,
    basis: 'contract: "no risk" ("de riesgos no se preocupe, no hay ninguno")',
  },
  {
    code: "absolute-safety",
    lang: "any",
    pattern: r`\b(?:nobody|no one|not one (?:patient|person)|nadie|ningun paciente) (?:has |ha )?(?:ever|jamas|nunca) (?:had|tenido|tuvo|presentado) (?:a |any |un |una |ningun |ninguna )?(?:single )?(?:problem|complication|side effect|reaction|problema|complicacion|efecto|reaccion)\w*|\b(?:we've|we have|we) never (?:had|seen) (?:a|one|any) (?:single )?(?:complication|problem|side effect|adverse|reaction)\w*|\bnunca (?:hemos tenido|ha habido|hemos visto) (?:ni )?(?:una|un|ninguna|ningun) (?:sola |solo )?(?:complicacion|problema|reaccion|efecto)\w*`,
    basis:
      'contract: "no risk" in plain words ("nobody has ever had a problem", "we\'ve never had one complication")',
  },
  {
    code: "absolute-safety",
    lang: "any",
    pattern: r`\b(?:no hay (?:nada|ningun\w*)[^.;]{0,60}? )?ni (?:un |ningun )?(?:efecto adverso|efecto secundario|riesgo|complicacion) que temer\b|\bno hay (?:ningun )?(?:efecto adverso|efecto secundario|riesgo|complicacion)\w* que temer\b|\bno (?:side effects?|risks?|complications?) to (?:worry about|fear)\b`,
    basis: 'contract: "no side effects" in plain words ("ni efecto adverso que temer")',
  },
  {
    code: "absolute-safety",
    lang: "any",
    pattern: r`\b(?:side effects?|efectos secundarios|riesgos?|risks?)\b[^.]{0,40}?\bthere (?:aren't|arent|are not|isn't|isnt|is not) any\b|\bnothing to worry about at all\b`,
    basis: 'contract: "no side effects" in plain words ("about side effects, honestly there aren\'t any")',
  },
  {
    code: "absolute-safety",
    lang: "en",
    pattern: r`\b(?:cells?|treatment|therapy|procedure|infusion)s? (?:don't|do not|doesn't|does not|never|won't|will not) (?:cause|have|produce|give (?:you )?)(?: any)? side effects\b`,
    basis: 'contract: "no side effects" ("the cells don\'t cause side effects")',
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: r`\b(?:fda|cofepris|who|ministry of health|government|imss|ssa)-(?:approved|cleared|certified|endorsed|backed|registered|authori[sz]ed|recogni[sz]ed)\b|\b(?:fda|cofepris|government) (?:ap{1,2}roved|cleared|certified|endorsed|registered|backed) (?:stem|cell|cells|therapy|treatment|protocol|procedure|product|regenerative)\b|\b(?:approved|endorsed|certified|backed|recogni[sz]ed|validated|supported|sanctioned)(?<!\b(?:trial|study|studies|protocol|research|investigation)(?: \w+){0,3} \w+) by (?:the )?(?:us |u\.s\. |american )?(?:fda|who\b|world health)|\b(?:approved|endorsed|certified|backed|recogni[sz]ed|validated|supported|sanctioned)(?<!\b(?:lab|labs|laboratory|hospital|facility|pharmacy|bank|center|centre|building|operating room|unit|clinic)(?: is| are| was|,)? (?:approved|endorsed|certified|backed|recogni[sz]ed|validated|supported|sanctioned))(?<!\b(?:trial|study|studies|protocol|research|investigation)(?: \w+){0,3} \w+) by (?:the )?(?:mexican |federal |state |national )?(?:cofepris|ministry|government|health authorit|secretaria de salud|imss|ssa)`,
    basis: 'contract: "FDA-approved stem cell therapy"; lexicon §4.4 Regulatory misuse',
  },
  {
    code: "regulatory-misuse",
    lang: "es",
    // "aprobado por la FDA", "respaldado por el IMSS y la COFEPRIS", "con el respaldo de la Secretaría de Salud".
    pattern: r`\b(?:aprobad|avalad|certificad|respaldad|reconocid|validad|endosad|recomendad)(?<!\b(?:ensayo|estudio|protocolo|investigacion)(?: \w+){0,3} \w+)${W} (?:por|ante) (?:la |el )?(?:fda|oms|organizacion mundial de la salud)\b|\b(?:aprobad|avalad|certificad|respaldad|reconocid|validad|endosad|recomendad)(?<!\b(?:ensayo|estudio|protocolo de investigacion|investigacion|trial|study|research protocol|comite|laboratorio|hospital|clinica|establecimiento|banco|centro|farmacia|quirofano|unidad)(?: \w+){0,3} \w+)${W} (?:por|ante) (?:el |la |los )?(?:fda|cofepris|secretaria de salud|oms|ssa|imss|issste|gobierno|organizacion mundial)|\b(?:con|tiene|tenemos|cuenta con|cuentan con|contamos con) (?:el |la )?(?:aval|respaldo|visto bueno|aprobacion|reconocimiento) (?:oficial )?(?:de|del) (?:la |el )?(?:fda|cofepris|secretaria de salud|oms|ssa|imss|gobierno)|\b(?:licensed|authori[sz]ed|autorizad[oa]s?|certified|approved|certificad[oa]s?|aprobad[oa]s?|avalad[oa]s?) (?:by|por) (?:the |la |el )?(?:cofepris|fda|secretaria de salud|ssa|ministry of health) (?:to|para|for) (?:treat|cure|curar|tratar|the treatment of|el tratamiento de)|\b(?:tratamiento|terapia|procedimiento|protocolo|celulas|treatment|therapy|cells|procedure)(?: \w+){0,3}? (?:autorizad${W}|authori[sz]ed|licensed|permitid${W}|aprobad${W}) (?:por|by) (?:la |el |the )?(?:cofepris|fda|secretaria de salud|ssa|ministry|government|gobierno)`,
    basis: 'contract: "avalado por COFEPRIS para curar"; lexicon §4.4 Regulatory misuse',
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    // A licence, registration, inspection or certificate offered as proof that the therapy works.
    pattern: r`\b${CRED}\b${gap(80)}\b${CRED_LINK}\b${gap(80)}\b${EFFICACY}|\b${CRED}\b${gap(60)}\b(?:prove[sn]?|shows?|showed|demonstrates?|guarantees?|confirms?|confirmed|certifies|validates|demuestra${W}|comprueba${W}|garantiza${W}|confirma${W}|certifica${W}|avala${W}) (?:that |que )?${gap(30)}\b${EFFICACY}|\b${CRED}\b${gap(60)}\b(?:(?:best |clear |final |real |your |the )?proof (?:that|it|our|the|these)\b|(?:esa|esta|la) es la prueba de que|prueba de que|avala (?:la |su )?(?:efectividad|eficacia)|que (?:demuestra|comprueba) (?:su|la) (?:eficacia|efectividad))`,
    basis: "contract: an approval or registration used as proof the therapy works",
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: r`\b(?:recogni[sz]${W}|reconoc${W}|certif${W}|validat${W}|valid(?:a|an|o)|declar${W}|consider${W}) (?:this|the|our|esta|la|nuestra|el|nuestro) (?:therapy|treatment|protocol|cells|terapia|tratamiento|protocolo|celulas) (?:as|como) (?:an? |un |una )?(?:effective|safe and effective|eficaz|efectiv${W}|segur[oa] y eficaz|proven|comprobad${W})|\b(?:terapia|tratamiento|therapy|treatment|celulas|cells) (?:\w+ ){0,2}?(?:con|with) (?:el |la )?(?:registro|aprobacion|aval|autorizacion|approval|registration|endorsement) (?:de |del |from |of )?(?:la |el |the )?(?:cofepris|fda|ssa|secretaria de salud)|\b(?:works|funciona)\b${gap(40)}\b(?:that'?s why|which is why|por eso|por lo que)\b${gap(40)}\b(?:cofepris|fda|licen|permiso|aprob|approv)`,
    basis: "contract: an approval used as proof or endorsement",
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: r`\b(?:listed|registered|registrad${W}|inscrit${W}|publicad${W}) (?:on|with|in|en|ante) (?:the |la )?(?:clinicaltrials\.gov|fda|cofepris)\b${gap(80)}\b(?:proof|proven|proves|so it|which means|guarantee|safe and effective|works|legitimate|prueba|demuestra|comprueba|garantiza|por lo que|asi que|funciona|seguro y eficaz|eficacia)`,
    basis: 'contract: "listed on ClinicalTrials.gov, so it is proven"',
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: r`\b(?:authori[sz]ed|approved|endorsed|certified|validated|recogni[sz]ed|backs|backed) (?:our|the|this|his|her|their) (?:\w+ ){0,3}?(?:therapy|treatment|cells|protocol|procedure)\b(?<=\b(?:fda|cofepris|ministry of health|health ministry|government|health authorit(?:y|ies))\b[^;!?]{0,90})|\b(?:cofepris|la fda|la secretaria de salud|la ssa|el gobierno|la oms) (?:oficialmente |formalmente )?(?:aprobo|autorizo|avalo|certifico|valido|reconocio|respalda|avala|aprueba|autoriza|certifica|reconoce) (?:oficialmente |formalmente )?(?:nuestr[oa]|el|la|este|esta|su) (?:tratamiento|terapia|celulas|protocolo|procedimiento)\b|\bfda[- ]compliant\b|\b(?:approv\w*|aprobad\w*|aprobacion|authori[sz]\w*|autoriza\w*|endorse\w*|aval) (?:\w+ ){0,2}?(?:from|by|de|del|por) (?:the |la |el )?(?:fda|cofepris|secretaria de salud|ministry of health|health ministry|ssa|invima|anvisa|federal health authority|(?:mexican |federal )?government|gobierno)\b(?:'s)?${gap(30)}\b(?:for|para) (?:treating |tratar |la |el )?(?:paraplegi\w*|quadriplegi\w*|tetrapleji\w*|tetraplegi\w*|cuadripleji\w*|parapleji\w*|paralysis|paralisis|spinal cord injur\w*|lesion(?:es)? medular\w*)|\b(?:invima|anvisa|federal health authority|health ministry)\b(?<=(?:aprobad[oa]|approved|autorizad[oa]|authori[sz]ed) (?:por|by) (?:el |la |the )?(?:mexico's )?(?:invima|anvisa|federal health authority|health ministry))(?<=\b(?:tratamiento|terapia|treatment|therapy)\b[^.;!?]*)|\b(?:because|since|as|porque|ya que|pues) (?:the |la |el )?(?:fda|cofepris|ministry of health|government|secretaria de salud|gobierno|ssa)(?: has| have)? (?:approved|authori[sz]ed|endorsed|certified|backs|aprobo|autorizo|avalo|certifico|(?:lo|la) (?:aprobo|autorizo|avalo|certifico)) ?(?:it|them|this|lo|la)?\b`,
    basis: "contract: an approval used as proof the therapy is endorsed; lexicon §4.4 Regulatory misuse",
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: r`\b${CRED}\b${gap(40)}\b(?:and|y) (?:is |es |are |son |esta |está )?(?:completely |totally |100% |completamente |totalmente |clinically |clinicamente )?(?:effective|eficaz|efectiv[oa]s?|proven|comprobad[oa]s?|safe and effective|segur[oa] y eficaz)\b`,
    basis: "contract: an approval or registration presented together with efficacy, as its proof",
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    // "the government wouldn't let us work if it didn't work", "tasa de éxito respaldada por la certificación",
    // "our registry entry on ClinicalTrials.gov proves this therapy is recognised by the US government".
    pattern: r`\b(?:\b(?:no (?:nos |los |les )?(?:dejaria\w*|permitiria\w*|autorizaria\w*)|wouldn't (?:let|allow)|would not (?:let|allow))\b${gap(80, STOP, "[^;!?]")}\b(?:no (?:sirviera|funcionara|sirve|funciona)|didn't work|did not work|wasn't effective|were not effective)\b|\bif (?:\w+ ){0,3}?didn't work\b[^.]{0,60}?\bwould(?:'ve| of| have)? (?:closed|shut) (?:us|it|them)\b|\b(?:funcionara|sirviera|work)\b(?<=\b(?:si (?:\w+ ){0,4}?no \w+|if it didn't work|if it did not work))${gap(60, STOP, "[^;!?]")}\b(?:no (?:nos |los |les |nos la |nos lo )?(?:dejaria\w*|permitiria\w*|autorizaria\w*|daria\w*|otorgaria\w*)|wouldn't (?:let|allow|give|grant)|would not (?:let|allow|give|grant))\b|\b(?:respaldad|avalad|backed|endorsed|supported|validad|validated)\w* (?:por|by)\b[^.;!?]{0,40}?${CRED}(?<=\b(?:exito|resultados?|eficacia|efectividad|success|results?|efficacy|effectiveness)\b[^.;!?]{0,140})|\b(?:registry|registration|listing|entry|registro)\b[^.;!?]{0,40}?\bproves?\b[^.;!?]{0,40}?\b(?:recogni[sz]ed|endorsed|approved|backed|reconocid\w*|avalad\w*)\b|\bapproved by (?:the )?(?:cofepris|fda|secretaria de salud|ministry of health)\b[^.;!?]{0,30}?\bfor (?:this|that|exactly (?:this|that)|its) (?:use|indication|purpose)\b)`,
    basis: "contract: an approval or registration used as proof the therapy works or is endorsed",
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    // "licencia de la Secretaría de Salud (prueba oficial de …)", "una clínica cuyo tratamiento no funcionara no
    // tendría todo eso en regla", "Registered = real".
    pattern: r`\b(?:(?:prueba|proof) (?:oficial |official )?(?:de que|that|of)\b(?<=\b${CRED}[^.;!?]{0,60})|no (?:tendria|tendriamos) (?:todo )?(?:eso|esto|esos|la licencia|el registro)\b(?<=\b(?:no (?:funcionara|sirviera)|didn't work)[^.;!?]{0,60})|registered = real|(?:validation|validacion|confirmation|confirmacion)\w* (?:independiente |independent )?(?:of|de) (?:the |la |su |our )?(?:effectiveness|efficacy|eficacia|efectividad)\b(?<=\b${CRED}[^.;!?]{0,100}))`,
    basis: "contract: an approval or registration used as proof the therapy works or is endorsed",
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    // "una clínica cuyo tratamiento no funcionara no tendría todo eso en regla"; "con eso ya puede dejar de
    // preocuparse de si funciona".
    pattern: r`\b(?:(?:cuyo|cuya|whose) (?:\w+ ){0,2}?(?:no (?:funcionara|sirviera)|didn't work) (?:no (?:tendria|tendriamos|estaria|podria)|wouldn't (?:have|be))\b|(?:con eso|with that|so) (?:ya )?(?:puede|can|you can) (?:dejar de preocuparse|stop worrying)\b(?<=\b${CRED}[^]{0,200}))`,
    basis: "contract: an approval or registration used as proof the therapy works or is endorsed",
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: r`\b(?:(?:officially )?recogni[sz]ed by (?:the )?(?:\w+ ){0,3}?(?:secretaria de salud|cofepris|fda|ministry|government)\b[^.;!?]{0,40}?\b(?:effective|eficaz|efectiv\w*))`,
    basis: "contract: an approval used as proof the therapy works or is endorsed",
  },

  {
    code: "regulatory-misuse",
    lang: "any",
    // "the treatment has been officially checked and validated by the Mexican authorities", "registrado con la FDA, so nuestra terapia está aprobada".
    pattern: r`\b(?:treatment|therapy|cells|protocol|tratamiento|terapia|celulas|protocolo)\b${gap(40)}\b(?:officially |oficialmente )?(?:checked|verified|validated|approved|endorsed)(?: and (?:validated|approved|endorsed|verified))? by (?:the )?(?:\w+ )?(?:authorit\w*|government|cofepris|fda|health ministry|ministry of health)\b|\b(?:registrad[oa]|registered) (?:con|with|ante) (?:la )?fda\b[^.]{0,20}?\b(?:so|asi que|por eso|o sea)\b[^.]{0,40}?\b(?:aprobad[oa]|approved)\b|\bnothing gets (?:on|in)(?:to)? (?:there|it) unless it works\b`,
    basis: "contract: an approval or registration used as proof the therapy works or is endorsed",
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    // "Eso quiere decir que … el tratamiento sí funciona", "revisado y verificado por la autoridad", "el gobierno ya revisó que las células sirven", "avalado por el Estado".
    pattern: r`\b(?:es decir|o sea(?: que)?|eso quiere decir|eso significa|that means|this means)\b(?<=\b${CRED}\b[^]{0,150}?)${gap(80)}\b${EFFICACY}|\b(?:revisad|verificad|validad|aprobad|avalad)[oa]s? (?:y (?:revisad|verificad|validad|aprobad|avalad)[oa]s? )?por (?:la |las )?autoridad(?:es)?\b[^.]{0,40}?\b(?:funciona|sirve|efectiv\w*|eficaz)|\b(?:el gobierno|la autoridad|cofepris|la secretaria(?: de salud)?) (?:ya )?(?:reviso|verifico|comprobo|checo|valido) que (?:las celulas|el tratamiento|la terapia) (?:sirven?|funcionan?)\b|\bthe government (?:already )?(?:checked|verified) (?:that )?(?:the cells|the treatment|it) works?\b|\bavalad[oa] por el (?:estado|gobierno)\b|\b(?:government|state|gobierno) (?:is )?telling (?:families|patients|you) (?:that )?(?:this|the|our) (?:treatment|therapy) works\b`,
    basis: "contract: an approval or registration used as proof the therapy works or is endorsed",
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    // "Because the clinic's laboratory is registered with the FDA, American families can be confident that the treatment is effective."
    pattern: r`\b(?:because|since|porque|ya que|como)\b${gap(60)}\b${CRED}\b${gap(80)}\b(?:can be confident|can trust|puede(?:n)? confiar|pueden estar segur\w*)\b${gap(40)}\b${EFFICACY}`,
    basis: "contract: an approval or registration used as proof the therapy works",
  },
  {
    code: "regulatory-misuse",
    lang: "es",
    // "Como estamos registrados en ClinicalTrials.gov, nuestro tratamiento está validado": a registration given as the reason.
    pattern: r`\bcomo (?:ya )?(?:estamos|somos|tenemos|contamos con|esta|estan)\b[^.;!?]{0,50}?${CRED}[^.;!?]{0,80}?\b(?:validad[oa]|avalad[oa]|respaldad[oa]|comprobad[oa]|eficaz|funciona)\w*`,
    basis: 'contract: "uses an approval, registration or registry listing as proof the therapy works"',
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    // "…certified by COFEPRIS. That is official proof that our therapy works", "esa licencia respalda la eficacia".
    pattern: r`\b(?:that|this|it|eso|esto)(?:'s| is| es) (?:the )?(?:official |oficial )?(?:proof|prueba|evidence|evidencia|garantia|guarantee) (?:de )?(?:that|que)\b(?<=\b${CRED}[^]{0,160})|\b${CRED}[^.;!?]{0,40}?\b(?:respalda|avala|garantiza|demuestra|prueba|confirma|backs|proves|guarantees|confirms)\w* (?:la |su |the |our )?(?:eficacia|efectividad|effectiveness|efficacy|resultados|results)\b`,
    basis: 'contract: "uses an approval, registration or registry listing as proof the therapy works"',
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    // "basically the Mexican government saying it works", "ésa es la mejor prueba de que funciona" after a licence.
    pattern: r`\b(?:government|gobierno|authorit\w*|autoridad\w*) (?:\w+ ){0,2}?(?:saying|diciendo) (?:that )?(?:it|que) (?:works|funciona)\b|\b(?:esa|esta|eso|that|this)(?: es|'s| is) (?:la mejor |the best )?(?:prueba|proof) (?:de )?(?:que|that)? ?(?:funciona|it works)\b(?<=\b${CRED}[^]{0,200})`,
    basis: 'contract: "uses an approval, registration or registry listing as proof the therapy works"',
  },
  // ── pay-to-participate (kept only in texts that talk about a study; see index.ts) ──────────────────
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: r`\b(?:doesn't|does not|wouldn't|would not|won't|will not|don't|do not) (?:clear|approve|license|licence|allow|register|authori[sz]e|permit|list|certify) (?:things|treatments|therapies|a therapy|a treatment|anything|products|something|stuff) (?:that|which) (?:don't|do not|doesn't|does not|didn't|did not) work\b|\b(?:la )?(?:cofepris|fda|secretaria de salud|el gobierno)\b no (?:aprueba|autoriza|registra|permite|da licencia a)\w* (?:nada|tratamientos|terapias|cosas|productos) que no (?:funcione|funcionen|sirva|sirvan)\b|\b(?:eso|esto|lo cual|lo que|that|this|which) (?:demuestra|prueba|confirma|respalda|avala|garantiza|shows|proves|confirms) (?:que |that )?(?:es |it's |it is |el tratamiento es |the treatment is |nuestro tratamiento (?:es|esta) |our treatment is )?(?:un |una |a |an )?(?:tratamiento |treatment |terapia |therapy )?(?:validad[oa]|validated|eficaz|efectiv[oa]|effective|legitim\w*|works|funciona|aprobad[oa] para|approved for)\b(?<=\b(?:licen[cs]\w*|regist\w*|clinicaltrials\.gov|aprob\w*|approv\w*|certifi\w*|cofepris|fda|permiso\w*|clearance)\b[^]{0,160})`,
    basis:
      'contract: an approval or registration used as proof the therapy works ("the FDA doesn\'t clear things that don\'t work", "eso demuestra que es un tratamiento validado")',
  },
  {
    code: "regulatory-misuse",
    lang: "en",
    pattern: r`\b(?:which|that|this|it) says (?:everything|it all|a lot|all you need to know) about (?:the |our )?(?:quality|results|efficacy|effectiveness|safety)\b(?<=\b${CRED}[^.]{0,80})|\bcan be (?:certain|sure|confident) (?:that )?(?:the |our |this )?(?:therapy|treatment|protocol|cells) (?:is|are|works?)\b(?<=\b${CRED}[^.]{0,120})`,
    basis:
      'contract: a registration used as proof of results ("our lab is FDA registered, which says everything about the results you can expect")',
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: r`\b(?:the )?(?:u\.?s\.? )?government's (?:confirmation|seal|stamp|endorsement|approval|guarantee)\b(?<=\b(?:${CRED}|listed|listad[oa])(?:[^.]|\.(?=\S)|(?<=\bu\.s)\. ){0,100})|\bconfirmacion (?:oficial|del gobierno)\b(?<=\b(?:${CRED}|listed|listad[oa])(?:[^.]|\.(?=\S)|(?<=\bu\.s)\. ){0,100})`,
    basis:
      'contract: a registration used as endorsement ("listed on ClinicalTrials.gov, which is the U.S. government\'s confirmation that it meets their standards")',
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: r`\b(?:the government|the authorities|the regulator|la autoridad|las autoridades|el gobierno|cofepris|the fda|la fda)\b (?:has |have |ya )?(?:already )?(?:lo |la |los )?(?:checked|reviewed|verified|vetted|revis\w*|verific\w*|check\w*|aprob\w*)(?: (?:it|this|that|them))?\b(?<=\b(?:take our word|believe us|creernos|creer\w*)[^]{0,120})`,
    basis:
      'contract: an inspection used as proof ("you don\'t have to take our word for its effectiveness — the government has already checked it")',
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: r`\b(?:these|those|our|the|such) (?:credentials|certifications?|licen[cs]es?|accreditations?|approvals?|registrations?|permits?) (?:are|is) (?:\w+ ){0,2}?proof (?:that|of)\b|\b(?:estas|estos|nuestras|nuestros|esas|esos) (?:credenciales|certificaciones|licencias|acreditaciones|permisos|registros) (?:son (?:la |una )?(?:\w+ )?prueba de que|demuestran que|prueban que|confirman que|garantizan que|avalan que)`,
    basis:
      'contract: an approval or certification used as proof ("these credentials are independent proof that our cells are effective")',
  },
  {
    code: "regulatory-misuse",
    lang: "en",
    pattern: r`\b(?:the government|(?:\w+ )?(?:health )?authorities|the regulators?|cofepris|the fda)\b (?:has |have )?(?:looked at|reviewed|checked|inspected|examined) (?:this|the|our) (?:[\w-]+ ){0,3}?(?:therapy|treatment|protocol|product) and (?:signed off|approved|given (?:it )?(?:the|its) (?:ok|green light)|confirmed|found|verified|certified)\b|\b(?:which|that|this) tells you (?:that )?(?:the |our |this )?(?:treatment|therapy|protocol|cells?) (?:has|have|is|are) been (?:checked|backed|approved|validated|endorsed|verified)\b`,
    basis:
      'contract: an inspection used as endorsement ("the government has looked at this therapy and signed off on it")',
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: r`\b(?:lo que|lo cual|eso|esto|que|which|that) (?:respalda|avala|confirma|demuestra|prueba|backs|supports|confirms|proves) (?:nuestros|los|sus|our|the|its) (?:resultados|results|eficacia|efficacy|outcomes)\b(?<=\b${CRED}[^.]{0,120})`,
    basis:
      'contract: a registration used as proof of results ("estamos registrados en ClinicalTrials.gov, lo que respalda nuestros resultados")',
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: r`\b(?:approved|aprob\w*|certified|validated|certific\w*|avalad\w*) (?:it |them |our \w+ |the \w+ |lo |la )?(?:as|como) (?:effective|safe and effective|eficaz|efectiv[oa]|seguro y eficaz)\b`,
    basis:
      'contract: an approval used as proof it works ("the government already checked our treatment and approved it as effective")',
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: r`\b(?:officially )?recogni[sz]ed by (?:the )?(?:[\w-]+ ){0,3}?(?:authorities|government|regulators?|cofepris|fda) as (?:effective|safe and effective|a valid treatment)\b|\breconocid[oa] (?:oficialmente )?por (?:las )?(?:autoridades|el gobierno|cofepris)(?: \w+){0,2}? como (?:eficaz|efectiv[oa])\b|\b(?:has been|have been|was|is|been) (?:reviewed and )?(?:validated|approved|endorsed|verified) by the (?:u\.?s\.? |mexican )?government\b|\bla mejor prueba de que (?:nuestr[oa]s? )?(?:celulas|tratamiento|terapia)\w* (?:funciona|sirve)\w*(?<=\b${CRED}[^]{0,120})`,
    basis:
      'contract: an approval used as proof ("officially recognised by Mexican health authorities as effective", "listed there means our treatment has been validated by the U.S. government")',
  },
  {
    code: "pay-to-participate",
    lang: "any",
    pattern: r`\b(?:paid|patient-funded|patient-sponsored|patient-paid|self-funded|self-pay|pay-to-participate|pay-to-play|pagad[oa]|financiad[oa] por (?:el|los) pacientes?) (?:clinical |research |stem cell )?(?:study|trial|research|estudio|ensayo|protocol)|\b(?:you|usted|the patient|participants?|el paciente|los participantes|la familia|las familias|the family|families) (?:cover|pay|cubre|cubren|paga|pagan)${W} (?:for )?(?:the |el |la |los )?(?:(?:full )?cost of |costo de |costo del )?(?:the |la |el |los )?(?:investigational|study|trial|research|en investigacion|del estudio|del ensayo) ?(?:product|cells|kit|drug|lot|treatment|producto|celulas|lote|medicamento)|\b(?:participation|participant|enrol?l?ment|registration|membership|admission|inscripcion|participacion|ingreso|research|study|trial|investigacion|estudio)(?<!(?:imaging|mri|sleep|lab|blood|urodynamic|conduction|x-ray|ct|pet|video|case) study)(?! de (?:resonancia|laboratorio|imagen|sangre|orina|gabinete|control|rayos|tomografia))(?: \w+){0,2}? (?:fees?|costs?|contribution|donation|charge|membership|cuota|costo|aportacion|donativo|cooperacion|inversion|membresia)\b(?! (?:nothing|nada|\$ ?0\b|zero|cero)| (?:is |are |es |son )?(?:covered|waived|free|cubiert|gratis|gratuit|paid by|pagad[oa]s? por))|\b(?:fee|cost|contribution|donation|charge|price|cuota|costo|aportacion|donativo|inversion|pago|inscripcion)${W} (?:de |del |of |for |to |para )?(?:la |el |su )?(?:participa${W}|inscripcion|enrol${W}|ingreso|membresia|membership)\b(?! (?:nothing|nada|zero|cero)\b)`,
    basis:
      'contract: "join our paid clinical study"; corpus rules: contribution, donativo, aportación, inscripción',
  },
  {
    code: "pay-to-participate",
    lang: "any",
    pattern: r`\b(?:participa${W}|enrol${W}|join${W}|to take part|to be part|entrar|ingresar|ingreso|formar parte|forme parte|ser parte|inscribirse|to (?:enter|access))\b${gap(60, r`${STOP}|${FREE}`)}(?:\b(?:costs?|cuesta|fees?|requires? (?:a |an )?(?:\w+ ){0,2}?(?:payment|contribution|donation|fee)|implica (?:una )?(?:\w+ )?(?:aportacion|cuota|pago)|deposite|pague)\b|${MONEY})|\b(?:pay|pays|paid|paying|pague|pagar|paga|pagan)\b${gap(50, r`${STOP}|${FREE}`)}\b(?:to (?:join|enter|participate|take part|be (?:in|part of))|para (?:participar|entrar|ingresar|formar parte))\b${gap(40)}\b${STUDY}`,
    basis: 'contract: "pague su cuota para participar en el estudio"',
  },
  {
    code: "pay-to-participate",
    lang: "any",
    // The participant pays: "patients pay $15,000 to participate", "participants cover the cost of the cells".
    pattern: r`\b(?:participants?|participantes?|volunteers?|voluntarios?|(?:research|study|patient) partners?)(?: \w+){0,2}? (?:pay|pays|must pay|will pay|cover|covers|contribute|donate|pagan?|cubren?|aportan?|abonan?|deben (?:pagar|cubrir|aportar|abonar))\b(?! (?:no|nothing|zero|nada|ningun\w*)\b)|\b(?:patients?|pacientes?|you|usted|the patient|el paciente|los pacientes) (?:\w+ ){0,2}?(?:pay|pays|pagan?|aportan?|abonan?|contributes?) ${MONEY}[^.]{0,30}?\b(?:to (?:participate|join|enter|take part|be part|cover (?:their|your|the) participation)|para (?:participar|entrar|ingresar|formar parte|cubrir (?:su |tu |la )?participacion))|\b(?:para|to) (?:entrar|ingresar|participar|formar parte|ser parte|enter|join|participate|take part)\b[^.]{0,40}?\b(?:hay que|debe|deben|tiene que|tienen que|toca|se (?:requiere|necesita|pide|debe)|you (?:need|have|must)|participants (?:need|have|must))${W} (?:to )?(?:pagar|cubrir|aportar|abonar|donar|pay|cover|contribute|donate)\b[^.]{0,30}?${MONEY}|\b${STUDY}${gap(60)}\b(?:the patient|patients|you|participants|el paciente|los pacientes|usted|los participantes) (?:\w+ ){0,2}?(?:pay|pays|cover|covers|cubre|cubren|paga|pagan|absorbe)\b`,
    basis: "contract: asks patients to pay to join a study; corpus rules: the patient pays for the cells",
  },
  {
    code: "pay-to-participate",
    lang: "any",
    // "The trial is free, but you buy the cells": free participation with a paid product.
    pattern: r`\b(?:study|trial|research|estudio|ensayo|protocolo|entrar al estudio|participa${W})\b[^.]{0,50}?\b(?:is free|es gratis|es gratuito|doesn't charge|does not charge|no (?:le |te )?cobra|no cuesta|no tiene (?:ningun )?costo|has no cost|costs nothing|free of charge|at no cost|sin costo)\b[^.]{0,30}?(?:,|;|:|but|pero|solo|only|except|excepto|sin embargo|however)[^.]{0,60}?(?:you(?:'ll| will)? (?:need to |have to |must )?(?:pay|purchase|buy|cover)|usted (?:paga|cubre|debe pagar|compra)|(?:paga|cubre|compra) usted|(?:corre|corren) por (?:su|tu) cuenta|(?:a|por) (?:su|tu) cargo|se (?:cubren|pagan|cobran)|(?:the )?(?:patient|participant)s? (?:pays?|covers?|must pay|buys?)|pague|cubra|compre)\b`,
    basis: 'corpus rules: "the study is free but you pay for the cells"',
  },
  {
    code: "pay-to-participate",
    lang: "any",
    pattern: r`\b${STUDY}${gap(60, r`${STOP}|${FREE}`)}\b(?:costs? ${MONEY}|fees?|participant fee|contribution|donation|deposit|you pay|cuesta|cuota|paga usted|usted paga|aportacion|donativo|inversion|cooperacion)\b|\b(?:pague|pagar|paga|pagan|cuota|donativo|aportacion|inscripcion|cooperacion)\b${gap(60)}\bpara (?:participar|entrar|ingresar)\b|\b(?:forme parte|participe|join|enrol${W}|inscribase|ingrese|aceptad[oa] en|accepted into|admitted to)\b[^.]{0,40}?\b${STUDY}[^]{0,80}?\b(?:inversion|aportacion|cuota|costo|fee|cost|contribution|donation|deposite|deposit|pague|pay|inscripcion)\b[^.]{0,40}?${MONEY}`,
    basis: "contract: asks patients to pay to join a study",
  },
  {
    code: "pay-to-participate",
    lang: "any",
    pattern: r`\b(?:(?:study|trial|research|participation|investigational|estudio|ensayo|investigacion|participacion)(?: \w+){0,2}? (?:costs?|costos?|gastos?|fees?)|(?:costs?|costos?|gastos?|fees?) (?:of (?:the )?|del |de la |de )(?:study|trial|research|participation|estudio|ensayo|investigacion|participacion|protocolo))(?: \w+){0,3}? (?:is |are |es |son |corre |corren )?(?:borne by|paid by|covered by|a cargo del?|por cuenta del?|cubiertos? por|pagados? por) (?:the |el |los |la )?(?:patients?|participants?|pacientes?|participantes?|famil${W})\b|\b(?:fund|funds|finance|pay for) (?:their|your|his|her) own (?:participation|enrol${W}|place|spot)\b|\bautofinanciad${W}|\b(?:apoyo|support|contribution|aportacion) (?:para|a|for|to) (?:la |the )?(?:investigacion|research|estudio|study|protocolo|protocol)\b[^.]{0,30}?${MONEY}|\binvestigational (?:treatment|product|therapy|cells?) (?:fee|cost|price|charge)\b|\b(?:aporte|aportacion|cuota|fee|contribution|donativo|cost) (?:por|per|de cada|for each) (?:participante|participant|paciente|patient)\b|\b(?:aporte|cuota|costo|pago) de (?:inscripcion|ingreso|recuperacion|participacion)\b(?<=\b${STUDY}[^]{0,200})|\b(?:entrar|ingresar|participar|formar parte|join|enter|participate|take part)\b(?<=\b(?:para|to) (?:\w+|formar parte|take part))(?<=${MONEY}[^.;!?]*)`,
    basis: 'contract: asks patients to pay to join a study; corpus rules: "contribution", "the patient pays"',
  },
  {
    code: "pay-to-participate",
    lang: "any",
    pattern: r`\b(?:participa${W}|entrar|ingresar|join|enter|take part|formar parte|ser parte)\b (?:(?:en|in|a|al|to) )?(?:la |el |the |our |nuestr${W} )?${STUDY}${gap(30)}\b(?:se (?:solicita|pide|requiere|cobra|cubre|paga|abona)|(?:we |they )?(?:ask|request|require|charge)s? (?:for )?|(?:you|participants) (?:must|need to|have to) (?:make|give|pay)) (?:(?:una|un|a|an) )?(?:donacion|donativo|aportacion|cuota|pago|donation|contribution|fee|payment)\b`,
    basis: 'corpus rules: a "donativo" or "contribution" to take part in a study',
  },
  {
    code: "pay-to-participate",
    lang: "any",
    // "el programa de investigación no tiene costo, salvo el producto celular": a free study that charges for the cells.
    pattern: r`\b(?:\b(?:no tiene (?:ningun )?costo|sin costo|gratis|gratuit[oa]|is free|free of charge|at no cost|costs nothing)\b[^.]{0,60}?\b(?:salvo|excepto|except|aside from|apart from|other than|but not) (?:por |for )?(?:el |la |los |las |the )?(?:producto celular|celulas|cell product|cells|kit|lote|material biologico)\b)`,
    basis: 'corpus rules: "the study is free but you pay for the cells"',
  },
  {
    code: "pay-to-participate",
    lang: "any",
    // "para que su patojo entre al protocolo hay que dar una inscripción de 5,500 dólares", "participants purchase
    // the investigational cell product".
    pattern: r`\b(?:(?:inscripcion|enrol?lment|registration)(?: fee)? (?:es|cuesta|is|costs) (?:de )?${MONEY}|para que (?:\w+ ){0,3}?(?:entre|ingrese|participe|forme parte)\b[^.]{0,60}?\b(?:hay que|debe|tiene que|toca)\b[^.]{0,40}?(?:${MONEY}|inscripcion|cuota|aportacion|donativo)|(?:participants?|patients?|participantes|pacientes) (?:purchase|buy|compran?|adquieren?) (?:the |el |los )?(?:investigational |study |del estudio )?(?:cell )?(?:product|cells|kit|producto))`,
    basis: 'corpus rules: "the study is free but you pay for the cells"; fees to join a protocol',
  },

  {
    code: "pay-to-participate",
    lang: "any",
    // "la inscripción al estudio es de USD 4,000", "su aportación al protocolo (USD 5,000)".
    pattern: r`\b(?:inscripcion|enrol?lment|registration|participation)(?: fee)? (?:al|del|en el|to the|for the|in the) (?:estudio|protocolo|programa de investigacion|study|trial|research program)\w* (?:es|cuesta|is|costs) (?:de )?(?:${MONEY})|\b(?:aportacion|aporte|contribution|donativo|cuota) (?:al|del|to the|for the) (?:protocolo|estudio|study|trial|protocol)\b[^.]{0,30}?${MONEY}`,
    basis: 'contract: asks patients to pay to join a study; corpus rules: "inscripción", "aportación"',
  },
  {
    code: "pay-to-participate",
    lang: "es",
    // "para entrar al estudio se cubre la inscripción de 3,500 dólares".
    pattern: r`\bpara (?:entrar|ingresar|participar) (?:al|en el) (?:estudio|protocolo|ensayo)\b[^.]{0,40}?\bse (?:cubre|paga|aporta) (?:la |una )?(?:inscripcion|cuota|aportacion)\b`,
    basis: "contract: asks patients to pay to join a study",
  },
  {
    code: "pay-to-participate",
    lang: "any",
    // "participants cover only the cost of their cell product", "lo único que usted cubre es el cultivo… 9,800 dólares", "Program fee: USD 24,000".
    pattern: r`\b(?:participants?|you|usted|el paciente|los participantes) (?:cover|pay|cubre|cubren|paga|pagan)\w* (?:only|solo|unicamente) (?:the )?(?:cost|costo|price|precio)\b|\blo unico que (?:usted |tu )?(?:cubre|paga|pagaria|cubriria)\w* (?:es|son)\b[^.]{0,100}?${MONEY}|\b(?:program|study|protocol|enrol(?:l)?ment|registration|participation|research) fee\W{0,3}(?:usd|us\$|\$|mxn|eur)`,
    basis: 'corpus rules: "the study is free but you pay for the cells", fees to join',
  },
  {
    code: "pay-to-participate",
    lang: "any",
    // "para participar, el paciente realizará una aportación … de $320,000", "únicamente cubre usted el costo de las células".
    pattern: r`\b(?:para participar|to participate|to take part)\b[^.]{0,60}?\b(?:aportacion|contribution|pago|payment|fee|cuota|donativo)\b[^.]{0,60}?${MONEY}|\b(?:unicamente|solo|solamente) (?:cubre|paga|cubren|pagan) (?:usted |ustedes |el paciente )?(?:el |los )?(?:costo|costos|precio)\b`,
    basis: 'corpus rules: "contribution", "aportación"; "the study is free but you pay for the cells"',
  },
  {
    code: "pay-to-participate",
    lang: "es",
    // "Los pacientes que ingresan al protocolo realizan una aportación de $265,000".
    pattern: r`\b(?:que ingresan|que participan|que entran) (?:al|en el) (?:protocolo|estudio|programa)\b[^.]{0,40}?\b(?:aportacion|pago|cuota|donativo)\b[^.]{0,40}?${MONEY}`,
    basis: 'corpus rules: "aportación", fees to join a study',
  },
  // ── downplays-rehabilitation ───────────────────────────────────────────────────────────────────────
  {
    code: "pay-to-participate",
    lang: "any",
    pattern: r`\b(?:aportacion|cuota|donativo) (?:de|para) (?:recuperacion de costos|participacion|ingreso|inscripcion) (?:de|por) ${MONEY}|\b(?:inscripcion|aportacion|cuota|donativo) (?:(?:al|del|en el|para el) (?:protocolo|estudio|ensayo|programa)(?: de investigacion)?\b[^.]{0,40}?|(?:de|por) )${MONEY}|\b(?:aportacion|contribution|donation|donativo|fee|cuota)\b (?:permite|allows?|secures?|guarantees?|asegura|garantiza) (?:su |your |la |the )?(?:inclusion|participation|participacion|enrol\w*|place|lugar)\b|\b(?:registration|enrol?lment) (?:fee )?(?:for|to|in) the (?:study|trial|protocol|research program)\b[^.]{0,30}?${MONEY}`,
    basis: 'contract: a fee to join a study ("inscripción al protocolo: $285,000 MXN")',
  },
  {
    code: "pay-to-participate",
    lang: "any",
    pattern: r`\b(?:lo unico que|the only thing) (?:\w+ ){0,3}?(?:cubre|cubren|cubrir|paga|pagan|pagar|covers?|pays?|pay)\b[^.]{0,80}?${MONEY}`,
    basis:
      'contract: "the study is free but you pay for the cells" ("lo único que cubre la familia es el material biológico … 7,800 dólares")',
  },
  {
    code: "pay-to-participate",
    lang: "any",
    pattern: r`\b(?:(?:la familia|las familias|usted|el paciente|the family|the patient|you) (?:cubre|cubren|paga|pagan|covers?|pays?)|(?:unicamente|solo|solamente) se (?:cubre|paga|cobra)n?) (?:las |los |el |la |the |for the )?(?:celulas|cells|producto celular|cell product|material biologico)\b[^.]{0,80}?${MONEY}|\benrol?lment\b\W{1,4}(?:[\w-]+ ){0,3}?(?:research |clinical )?(?:study|trial|protocol|program)\b(?<=${MONEY}[^]{0,120})|\baportacion (?:para|al|del|de) (?:el )?(?:protocolo|estudio|programa)\b(?=[^]{0,200}${MONEY})`,
    basis:
      'contract: paying to join a study ("el estudio no tiene costo, pero la familia cubre las células … $210,000", "Concept: Enrollment – Research Study", "Aportación para el Protocolo de Investigación … $238,000")',
  },
  {
    code: "pay-to-participate",
    lang: "es",
    pattern: r`\bpara (?:ingresar|entrar|participar|ser aceptad[oa])\w* (?:al|en el|a|en) (?:protocolo|estudio|ensayo|programa)\b[^.]{0,40}?\b(?:donativo|aportacion|cuota|pago|costo|inscripcion)\b[^.]{0,30}?${MONEY}`,
    basis:
      'contract: a fee to join a study ("para ingresar al protocolo se solicita un donativo de $185,000 MXN")',
  },
  {
    code: "pay-to-participate",
    lang: "en",
    pattern: r`\bpay\w* (?:(?:usd ?|us)?\$ ?[\d,.]+k?|[\d,.]+ ?(?:usd|dollars|pesos|mxn)) (?:\w+ )?to (?:enrol\w*|join|participate|take part|get into|be part of|be included)\b`,
    basis: 'contract: paying to join a study ("you pay $6,000 to enroll in our research study")',
  },
  {
    code: "pay-to-participate",
    lang: "any",
    pattern: r`\b(?:research )?(?:protocol|study|trial)\b[^.]{0,20}?\bis paid (?:in full|for)\b|\(${MONEY}[\d,.]* enrol?lment\b|\b(?:aportacion|donativo|cuota)(?: voluntari[oa])? de ${MONEY}[\d,.]*\b[^.]{0,60}?\b(?:participacion|participar|estudio|protocolo|inscripcion)\b|\bpara formalizar su inscripcion\b`,
    basis:
      'contract: paying to join a study ("Jake\'s place in the research protocol is paid in full ($18,500 enrollment)", "una aportación voluntaria de $180,000 MXN, que cubre la participación en el estudio")',
  },
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: r`\b(?:won't|will not|don't|dont|do not|doesn't|doesnt|no longer|never) (?:\w+ )?(?:need|require|have to (?:do|go to|attend|keep doing)) (?:any |the |your |more |further |those |all the )?${REHAB_EN}|\bno need (?:to do |for |of )(?:any |more )?${REHAB_EN}|\bno ${REHAB_EN} (?:needed|required|necessary)\b|\b${REHAB_EN}(?: \w+){0,5}? (?:is |are )?(?:isn't|is not|aren't|are not|not|won't be|will not be|is not going to be) (?:\w+ )?(?:required|needed|necessary|essential|indispensable)\b|\b${REHAB_EN}(?: \w+){0,4}?[^\w.;!]{1,3}(?:not (?:required|needed|necessary)|optional|unnecessary)\b|\b${REHAB_EN}(?: \w+){0,4}? (?:is |are )?no longer (?:needed|required|necessary|useful)\b`,
    basis: 'contract: "no rehab needed"; lexicon §4.4 Downplays rehab',
  },
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: r`\b${REHAB_EN}(?: sessions)?(?: \w+){0,5}? (?:is|are|becomes?|will be|gets?) (?:entirely |completely |totally |just |purely |truly |really |mostly |largely |basically )?(?:optional|unnecessary|obsolete|outdated|old-fashioned|old-school|old school|cosa de museo|de museo|a thing of the past|up to you|your choice|a waste of (?:time|money))\b|\b${REHAB_EN}(?: \w+){0,3}? belongs? to the (?:old|past)|\b(?<!\b(?:than|rather) )(?:skip|stop|quit|cancel|drop|ditch|give up|forget)${W} (?:about )?(?:\w+'s |your |his |her |their |the |my |all |those )?(?:expensive |costly |long |endless |exhausting )?(?:years of |months of |outpatient |daily |weekly )?(?:the )?${REHAB_EN}(?:[^.]{0,30}?\b(?:after (?:the |your )?(?:infusion|treatment|cells|procedure|injection|application)|anymore|for good|altogether|once the cells))?`,
    basis: 'contract: "therapy is optional"; corpus rules: unnecessary, optional, obsolete',
  },
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: r`\b(?:don't|dont|do not|no need to|why) (?:waste|spend|bother)${W} (?:your |ur |more |years |months |any )?(?:money |time |years |months |energy )?(?:on|in|with) (?:a |the )?${REHAB_EN}|\b(?:cells?|infusion|injection|treatment|dose|application)s? (?:\w+ )?(?:(?:replaces?|substitutes? for) (?:the need for |all |months of |years of )?(?:\w+ )?${REHAB_EN}|makes? (?:it|them) (?:unnecessary|obsolete|redundant|pointless)|(?:do|does|will do) (?:all )?the work|(?:will )?take it from (?:here|there)|work on (?:their|its) own)\b|\b(?:replaces|replace) (?:all )?(?:of )?(?:that|this|it)\b(?<=\b${REHAB_EN}${gap(100, STOP, "[^!]")}\b(?:replaces|replace) (?:all )?(?:of )?(?:that|this|it))|\b(?:make|makes|made|render|renders) (?:it|them) (?:unnecessary|obsolete|redundant|pointless)\b(?<=\b${REHAB_EN}${gap(100, STOP, "[^!]")}\b(?:make|makes|made|render|renders) (?:it|them) (?:unnecessary|obsolete|redundant|pointless))|\b(?:without|no) (?:the need (?:for|of)|needing|months of|years of|hours of) ${REHAB_EN}|\bwho needs (?:\w+ )?${REHAB_EN}|\bwhy (?:keep |continue |still )?(?:paying|pay|going|go|spending|spend) (?:\w+ ){0,2}?(?:for|to|on|in) (?:a |the )?${REHAB_EN}|\b(?:stem )?cells?(?: \w+)? (?:do|does|achieve|achieves|accomplish) what (?:\w+ ){0,2}?${REHAB_EN} (?:can't|cannot|never could|could never|can never)|\bwithout (?:any )?${REHAB_EN}\b(?!,|(?: \w+){0,5}? (?:no|nothing|little|poor|limited|won't|don't|can't|cannot|less|worse|unlikely|rarely|hardly)\b)|\b(?:it's|it is) (?:no longer |not )(?:necessary|needed|required) to (?:do|go to|attend|continue|keep (?:up|doing)) (?:\w+ )?${REHAB_EN}`,
    basis: 'contract: "the cells do the work, therapy is optional"; lexicon §4.4 replaces rehabilitation',
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: r`\b(?:no|ya no) (?:\w+ ){0,2}?(?:hace falta|requiere${W}|necesita${W}|necesitas|ocupa${W}|ocupas|tendra que|tendras que|tiene que|tienes que|va a tener que|hay que) (?:de |que )?(?:ir a |(?:andar|seguir|estar) yendo a |hacer |seguir (?:con )?|llevar${W} a |buscar |pagar |ver a |volver a )?(?:la |las |su |sus |tu |tus |mas |ninguna |un |una )?${REHAB_ES}|\bya no (?:lo |la |los |las )?(?:llev${W}|voy|vamos|va|van) a (?:la |las |su |sus )?${REHAB_ES}|\bsin (?:necesidad de |hacer |tener que (?:hacer|ir a) |ir a |mas |meses de |anos de )(?:la |las )?${REHAB_ES}`,
    basis: 'contract: "sin necesidad de rehabilitación"',
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: r`\b${REHAB_ES}(?: \w+){0,4}? (?:es |son |sera |queda |resulta )?(?:un |una )?(?:complemento )?(?:opcional|innecesari[oa]|prescindible|superflu[oa]|redundante|obsolet[oa]|voluntari[oa]|cosa del pasado|gasto innecesario|perdida de (?:tiempo|dinero)|ya no es necesaria|no es necesaria|no es indispensable|no es obligatoria|sale sobrando|a criterio del paciente|a eleccion del paciente|decision del paciente)\b|\b${REHAB_ES} (?:\w+ ){0,3}?(?:ya )?no (?:te |le |les |me )?(?:hace falta|se necesita|se requiere|es necesari[ao]|es indispensable|es obligatori[ao]|sirve de nada|hace falta)\b|\b${REHAB_ES}[^\w.;!]{1,3}(?:no (?:es )?(?:requerida|necesaria|indispensable|obligatoria)|innecesaria|opcional)\b|\b${REHAB_ES}\W{1,4}(?:eso|esa|eso ya) (?:era|es|fue) (?:antes|del pasado|cosa del pasado|historia)\b|\b(?<!\bque (?:[a-z]+ ){0,2})(?:olvid|dej|suspend|cancel|abandon|colg)${W} (?:de )?(?:ir a |pagar )?(?:la |las |su |sus |tu |tus )?(?:(?:las |los )?(?:interminables |largas |eternas )?(?:anos de |meses de |sesiones de |citas de ))?${REHAB_ES}\b|\bnada de ${REHAB_ES}`,
    basis: "contract: rehabilitation unnecessary, optional or obsolete; corpus rules",
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: r`\b(?:las celulas|celulas madre|la medicina regenerativa|el tratamiento|la aplicacion)(?: \w+)? (?:trabajan|hacen|hace|trabaja) (?:solas|sola|por (?:ti|usted|el|ella)|x ti|todo el trabajo|el trabajo|todo)\b|\b(?:reemplaza|sustituye)${W} (?:a )?(?:la |las )?${REHAB_ES}|\ben lugar de (?:la |las )?${REHAB_ES}|\bpara que (?:seguir|gastar|ir|pagar)${W}[^.?]{0,25}?${REHAB_ES}|\bquien necesita (?:\w+ )?${REHAB_ES}|\b(?:las )?celulas(?: \w+)? (?:hacen|logran) lo que (?:\w+ ){0,2}?${REHAB_ES} (?:no puede|nunca pudo|no pudo|nunca podra|no logra)|\bsin ${REHAB_ES}\b(?!,|(?: \w+){0,5}? (?:no|nada|poco|pobres?|limitad${W}|menores|peores|minim${W}|dificil${W}|improbable)\b)|\b(?:ya )?no es (?:necesari[oa]|indispensable|obligatori[oa]) (?:hacer |ir a |seguir con |seguir |continuar con |retomar |volver a )?(?:la |las |el )?${REHAB_ES}`,
    basis: 'contract: "las células hacen el trabajo", rehabilitation replaced by the cells',
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    pattern: r`\b${REHAB_EN} (?:\w+ ){0,2}?(?:slows? down|interferes? with|hinders?|gets? in the way of|is counterproductive|can (?:harm|damage))\b|\b${REHAB_ES} (?:\w+ ){0,2}?(?:estorba|interfiere con|frena|retrasa|perjudica|es contraproducente)\b|\bno (?:pierda|gaste|malgaste|pierdas|gastes) (?:su |tu )?(?:tiempo|dinero|anos) (?:en|con) (?:la |las |el )?${REHAB_ES}`,
    basis: "contract: says rehabilitation is unnecessary or replaced by the cells",
  },
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: r`\bno (?:real |actual |further )?(?:need (?:to (?:\w+ ){0,2}?|for (?:any |more |further )?|of )|(?:reason|point) (?:to|in) (?:keep |keeping |continue |still )?(?:paying|pay|going|go|doing|do|seeing|see) (?:\w+ ){0,2}?(?:for |to |on )?(?:a |the |your )?)${REHAB_EN}`,
    basis: 'contract: "no rehab needed"',
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    pattern: r`\b${REHAB_ES}(?: \w+){0,4}? (?:ya )?no (?:son|seran|van a ser|sera|va a ser) (?:\w+ )?(?:necesari[oa]s?|indispensables?|obligatori[oa]s?|requerid[oa]s?)\b`,
    basis: "contract: says rehabilitation is unnecessary",
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    pattern: r`\bno (?:more |endless |boring |tedious |exhausting |expensive )+${REHAB_EN}|\b(?:makes?|made|renders?) (?:\w+ )?${REHAB_EN} (?:unnecessary|obsolete|redundant|pointless|superfluous)\b|\b(?:let )?(?:the |our |these |your )?cells (?:\w+ ){0,3}?(?:do|doing|does) (?:all )?the (?:work|heavy lifting)\b|\b(?:no mas|se acabaron las|adios a la|adios a las) ${REHAB_ES}`,
    basis: "contract: says rehabilitation is unnecessary",
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    // "you dont have to keep doing the exercises after", "no need to keep up your exercises", "the cells keep
    // working on their own", "sin una sola sesión de terapia", "no más PT, no más gym", "forget the 3x-a-week PT grind".
    pattern: r`\b(?:\b(?:don't|dont|do not|won't|wont|will not|no need to|no longer) (?:\w+ ){0,2}?(?:keep (?:up |doing |on doing )?|continue (?:with |doing )?|do )(?:the |your |any |those |all the |more )?(?:exercises?|workouts?|stretches|stretching)\b|\b(?:keep|keeps|kept) (?:working|doing (?:the|their|its) (?:work|job))(?: on (?:their|its) own)?\b(?<=\b(?:cells?|infusion|injection|treatment)s? (?:\w+ )?\w+ \w+(?: \w+){0,4})|\bsin (?:una sola|ninguna|ni una) (?:sesion|cita|hora) de ${REHAB_ES}|\bno mas (?:pt|gym|physio|rehab|ejercicios)\b|\b(?:dejar|deja|deje|dejen|let) (?:que )?(?:las |the )?(?:celulas|cells) (?:hagan|trabajen|do) (?:su |el |their |the )?(?:chamba|trabajo|work|job|magic|magia)\b|\b(?:forget|skip|ditch|drop|quit)(?: about)? (?:the |your |all )?(?:\S+ ){0,2}?(?:rehab\w*|pt|physio\w*|physical therapy)(?: \w+)? (?:grind|routine|sessions|schedule|appointments)\b)`,
    basis: 'contract: "no rehab needed", "the cells do the work, therapy is optional"',
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    // "ni fue necesaria la rehabilitación", "ya no la necesita", "replaces conventional rehab", "no longer need a
    // lifetime of physical therapy", "hacen el trabajo que la rehabilitación nunca pudo", "la terapia: es opcional".
    pattern: r`\b(?:(?:no|ni) (?:fue|es|era|sera) necesari[ao] (?:la |el |hacer )?${REHAB_ES}|ya no (?:la|lo|las|los) (?:necesita\w*|ocupa\w*)\b(?<=\b${REHAB_ES}[^.;!?]{0,60})|(?:replaces?|replaced|substitutes? for|sustituye|reemplaza) (?:conventional |traditional |standard |regular |la |las |el )?(?:${REHAB_EN}|${REHAB_ES})|(?:la |las )?(?:sustituye|reemplaza)\b(?<=\b${REHAB_ES}[^.;!?]{0,50})|(?:no longer|never again|won't|will not|don't|do not) (?:\w+ )?(?:need|require) (?:a lifetime of|years of|months of|another year of) ${REHAB_EN}|(?:without|sin) (?:another (?:year|month|decade) of|a lifetime of|otro ano de|anos mas de) (?:${REHAB_EN}|${REHAB_ES})|(?:hacen|hace|logran) (?:el trabajo|lo) que (?:\w+ ){0,2}?${REHAB_ES} (?:no puede|nunca pudo|no pudo|nunca podra|no logra)|${REHAB_ES}[^\w.;!]{1,3}(?:es |son )?(?:opcional|opcionales|innecesaria)\b|no (?:necesita|necesitas|tiene que|tienes que) (?:continuar|seguir) (?:con )?(?:la |las |su |sus |tu |tus )?${REHAB_ES})`,
    basis: 'contract: "no rehab needed", "sin necesidad de rehabilitación"; rehab replaced by the cells',
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    // "rest is the best rehab", "la terapia es para quien no se pone células", "you've done enough physio", "pause
    // all physical therapy for 6 months", "se recomienda no acudir a fisioterapia", "ni terapia ocupa".
    pattern: r`\b(?:rest is the best (?:rehab|therapy|medicine)|(?:el )?reposo es la mejor (?:terapia|rehabilitacion)|(?:${REHAB_EN}|${REHAB_ES}) (?:es|is) (?:para|for) (?:quien|quienes|los que|people|those|patients) (?:que )?(?:no|who (?:don't|haven't|are still)|still)|(?:you've|you have) done enough\b(?=[^.;!?]{0,60}(?:${REHAB_EN}))|(?:\b(?:you've|you have) done enough)(?<=\b${REHAB_EN}[^]{0,120})|(?:do|does|did|hacen|hace|logran?) (?:lo )?(?:what|que) (?:the )?(?:years of )?${REHAB_EN} (?:never|couldn't|could not|can't|cannot|didn't)|lo que (?:\w+ ){0,2}?${REHAB_ES} no (?:logr\w*|pud\w*|hizo|hicieron)|(?:pause|stop|suspend|avoid|hold off on)\w* (?:all |any |your )?${REHAB_EN}(?: \w+)? (?:for|during|until)\b|(?:no acudir|suspender|evitar|pausar|dejar)\w* (?:a |la |las )?${REHAB_ES}(?: \w+){0,3} (?:durante|por|hasta)\b|ni ${REHAB_ES} (?:ocupa|necesita))`,
    basis: 'contract: "no rehab needed", "the cells do the work, therapy is optional"',
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    // "you do not need to restart physical therapy", "the cells continue their work on their own".
    pattern: r`\b(?:(?:don't|dont|do not|won't|will not|no longer|never) (?:\w+ )?need to (?:restart|resume|continue|keep up|go back to|return to|start) (?:your |the |any )?${REHAB_EN}|continue (?:their|its) work on (?:their|its) own)`,
    basis: 'contract: "no rehab needed", "the cells do the work"',
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    // "La rehabilitación es complementaria", "physio is a nice extra", "isn't what moves the needle", "con las
    // células ya no son necesarias", "ya no las va a ocupar", "didn't need it anymore".
    pattern: r`\b(?:(?:${REHAB_EN}|${REHAB_ES}) (?:es|is|are|son) (?:(?:solo |just |only )?(?:complementari[oa]s?|un extra|a nice extra|an extra|secundari[oa]s?|optional extra))\b|${REHAB_EN}(?: \w+){0,6} (?:isn't|is not) what (?:moves the needle|matters|makes the difference)|${REHAB_ES}\W{1,3}(?:\w+ ){0,4}?ya no (?:son|es) necesari\w*|ya no (?:la|lo|las|los) (?:va|vas|van) a (?:ocupar|necesitar)(?<=\b${REHAB_ES}[^.;!?]{0,80})|(?:didn't|don't|doesn't) need (?:it|them) anymore(?<=\b${REHAB_EN}[^.;!?]{0,60}))`,
    basis: 'contract: "no rehab needed", "the cells do the work, therapy is optional"',
  },

  {
    code: "downplays-rehabilitation",
    lang: "any",
    // "put PT down for good", "you can quit grinding away at PT", "la terapia física pasa a segundo plano", "ya no hacen falta años de fisioterapia".
    pattern: r`\b(?:put|set|lay) (?:pt|physio|rehab|the exercises|therapy) (?:down|aside) for good\b|\b(?:can|could|get to|will) (?:finally )?(?:quit|stop|drop|ditch|skip) (?:grinding (?:away )?(?:at )?|doing |going to )?(?:pt|physio|rehab|physical therapy|the exercises)\b|\b(?:la )?(?:terapia(?: fisica)?|rehabilitacion|fisioterapia) pasa a (?:segundo|un segundo|tercer) plano\b|\bya no (?:hacen|hace) falta (?:\w+ ){0,2}?(?:fisioterapia|terapias?|rehabilitacion)\b|\bya no (?:va|vas|van) a necesitar (?:las |la |sus |su )?(?:terapias?|fisioterapia|rehabilitacion)\b`,
    basis: "contract: says rehab is unnecessary or replaced by the cells",
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    // "la terapia que lleva su esposo es pura pérdida de tiempo", "la fisio si quiere la puede dejar".
    pattern: r`\b(?:la )?(?:terapia|fisio|fisioterapia|rehabilitacion)\b[^.]{0,40}?\bes (?:pura )?perdida de tiempo\b|\b(?:la fisio|la terapia|la rehabilitacion|la fisioterapia) si quiere(?:s)? (?:la )?(?:puede|puedes) dejar\b`,
    basis: "contract: says rehab is unnecessary, optional or replaced by the cells",
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    // "physiotherapy belongs to the last century", "the cells handled it", "las células hacen el trabajo solitas", "quedó reemplazado con las células".
    pattern: r`\b(?:old-fashioned |traditional |conventional )?(?:physiotherapy|physio|rehab\w*|physical therapy) belongs to (?:the )?(?:last century|past)\b|\bthe cells (?:handled|handle|took care of|take care of) (?:it|that|the rest|everything)\b|\b(?:las celulas|ellas) (?:hacen|haran|hicieron) (?:el|su) (?:trabajo|labor)\b|\bquedo reemplazad[oa] (?:con|por) las celulas\b|\b(?:ya )?no (?:le|te|les) toca seguir (?:pagando |yendo a )?(?:la )?(?:fisioterapia|terapia|rehabilitacion|fisio)\b|\b(?:terapia|fisio\w*|rehabilitacion)(?: fisica)? (?:pasa a ser opcional|deja de ser necesaria)\b|\blos resultados no dependen de la (?:terapia|rehabilitacion|fisioterapia)\b`,
    basis: "contract: says rehab is unnecessary, optional or replaced by the cells",
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    // "nuestros pacientes pueden dejar atrás las largas jornadas de rehabilitación".
    pattern: r`\bdejar atras (?:las |los )?(?:\w+ ){0,3}?(?:rehabilitacion|terapias?|fisioterapia)\b`,
    basis: "contract: says rehab is unnecessary or replaced by the cells",
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    // "No es necesario que retome la fisioterapia".
    pattern: r`\bno (?:es|sera) necesario que (?:retome|siga|continue|haga|vaya a) (?:con )?(?:la |su )?(?:fisioterapia|terapia|rehabilitacion|fisio)\b`,
    basis: "contract: says rehab is unnecessary",
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    // "terapia física; con las células eso ya no hace falta", "the cells handle recovery on their own".
    pattern: r`\b(?:eso|esa|esto|la|las) ya no (?:hace falta|se necesita|es necesari[ao]|sirve)\b(?<=\b${REHAB_ES}[^.!]{0,60})|\bcells (?:\w+ )?(?:handle|take care of|do) (?:the |your |all the )?(?:recovery|healing|rest|work) (?:on their own|by themselves|all by themselves|alone)\b|\blas celulas (?:se encargan de|hacen) (?:todo|la recuperacion|el trabajo) (?:solas|por si solas|por su cuenta)\b`,
    basis: 'contract: "the cells do the work, therapy is optional"; lexicon §4.4 replaces rehabilitation',
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    // "the heavy rehab schedule most patients are used to is no longer necessary", "don't need months of physiotherapy".
    pattern: r`\b${REHAB_EN}(?: \w+){0,8}? (?:is|are) no longer (?:needed|required|necessary)\b|\b(?:don't|doesn't|do not|does not|won't|will not|no longer) (?:really )?need to (?:\w+ )?(?:months|years|weeks|hours) of ${REHAB_EN}|\bya no (?:es|sera|seria) necesario (?:\w+ ){0,3}?(?:a |la |las |de )?${REHAB_ES}`,
    basis: 'contract: "no rehab needed"; corpus rules: unnecessary',
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    // "No pierdan su tiempo con la fisio", "don't waste your time on physio".
    pattern: r`\bno (?:pierda|pierdan|pierdas) (?:su |tu |el )?(?:tiempo|dinero) (?:con|en) (?:la |el |las |los )?${REHAB_ES}|\b(?:don't|do not) waste (?:your )?(?:time|money) (?:on|with) (?:the )?${REHAB_EN}`,
    basis: "contract: rehabilitation unnecessary; corpus rules",
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    // "la fisioterapia deja de ser indispensable", "la rehabilitación tradicional es un método ya superado",
    // "no need to keep paying for sessions", "he doesn't need it anymore" (rehab named just before).
    pattern: r`\b${REHAB_ES}(?: \w+){0,3}? (?:deja|dejan|dejara|dejaria) de ser (?:indispensable|necesari[ao]|obligatori[ao]|importante)\b|\b${REHAB_ES}(?: \w+){0,2}? (?:es|son) (?:un metodo|una tecnica|algo|cosa) (?:ya )?(?:superad[oa]|obsolet[oa]|anticuad[oa]|del pasado)\b|\b${REHAB_EN}(?: \w+){0,2}? (?:is|are) (?:an? )?(?:outdated|obsolete|old-fashioned|superseded) (?:method|approach|idea|thing)\b|\bno need to keep (?:paying for|going to|doing|attending) (?:the |your |those |more )?(?:sessions|${REHAB_EN})|\b(?:doesn't|don't|does not|do not|no longer) need (?:it|them|that) (?:anymore|any more)\b(?<=\b${REHAB_EN}[^?]{0,100})`,
    basis: "contract: therapy optional, replaced by the cells; corpus rules: unnecessary or obsolete",
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    // "you don't need to book a therapist", "he won't have to keep up the physio schedule", "olvídese de pasar horas en terapia física", "ni terapia hice".
    pattern: r`\b(?:don't|do not|won't|will not) (?:need to|have to) (?:book |hire |pay for |see |keep (?:up )?(?:the |his |her |your )?(?:\w+ )?)(?:a |an |the )?${REHAB_EN}|\bno need to (?:pay for|book|hire) (?:a |an |the )?${REHAB_EN}|\bolvid\w* de (?:pasar (?:horas|anos|meses) en |ir a |hacer )${REHAB_ES}|\bni (?:terapia|rehabilitacion|fisioterapia|fisio) hice\b|\blas celulas hicieron todo\b`,
    basis: 'contract: "no rehab needed", "the cells do the work"',
  },
  // ── pressure-tactics ───────────────────────────────────────────────────────────────────────────────
  {
    code: "downplays-rehabilitation",
    lang: "any",
    pattern: r`\b(?:la )?(?:${REHAB_ES})(?: tradicional| convencional| de siempre)? (?:ya )?(?:quedo|queda|quedaron) atras\b|\bno hace falta (?:que )?(?:retome|haga|siga|continue|vaya a|regrese a|vuelva a)\w* (?:con )?(?:la |las |su |sus )?(?:${REHAB_ES})|\bno (?:hace|hacia) falta (?:que )?(?:\w+ ){0,3}?(?:siga|continue|vaya|regrese|vuelva|lleve|seguir|continuar)\w* (?:yendo|llevandol[oa]|haciendo|asistiendo|pagando)? ?(?:a |con )?(?:la |las |su |sus )?(?:${REHAB_ES})|\b(?:beneficio|resultado|efecto|exito)s? (?:del tratamiento |de la terapia celular |de las celulas )?no depende\w* de (?:la |las |su )?(?:${REHAB_ES})|\b(?:results?|benefits?|outcomes?|effects?) (?:\w+ ){0,3}?(?:doesn't|don't|does not|do not) depend on (?:the |your )?(?:${REHAB_EN})|\bno es (?:indispensable|necesari[oa]|obligatori[oa]|imprescindible)\b(?<=(?:${REHAB_ES})[^.?]{0,60}\?\s{0,3}no es \w+)|\b(?:isn't|is not|not) (?:(?:required|needed|necessary) for (?:the |your )?(?:results?|benefit|outcome|improvement|recovery)|what (?:drives|makes|gives|gets) (?:the |your )?(?:results?|change|improvement|recovery|progress|gains)|where the (?:change|results?|improvement) comes? from)\b(?<=(?:${REHAB_EN})[^.]{0,80})|\b(?:you )?can if you (?:enjoy|like|want)\w*(?<=(?:${REHAB_EN})[^.]{0,80})|\b(?:${REHAB_EN}) is fine if (?:you|they|he|she|a patient|the patient|patients) (?:enjoy|like|want)\w*|\b(?:can|could|may) (?:cancel|stop|drop|quit) (?:those|these|the|his|her|your|their) (?:sessions|appointments|classes)\b(?<=(?:${REHAB_EN})[^.]{0,60})`,
    basis:
      'contract: rehab said to be unnecessary or replaced by the cells ("la fisioterapia tradicional ya quedó atrás", "it isn\'t required for the result")',
  },
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: r`\bthe cells? did (?:it|all of it|the work|everything)\b(?<=(?:${REHAB_EN})[^]{0,100})|\b(?:didn't|did not|never) need (?:it|any)\b(?<=(?:${REHAB_EN})(?: \w+){0,4}\W{1,4}(?:none\W{1,3})?(?:i )?(?:didn't|did not|never) need \w+)`,
    basis:
      'contract: rehab said to be unnecessary ("what rehab did I do after? none. Didn\'t need it. The cells did it.")',
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: r`\bya no (?:le |les |te )?(?:hace|hacen) falta\b(?<=(?:${REHAB_ES})[^.]{0,80})`,
    basis:
      'contract: rehab said to be unnecessary ("olvídese de las sesiones de fisioterapia: ya no le hacen falta")',
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: r`\bya no (?:ocupa|ocupan|ocupas|necesita|necesitan|tiene que|tienen que)\w* (?:\w+ ){0,3}?(?:${REHAB_ES}|terapeutas?)`,
    basis: 'contract: rehab said to be unnecessary ("con las células ya no ocupa andar pagando terapeuta")',
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: r`\bya no es (?:necesario|indispensable|obligatorio) (?:que )?(?:\w+ ){0,4}?(?:${REHAB_ES})|\bno es (?:necesario|indispensable|obligatorio) (?:que )?(?:\w+ ){0,3}?(?:siga|continue|haga|vaya|regrese|retome|lleve|continuar|seguir|hacer|ir)\w* (?:con |a )?(?:la |las |su |sus )?(?:${REHAB_ES})|\bcon las celulas (?:es|son|basta|alcanza) (?:mas que )?suficiente\b(?<=(?:${REHAB_ES})[^.]{0,80})`,
    basis:
      'contract: rehab said to be unnecessary ("ya no es necesario que lo siga llevando a la terapia, con las células es suficiente")',
  },
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: r`\b(?:the )?(?:exercises|sessions|therapy|physio|pt|rehab\w*) (?:(?:don't|doesn't|do not|does not|won't) (?:add|do|change|matter) (?:much|anything|a lot)|adds? nothing|no aporta nada)\b|\bnot really\b(?<=(?:${REHAB_EN})[^.?]{0,60}\?\s{0,3}not really)|\b(?:exercising|exercises|stretching) at home is enough\b|\bif you (?:enjoy|like) (?:your |the )?(?:sessions|it|therapy|physio|pt),? (?:keep going|go ahead|continue|that's fine)\b|\b(?:can|could|will|may) (?:\w+ )?(?:leave|put) (?:it |them )?behind\b(?<=(?:${REHAB_EN})[^.]{0,100})`,
    basis:
      'contract: rehab said to be unnecessary ("the exercises don\'t add much", "endless therapy sessions … his patients can largely leave behind")',
  },
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: r`\bno need for (?:\w+ ){0,4}?(?:${REHAB_EN})`,
    basis:
      'contract: rehab said to be unnecessary ("there is no need for months of exhausting physical therapy")',
  },
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: r`\b(?:doesn't|doesnt|don't|dont|does not|do not|won't|wont) need to (?:keep )?(?:(?!stop|pause|quit|interrupt|suspend|cancel|miss)[\w-]+ ){0,8}?(?:to |going to |doing )?(?:${REHAB_EN})`,
    basis:
      'contract: rehab said to be unnecessary ("he doesn\'t need to keep driving 40 minutes to PT three times a week")',
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: r`\bya no (?:la|lo|las|los) necesita\w*\b(?<=(?:${REHAB_ES})[^.]{0,100})|\bcelulas (?:siguen |continuan )?trabaj(?:ando|an) sol(?:as|itas)\b(?<=(?:${REHAB_ES})[^]{0,160})`,
    basis:
      'contract: rehab said to be unnecessary ("la terapia física: la mayoría la deja porque ya no la necesita; las células siguen trabajando solas")',
  },
  {
    code: "downplays-rehabilitation",
    lang: "any",
    pattern: r`\bolvid\w* de (?:tanta |tantas |la |las |su |sus )?(?:${REHAB_ES})|\bno necesitara (?:meses|anos|semanas) de (?:${REHAB_ES})|\b(?:you've|you have) done your time in (?:${REHAB_EN})`,
    basis:
      'contract: rehab said to be unnecessary ("olvídese de tanta terapia", "con NeuroCel no necesitará meses de rehabilitación", "you\'ve done your time in physical therapy")',
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: r`\bya no es tan (?:necesari[oa]|importante|indispensable)\b(?<=(?:${REHAB_ES})[^.]{0,100})`,
    basis:
      'contract: rehab said to be unnecessary ("lo de la terapia física … ya no es tan necesaria, las células hacen lo suyo")',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // Scarcity: "only 3 spots left", "one seat remaining", "últimos lugares", "quedan 2 lugares".
    pattern: r`\b(?:only |just |solo |unicamente )?(?:\d+|one|two|three|four|five|a few|few|un|una|dos|tres|cuatro|cinco|pocos|pocas) (?:more )?(?:procedure |treatment |open |consultation )?(?:spots?|slots?|places?|seats?|beds?|openings?|lugares|espacios|cupos|camas|citas|fechas)(?: \w+){0,2}? (?:left|remaining|remain|restantes|disponibles? (?:este|esta|para))\b|\blast (?:\d+|few|two|three|four|five|available|remaining) (?:spots?|slots?|openings?|places?|seats?|beds?)\b|\blast (?:spots?|slots?|openings?|places?|seats?|beds?) (?:left|available|for (?:this|the|our|\d{4}|\w+) ?(?:year|month|week|group|season|quarter|program|protocol|treatment)?)\b|\b(?:only|just) (?:have |has )?(?:\d+|one|two|three|a few|few) (?:\w+ )?(?:spots?|slots?|places?|seats?|beds?|openings?)\b(?= (?:\w+ ){0,2}?(?:left|remaining|available|open|before|until|this (?:month|week|year|season|quarter)|for (?:this|the|next|our) (?:\w+ )?(?:month|week|year|group|cohort|season|quarter|trip)|in (?:january|february|march|april|may|june|july|august|september|october|november|december)))|\b(?:almost|nearly) (?:full|sold out|booked)\b|\b(?:almost no|hardly any|very few) (?:spots?|slots?|places?|seats?|beds?|openings?|dates?) (?:left|remaining|available)\b|\b(?:spots?|places?|slots?|seats?) (?:are )?(?:going fast|limited|running out|filling (?:up )?fast)\b|\blimited (?:spots?|places?|time|slots?|seats?)\b(?<!${LASTS_FOR} limited time)|\bdates? (?:are |is )?filling up\b|\b(?:the )?first (?:\d+|five|ten|twenty) (?:patients|people|clients|callers|families|bookings)\b[^.]{0,40}?\b(?:who book|to book|who reserve|pay|get|receive|save|price|discount|only)\b|\b(?:las|los) primer(?:as|os) (?:\d+|cinco|diez|veinte) (?:personas|pacientes|familias|reservas)\b[^.]{0,40}?\b(?:que (?:aparten|reserven|paguen|se inscriban|llamen|escriban|agenden)|obtienen|reciben|pagan|precio|descuento|solo)`,
    basis: 'contract: "only 3 spots left this month"',
  },
  {
    code: "pressure-tactics",
    lang: "es",
    pattern: r`\bcupos? (?:limitados?|lleno)\b(?! (?:para|de) (?:vehiculos|estacionamiento|autos|coches|camionetas))|\b(?:solo |unicamente )?(?:nos |me |les )?quedan (?:solo |unicamente )?(?:\d+|pocos|pocas|dos|tres|cuatro|cinco) (?:\w+ )?(?:citas|lugares|espacios|cupos|camas|fechas)\b|\b(?:casi no (?:hay|quedan)|ya casi no hay|quedan muy pocos|quedan pocas) (?:\w+ )?(?:lugares|espacios|cupos|citas|fechas|camas)\b|\b(?:lugares|espacios|cupos|citas|fechas|spots|places|slots|seats)\b (?:se )?(?:estan )?(?:acabando|agotando|llenando|terminando|running out|filling up|going fast)\b|\b(?:solo|unicamente|nada mas) (?:nos )?(?:queda|quedan|hay|tenemos)? ?(?:\d+|un|una|dos|tres|cuatro|cinco|pocos|pocas) (?:\w+ )?(?:lugar|lugares|espacio|espacios|cupo|cupos|cama|camas|cita|citas|fecha|fechas)\b (?:disponibles?|libres?|restantes?|para|este|esta|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))|\bultim[oa]s? (?:\d+ )?(?:lugares|espacios|cupos|citas|horas|dias)\b|\bultima (?:semana|oportunidad|llamada)\b|\bse (?:agotan|acaban|llenan) (?:los )?(?:lugares|cupos|espacios)|\bantes de que (?:suba|se acabe|se agote|se llene)|\bno se quede sin (?:su )?lugar\b|\baprovech${W} (?:el |la |este |esta |nuestr${W} |los |las )?(?:\w+ )?(?:descuentos?|promocion${W}|ofertas?|precios?|promos?|preventa|rebajas?)\b`,
    basis: 'contract: "cupo limitado"',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // A price, discount or offer with an expiry: "the discount expires at midnight", "precio especial solo hasta el viernes".
    pattern: r`\b(?:\d+ ?% off|discount|offer|promo${W}|promotion|deal|sale|special (?:price|rate)|descuento|oferta|promocion|preventa|precio especial|precio de (?:promocion|preventa)|tarifa especial)\b${gap(50)}\b(?:ends|expires|disappears|is gone|valid (?:only|until|through|till)|only valid|good (?:only|until|through)|only honou?red|is for (?:today|this)|se acaba|termina|vence|ya no hay|valid[oa] (?:solo|unicamente|hasta)|vigente hasta|solo (?:hasta|por|esta|este|hoy)|hasta el \d|hasta (?:el |este )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|no se extiende|solo (?:aplica|es valid[oa]|se respeta|vale) (?:si|hasta|para quien|para quienes|a quien|a quienes)|only (?:applies|valid|good|honou?red|available) (?:if|until|for those who|to those who)|(?:if|si) (?:you )?(?:confirm${W}|book${W}|pay${W}|deposit${W}|reserv${W}|apart${W}|pag${W}|sign${W}|agend${W}) (?:\w+ ){0,2}?(?:before|by|antes de(?:l)?|hoy|today|this week|esta semana)|until (?:the end of (?:the |this )?(?:month|week)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|midnight|(?:january|february|march|april|may|june|july|august|september|october|november|december) \d|\d)|hasta (?:fin de mes|el fin de mes|finales de mes|manana|hoy|medianoche))\b|\b(?:prices?|rates?|precios?|tarifas?|costo)\b${gap(40)}\b(?:goes up|go up|rises|rise|increases|increase|will (?:rise|increase|go up)|is for (?:today|this call)|only (?:valid|good|honou?red)|valid only|se acaba|sube|suben|aumenta|aumentan|subira|solo (?:hasta|por hoy|hoy|esta semana|este mes)|solo (?:aplica|es valid[oa]|se respeta|vale) (?:si|hasta|para quien|para quienes|a quien|a quienes)|only (?:applies|valid|good|honou?red|available) (?:if|until|for those who|to those who)|entra la tarifa nueva)\b|\b(?:flash sale|today only|this week only|(?:only|solo|solamente|unicamente) (?:this|este|esta) (?:month|week|weekend|mes|semana|fin de semana)\b(?! (?:we|the|our|el|la|nuestro))|(?:\d+|24|48|72) ?(?:hrs|hours|horas) only|solo (?:por )?(?:hoy|\d+ horas)|solo esta semana|por tiempo limitado(?<!\b(?:aprobacion|autorizacion|registro)\b[^.]{0,40})|(?<!${LASTS_FOR} )limited[- ]time|last chance|ultima oportunidad|don't miss (?:out|this)|no (?:lo )?(?:deje pasar|pierda|se (?:lo|la) pierda) (?:esta|la|su|este|el) (?:oportunidad|promocion|oferta|descuento|lugar|precio)|no se (?:lo|la) pierda\b|act now|before it's too late)\b`,
    basis: 'contract: "promoción válida solo esta semana", expiring discounts or prices',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // Deadlines for a deposit or confirmation with something lost after them.
    pattern: r`\b(?:book|reserve|sign up|sign|pay|deposit|confirm|call|act|enrol${W}|aparte|aparta|reserve|reserva|pague|deposite|confirme)\w* (?:today|now|this week|tonight|before|by|hoy|ya|ahora|antes)\b[^.]{0,60}?\b(?:discount|price|pricing|rate|spot|slot|offer|lock|save|keep|descuento|precio|tarifa|lugar|fecha|respeto)|\b(?:lock|secure) (?:in )?(?:the |your |a |this )?(?:\d+ ?% )?(?:discount|price|spot|rate)\b|\b(?:aparte|aparta|reserve|reserva|deposite|pague|confirme|book|pay the deposit|confirm) (?!de\b)(?:(?!free|gratis|gratuit)\w+ ){0,4}?(?:hoy|ya|ahora|today|now|tonight)\b(?!,? (?:o|or) )|\block it in\b|\bonly (?:if|until|when) (?:you |the |your )?(?:book|pay|deposit|confirm|sign|reserve)|\b(?:locked|held|honou?red|valid|guaranteed|kept|good|reserved) only (?:if|until|when)\b|\bafter (?:that|this|then|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the deadline)\b,? (?:the )?(?:\d{4} |new |regular |full |higher |next year's )?(?:rate|price|pricing|fee)s? (?:applies|apply|goes up|go up|returns|kicks in|rises)|\bdespues(?: de (?:esa fecha|ese dia|hoy|manana))?,? (?:aplica|entra|sube|regresa) (?:la |el )?(?:tarifa|precio)|\b(?:only|solo) (?:\w+ ){0,3}?(?:keep|hold|honou?r|sostener|respetar|guardar|mantener)${W} (?:\w+ ){0,3}?(?:until|till|if|hasta|si)\b(?! (?:he|she|you|they|el|ella|usted) (?:trains?|practices?|exercises?|keeps? (?:up|training|working)|entrena\w*|practica\w*|sigue)\b)|\b(?:can't|cannot|won't be able to|unable to) (?:hold|keep|guarantee|save) (?:your|the|this) (?:spot|slot|date|place|price|rate)\b|\b(?:lose|forfeit) (?:your|the) (?:spot|slot|date|place|discount|price)\b|\b(?:para no|o se|si no,? se|si no,? perder${W}) (?:liberar|perder|ceder|soltar|libera|pierde)${W} (?:su|la|tu) (?:fecha|lugar|espacio|cupo|precio|descuento)|\bse lo (?:damos|doy|daremos) a otr[oa]\b|\b(?:other|otras) (?:families|patients|familias|pacientes)\b[^.]{0,30}?\b(?:waiting|waitlist|asking|esperando|preguntando)\b|\b(?:enrol?lment|registration|inscripciones|la inscripcion) (?:closes|ends|cierra${W}|termina${W}) (?:on |el )?(?:today|tomorrow|this|hoy|manana|el |(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|miercoles|jueves|viernes|sabado|domingo|\d)|\bnon-refundable after \d+ (?:hours|days)|\bdon't wait\b(?! (?:until|till|for) (?:the )?(?:morning|tomorrow|your (?:next )?(?:appointment|visit|check-?up)))|\bhurry\b`,
    basis: 'contract: "book today to lock the 30% discount", deadlines for deposits or confirmation',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    pattern: r`\bbefore (?:someone|somebody) else (?:does|takes it|books)|\bantes de que (?:alguien mas|otra persona|otro paciente|otra familia)\b|\b(?:reservation|booking|date|spot|slot|place)(?: \w+){0,6}? (?:will be|gets|is) (?:released|cancell?ed|given to (?:another|someone))\b(?:[^.]{0,40}?|(?<=\b(?:without|no) (?:a |the |your )?(?:deposit|payment|confirmation)\b[^.]{0,30}))\b(?:if (?:we|you) (?:don't|do not)|unless|after|by|tomorrow|tonight|today|midnight|\d+ ?(?:hours|hrs|h))\b|\b(?:if (?:we|you) (?:don't|do not)|unless)\b[^.]{0,50}?\b(?:reservation|booking|date|spot|slot|place)(?: \w+){0,3}? (?:will be|gets|is) (?:released|cancell?ed|given to (?:another|someone))\b|\b(?:reservacion|fecha|lugar|cita|espacio)(?: \w+){0,3}? se (?:libera|liberara|cancela|cancelara|le da a otr[oa])\b[^.]{0,40}?\b(?:si no|manana|hoy|a las \d|antes de|despues de)\b|\bsi no (?:recibimos|deposita|paga|confirma)\b[^.]{0,50}?\b(?:reservacion|fecha|lugar|cita|espacio)(?: \w+){0,3}? se (?:libera|liberara|cancela|cancelara|le da a otr[oa])\b|\b(?:sign|firme|firma) (?:\w+ ){0,3}?(?:today|now|hoy|ya)\b(?!,? (?:o|or) )`,
    basis: 'contract: deadlines for deposits or confirmation; "book today to lock the discount"',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    pattern: r`\b(?:prices?|rates?|precios?|tarifas?)\b${gap(40)}\b(?:expires?|ends|vence|termina|caduca)\b${gap(20)}\b(?:today|tonight|tomorrow|midnight|this (?:week|weekend|month)|(?:on |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|in (?:[1-9]|1[0-4]) days|in \d+ ?(?:hours|hrs)|end of (?:the |this )?(?:week|month)|hoy|manana|esta semana|este mes|(?:el |este )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|en (?:[1-9]|1[0-4]) dias|en \d+ horas|a medianoche|fin de mes)\b|\b(?:will not|won't) be (?:offered|available|repeated) again\b|\bno se (?:volvera|vuelve) a (?:ofrecer|repetir)\b|\b(?:oferta|precio|promocion) (?:unica|irrepetible)\b|\bone-time (?:offer|price|deal|discount)\b`,
    basis: "contract: expiring discounts or prices",
  },
  {
    code: "pressure-tactics",
    lang: "any",
    pattern: r`\b(?:only|solo) (?:\w+ ){0,3}?(?:guarantee|garantizar|asegurar|respetar|honou?r|hold|keep)${W} (?:\w+ ){0,3}?(?:price|rate|spot|slot|date|precio|tarifa|lugar|fecha)\b[^.]{0,30}?\b(?:if|until|si|hasta)\b|\b(?:confirm${W}|book${W}|pay${W}|deposit${W}|sign${W}|reserv${W}|decid${W}|apart${W}|pag${W}) (?:\w+ ){0,2}?within (?:\d+|24|48|72) ?(?:hours|hrs|h)\b,? (?:or|to (?:keep|lock|hold|secure|get)|before)\b|\b(?:confirm${W}|apart${W}|pag${W}|deposit${W}|reserv${W}|decid${W}) (?:\w+ ){0,2}?en (?:las (?:proximas|siguientes) )?(?:\d+|24|48|72) horas\b,? (?:o|para (?:mantener|conservar|asegurar|obtener|respetar)|antes)\b`,
    basis: "contract: deadlines for deposits or confirmation",
  },
  {
    code: "pressure-tactics",
    lang: "any",
    pattern: r`\blast call (?:for|to)\b|\bdown to (?:\d+|one|two|three|four|five|(?:the |our )?last) (?:\w+ )?(?:spots?|slots?|places?|seats?|beds?|openings?)\b|\b(?:lugares|espacios|citas|fechas|plazas|cupos) limitad[oa]s\b|\b(?:grupo|cupo|agenda|programa|viaje)s?(?: de \w+)? (?:ya )?(?:esta |estan )?casi (?:llen|complet|agotad)\w*|\bsolo (?:quedan )?(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho) (?:lugares|cupos|espacios|plazas)\b|\bfirst come,? first served\b|\bnext (?:\d+|few|five|ten|fifteen|twenty|thirty|sixty) minutes\b(?<=\b(?:call|book|order|reserve|sign up|offer|price|deal|reserved for you|valid|good|lock)\b[^.!?]*)|\bthe next (?:\d+|few|five|ten|fifteen|twenty|thirty|sixty) minutes only\b|\ben los (?:proximos|siguientes) (?:\d+|cinco|diez|quince|veinte|treinta) minutos\b|\b(?:hasta|until|till) (?:el |este |the )?\w+ (?:\w+ )?(?:para|to) (?:apartar|reservar|confirmar|pagar|depositar|senar|dejar (?:el|su|tu) (?:anticipo|deposito)|book|confirm|pay|deposit|reserve|secure|lock)\b(?<=\b(?:tiene|tienes|tenes|tienen|you have|you've got) (?:\w+ )?(?:hasta|until|till)\b[^.;!?]*)|\bsolo (?:del|desde el) (?:\w+ )?\d{1,2} (?:al|hasta el) (?:\w+ )?\d{1,2}\b|\bcongel\w* (?:el|su|tu) precio\b|\b(?:freeze|lock in) (?:the|your|this) (?:price|rate)\b|\b(?:lugares|espacios|cupos|citas|fechas|grupo|agenda|viaje)(?: de \w+)? (?:ya )?casi se (?:acaban?|agotan?|llenan?|terminan?|completa)\b|\b(?:ends|expires) (?:on |this )?(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b(?<=\b(?:off|discount|sale|deal|promo\w*|offer)\b[^;!?]*)|\b(?:book|reserve|confirm|sign up|pay|deposit|aparte|reserve|confirme|pague)${W} (?:\w+ ){0,2}?(?:in|within|en) (?:the next |los proximos |las proximas )?(?:\d+|24|48|72) (?:hours|hrs|horas)\b[^.]{0,30}?\b(?:and|to|y|para)\b[^.]{0,15}?\b(?:save|get|keep|lock|ahorr${W}|obten${W}|manten${W})|\b(?:only )?a handful of (?:spots|slots|places|seats|openings|beds)\b|\bunos cuantos (?:lugares|espacios|cupos)\b`,
    basis: "contract: scarcity and deadlines",
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // "only for families who respond today", "el precio especial es solo para quienes respondan hoy",
    // "le hago precio pero nomás hoy", "se acaba la promo", "the June cohort closes Friday",
    // "other family waiting", "only 5 consultations left", "the April dates are nearly gone".
    pattern: r`\b(?:\b(?:respond|reply|book|confirm|pay|sign|answer|decide|call|write)\w* (?:today|tonight|now|this week|by|before|within)\b(?<=\bonly (?:for|to) (?:\w+ )?(?:families|those|people|patients|clients|anyone|whoever)(?: \w+)? (?:who|that) \w+ \w+)|\b(?:respond|contest|apart|reserv|pag|confirm|decid|llam|escrib)\w* (?:hoy|ahora|esta semana|antes|en las)\b(?<=\b(?:solo|unicamente|nada mas|nomas) (?:es )?(?:para|a) (?:quien|quienes|los que|las que|las familias que|los pacientes que) [^.;!?]{0,30})|\b(?:nomas|nada mas|namas|solo|solamente|only|just)(?: por)? (?:hoy|today|tonight|esta noche|este fin de semana|this weekend)\b(?<=\b(?:precio|descuento|promo\w*|oferta|rebaja|price|discount\w*|deal|rate|offer)\b[^.;!?]{0,70})|\b(?:acaba|termina|terminan|vence|expira|ends|expires)n? (?:la |el |this |the )?(?:promo\w*|oferta|descuento|precio especial|offer|discount|deal|sale)\b|\b(?:nada mas|nomas|solo) hasta el (?:dia )?\d|\b(?:cohort|group|intake|waitlist|program(?:me)?|cohorte|grupo|convocatoria|registro)(?: (?:of|for|de|del) \w+)? (?:closes|ends|fills up|cierra|termina|se cierra|se llena)\w* (?:on |el |este |this )?(?:today|tomorrow|tonight|hoy|manana|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|miercoles|jueves|viernes|sabado|domingo|\d)|\b(?:paso|doy|damos|pasamos) a otra (?:familia|persona|paciente)\b|\b(?:another|otra) (?:family|patient|familia|paciente)(?: \w+){0,2}? (?:is |that is |que esta )?(?:waiting|asking|esperando|preguntando)\b|\b(?:only |just |solo )?(?:\d+|one|two|three|four|five|dos|tres|cuatro|cinco) (?:consultations?|consults?|appointments?|chairs|sillas|consultas|valoraciones|turnos)(?: \w+){0,2}? (?:left|remaining|restantes|disponibles)\b|\b(?:dates?|spots?|slots?|places?|seats?|fechas|lugares|turnos) (?:are |is |estan |ya )?(?:nearly|almost|all but|casi) (?:gone|taken|full|booked|agotad\w*|llen\w*|ocupad\w*)\b|\b(?:deposit|payment|anticipo|deposito)\b[^.;!?]{0,20}?\b(?:today|tonight|hoy(?: mismo)?)\b[^.;!?]{0,20}?\b(?:to hold|to keep|to secure|to lock|para apartar|para guardar|para asegurar)\b)`,
    basis: "contract: scarcity, expiring discounts or prices, deadlines for deposits or confirmation",
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // "if the deposit isn't in by Monday the spot goes to the next family", "se lo doy a la familia que sigue",
    // "se lo puedo sostener nada más hasta que…", "necesito el depósito antes del domingo", "usually go within
    // days", "por orden de pago".
    pattern: r`\b(?:(?:spot|place|slot|date|seat|lugar|fecha|cupo)s? (?:goes|go|will go|pasa|se va) (?:to|a) (?:the )?(?:next|another|otra|la siguiente|siguiente) (?:family|patient|person|familia|paciente|persona)|(?:se lo|se la) (?:doy|paso|damos|pasamos) a (?:la )?(?:familia|persona|paciente) (?:que sigue|siguiente)|(?:sostener|mantener|respetar|guardar|hold|keep)\w* (?:\w+ ){0,2}?(?:nada mas|nomas|solo|only) (?:hasta|until)|(?:need|necesito|necesitamos|necesitaria)(?: \w+)? (?:the |your |el |su )?(?:deposit|anticipo|deposito)\b[^.;!?]{0,15}?\b(?:by|before|antes del?|today|tonight|hoy)|(?:usually|always|normally|suelen|siempre) (?:go|sell out|run out|agotarse|irse|se van|se agotan) (?:within|in|en) (?:a day|days|hours|\w+ days|pocos dias|horas|un dia)|por orden de pago|in order of payment)\b`,
    basis: "contract: deadlines for deposits or confirmation; scarcity",
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // "nomás mientras aguante el tipo de cambio", "only good while the exchange rate holds", "yo que usted apartaba hoy".
    pattern: r`\b(?:mientras (?:aguante|dure|se mantenga) el tipo de cambio|while the exchange rate holds|ya no se lo respeto|yo que usted (?:apart|reserv|pag|deposit)\w*)`,
    basis: "contract: expiring prices, deadlines for deposits",
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // "the last slot is yours", "SOLO si deja su anticipo antes del domingo", "regresa al precio normal", "after
    // that it goes up $2,000".
    pattern: r`\b(?:(?:the )?last (?:slot|spot|place|seat) is yours|el ultimo lugar es (?:suyo|tuyo)|solo si (?:deja|manda|envia|paga|deposita|aparta|reserva|confirma)\w* (?:con |su |tu |el )?(?:anticipo|deposito|pago)\b[^.;!?]{0,20}?\b(?:antes|hoy|hasta)|regresa al precio (?:normal|de lista|regular)|goes back to (?:the )?(?:regular|full|normal) price|after that,? it goes up|despues sube)`,
    basis: "contract: deadlines for deposits; expiring prices",
  },

  {
    code: "pressure-tactics",
    lang: "any",
    // "the summer rate ends when they're booked", "whoever sends the deposit first gets it", "ese precio se lo respeto solo si manda el depósito".
    pattern: r`\b(?:summer|holiday|current|promo\w*|special|launch|introductory) (?:rate|price|pricing|discount) (?:\w+ ){0,2}?(?:ends|expires|goes away|goes up|is gone)\b|\bwhoever (?:sends|pays|books|confirms) (?:the |a |their )?(?:deposit |payment )?first (?:gets|wins|takes)\b|\bneed (?:the |your )?(?:deposit|payment|\$ ?[\d,]+) (?:by )?today\b|\bprecio (?:se lo |te lo |se los |lo )?(?:respeto|respetamos|sostengo|sostenemos|mantengo|mantenemos|congelo|congelamos) (?:solo |solamente |unicamente )?(?:si|hasta)\b`,
    basis: "contract: expiring discounts, deadlines for deposits; lexicon §4.4 Pressure",
  },
  {
    code: "pressure-tactics",
    lang: "es",
    // "el precio que le dimos nomás se respeta hasta este viernes".
    pattern: r`\bprecio (?:que (?:le|te|les) (?:dimos|di|dieron) )?(?:nomas |solo |nada mas )?se (?:respeta|mantiene|sostiene) (?:hasta|solo hasta) (?:este|el|hoy|manana)\b`,
    basis: "contract: expiring prices and deadlines; lexicon §4.4 Pressure",
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // "valid until Friday 11:59 pm only", "hasta agotar los 6 lugares", "solo aplica si deja el anticipo antes del viernes".
    pattern: r`\bvalid (?:until|till|through) [^.]{0,25}?\bonly\b|\bhasta agotar (?:los |las )?(?:\d+ )?(?:lugares|cupos|espacios|existencias)\b|\bsolo aplica si (?:deja|paga|deposita|manda)\b[^.]{0,40}?\bantes de\w*`,
    basis: "contract: expiring prices, scarcity and deposit deadlines; lexicon §4.4 Pressure",
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // "25% de descuento para los que confirmen antes del 30", "a discount for families who book by Friday".
    pattern: r`\b(?:discount|offer|promo\w*|descuento|oferta|precio especial|tarifa especial)\b${gap(50)}\b(?:who|que|quienes) (?:\w+ )?(?:confirm|book|pay|reserve|deposit|sign|reserv|pagu|apart|deposit|inscrib|agend)\w* (?:before|by|antes|hasta)\b`,
    basis: 'contract: "book today to lock the 30% discount", expiring discounts',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // "15% de descuento apartando antes del 30", "los que aparten antes del viernes obtienen un 25% de descuento",
    // "we can hold this price until Friday", "after that the price returns to", "registration closes this Friday".
    pattern: r`\b(?:descuento|discount|promo\w*|oferta)\b${gap(40)}\b(?:apartando|reservando|pagando|confirmando|depositando|booking|paying|confirming) (?:\w+ ){0,3}?(?:antes|before|by|hasta)\b|\b(?:que|who) (?:\w+ ){0,2}?(?:aparten|reserven|paguen|confirmen|depositen|book|pay|reserve|confirm)\w*\b[^.]{0,60}?\b(?:antes del?|before|by)\b[^.]{0,40}?\b(?:descuento|discount)|\b(?:hold|keep|honou?r|respetar\w*|sostener\w*|mantener\w*|sostenemos|mantenemos|respetamos) (?:this|the|that|your|este|el|ese|su) (?:price|rate|quote|precio|tarifa|cotizacion)\b[^.]{0,40}?\b(?:until|hasta) (?:el |this |este )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miercoles|jueves|viernes|sabado|domingo|tomorrow|manana|tonight|midnight|end of (?:the )?(?:day|week))\b|\b(?:price|rate|precio|tarifa)\b[^.]{0,30}?\b(?:returns|goes back|reverts|rises|increases|goes up|regresa|vuelve|sube) (?:to|a)\b(?<=\b(?:after (?:that|this|friday|the deadline)|despues (?:de (?:esa fecha|eso|ese dia))?)\b[^.]{0,60})|\b(?:registration|enrol(?:l)?ment|inscripcion\w*|inscripciones)(?: for [\w ]{1,30})? (?:closes|cierra|cierran|ends|termina|terminan)\b[^.]{0,30}?\b(?:this|este|esta|tomorrow|manana|tonight|midnight|medianoche|friday|viernes|monday|lunes|sunday|domingo|saturday|sabado|el \d{1,2}|on the \d{1,2}(?:st|nd|rd|th)?)\b|\bya casi se llena\b|\b(?:places|spots|lugares) (?:are )?(?:assigned|allocated|given) in the order\b|\bpor orden de (?:pago|llegada|deposito)\b`,
    basis: 'contract: "book today to lock the 30% discount", deposit pressure; corpus rules: deadlines',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // "40% off if you book before the 30th", "25% menos si reserva antes del viernes".
    pattern: r`\b\d{1,2} ?% (?:off|discount|de descuento|menos)\b[^.]{0,40}?\b(?:if|when|si) (?:you |usted )?(?:book|pay|confirm|reserve|sign|reserva|paga|confirma|aparta|deposita)\w* (?:before|by|within|antes|hoy|today)\b`,
    basis: 'contract: "book today to lock the 30% discount"',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // "el protocolo ya solo tiene 3 lugares", "precio especial solo si confirma hoy, mañana ya sube".
    pattern: r`\b(?:ya )?solo (?:tiene|tenemos|hay|queda|quedan) (?:\d+|dos|tres|cuatro|cinco) (?:lugares|cupos|espacios|plazas)\b|\b(?:especial|promocion\w*|descuento) solo si (?:confirma|paga|aparta|reserva|deposita)\w* (?:hoy|ya|ahora|antes)\b|\bmanana (?:ya )?sube\b`,
    basis: 'contract: "cupo limitado", expiring prices',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // "to keep one of those places we need the deposit by Thursday", "the September group is almost full".
    pattern: r`\b(?:to keep|to hold|para (?:mantener|apartar|conservar|guardar)) (?:\w+ ){0,4}?(?:places?|spots?|lugar|lugares|cupo|bed|cama|date|fecha)\b[^.]{0,40}?\b(?:deposit|anticipo|deposito)\b[^.]{0,30}?\b(?:by|before|antes|hasta)\b|\b(?:group|cohort|program|month|schedule|calendar)\b[^.]{0,20}?\b(?:is )?(?:almost|nearly) (?:full|booked|sold out)\b`,
    basis: "contract: scarcity and deposit pressure",
  },
  // ── unsupported-evidence ───────────────────────────────────────────────────────────────────────────
  {
    code: "pressure-tactics",
    lang: "any",
    pattern: r`\b(?:only|just|solo) (?:have |has |quedan |tenemos )?(?:\d+|one|two|three|a few|few|dos|tres) (?:more )?(?:treatment |procedure |surgery |open )?(?:dates?|fechas|places?|spots?|lugares|cupos) (?:left|remaining|available|in (?:this|the|our) (?:cohort|group|round|month)|disponibles|restantes|en (?:este|esta) (?:grupo|cohorte|ronda))\b|\bsolo se (?:aceptar|admitir|recibir)\w* \d+ (?:pacientes|participantes|personas)\b|\bonly \d+ (?:patients|participants|people) will be (?:accepted|admitted|enrolled)\b|\b(?:after (?:that|this|then)(?: date)?|(?:despues|pasada|pasado) (?:de )?(?:esa|esta|la) fecha)\b,? (?:it|the price|prices|the cost|the rate|el precio|se cobra|sube|regresa|vuelve)\w*[^.]{0,30}?\b(?:goes back|go back|returns?|rises?|goes up|increases?|jumps?|precio (?:normal|regular|completo|de lista)|cuota completa|sube|aumenta)\b|\b(?:only|solo|unicamente) (?:for|to|para|a) (?:\w+ ){0,3}?(?:booked|paid|reserved|received|confirmed|made|deposits?|bookings|reservations|reservad\w*|pagad\w*|confirmad\w*|anticipos?|depositos?)\b[^.]{0,25}?\b(?:by|before|until|antes del?|hasta el)\b(?<=\b(?:pric\w*|rate|discount|offer|precio|tarifa|descuento|oferta)\b[^.]{0,80})|\bsi (?:paga|liquida|deposita|reserva|confirma)\w* (?:\w+ ){0,3}?antes del? [^.]{0,30}?\b(?:descuento|precio especial|bonificacion)`,
    basis:
      'contract: scarcity and expiring prices ("only 2 treatment dates left", "after that it goes back to $11,500", "si paga su anticipo antes del 31 de mayo, obtiene un 20 % de descuento")',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    pattern: r`\b(?:list|price|prices|rate|rates|pricing|cost|costs|quote)s? (?:go|goes|will go|is going to go|are going to go) up (?:on|this|next|after|from|at)\b|\bkeeps? (?:the )?(?:current|old|today's|present) (?:numbers|price|prices|rate|pricing)\b|\b(?:el precio|los precios|la tarifa|las tarifas|la lista) (?:sube|suben|aumenta|aumentan) (?:el|este|a partir del?|despues del?)\b`,
    basis:
      'contract: expiring prices ("this list goes up on Monday the 3rd; a deposit this weekend keeps the current numbers")',
  },
  {
    code: "pressure-tactics",
    lang: "en",
    pattern: r`\b(?:q[1-4]|quarter|month|cohort|group|calendar|schedule|round|intake|week)s? (?:is|are) (?:nearly|almost|mostly|all but) (?:spoken for|booked|full|taken|sold out)\b|\bonly (?:takes?|accepts?|treats?) (?:\d+|two|three|four|five|six|eight|ten|twelve) (?:\w+ )?(?:participants|patients|people|families) (?:per|a|each) (?:quarter|month|year|group|cohort|round|cycle)\b|\b(?:send|pay|make|wire) (?:the |your |a )?deposit (?:by|before) (?:tonight|today|tomorrow|midnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`,
    basis: 'contract: scarcity ("we only take 4 participants per quarter and Q3 is nearly spoken for")',
  },
  {
    code: "pressure-tactics",
    lang: "en",
    pattern: r`\brelease (?:it|the (?:slot|date|spot)|your (?:slot|date|spot))\b (?:on|by|after|if|unless)\b`,
    basis:
      'contract: deadlines for a deposit ("I will need to release it on Monday if we have not received the deposit")',
  },
  {
    code: "pressure-tactics",
    lang: "es",
    pattern: r`\b(?:su|tu|el) (?:lugar|fecha|cupo|espacio)\b(?: \w+){0,4}? se (?:libera|pierde|cede|asigna a otr\w*)\b|\b(?:su|tu|el) (?:lugar|fecha|cupo|espacio) (?:pasa|se va|se le da|se lo damos) (?:a|al) (?:otr[oa]|siguiente)\b|\ba mas tardar (?:este|el|hoy|manana)\b(?<=\b(?:anticipo|deposito|pago)\b[^.]{0,80})|\bse (?:libera|pierde|cede) (?:su|tu|el) (?:lugar|fecha|cupo|espacio)\b`,
    basis:
      'contract: deadlines for a deposit ("si no, su lugar en el estudio se libera para el siguiente paciente")',
  },
  {
    code: "pressure-tactics",
    lang: "es",
    pattern: r`\b(?:recibe|recibimos|acepta|aceptamos|atiende|atendemos|trata|tratamos) (?:solo|solamente|unicamente) (?:a )?(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte) (?:pacientes|personas|familias)(?: \w+)? (?:por|al|cada) (?:mes|semana|ano|grupo|trimestre)\b`,
    basis:
      'contract: scarcity ("la clínica recibe solo a diez pacientes por mes, por lo que se recomienda reservar con anticipación")',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    pattern: r`\b(?:anticipo|deposito|deposit|pago|payment)\b[^.]{0,80}?\b(?:(?:en las )?(?:proximas|siguientes) (?:24|48|72) horas|(?:in|within) the next (?:24|48|72) hours)\b`,
    basis:
      'contract: deadlines for a deposit ("necesitamos el anticipo en las próximas 48 horas, ya que tenemos lista de espera")',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    pattern: r`\b(?:garantia|descuento|precio|oferta|promocion|guarantee|discount|price|offer)\b (?:aplica|es valid[oa]|vale|applies|is valid) (?:unicamente|solo|solamente|only) (?:para|a|to|for) (?:pacientes|quienes|los que|las familias|patients|those|families)\b[^.]{0,40}?\b(?:confirm|reserv|pag|deposit|book|pay)\w*\b[^.]{0,30}?\b(?:durante|antes|hasta|este|esta|during|before|by|this)\b`,
    basis:
      'contract: a deadline to get a price or an offer ("esta garantía aplica únicamente para pacientes que confirmen su fecha durante noviembre")',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    pattern: r`\b(?<!\bif (?:our |the )?)(?:price|prices|pricing|rate|rates|list) (?:changes?|increases?|rises?|will change|will go up) (?:next|this|on|after|from)\b|\bto keep this (?:number|price|rate|quote)\b|\bse respeta (?:solo|unicamente|nada mas) hasta\b|\bpara que no se (?:la|lo|los|las) ganen\b`,
    basis:
      'contract: expiring prices ("pricing changes next week … to keep this number I\'d need the deposit by Friday", "se respeta solo hasta el domingo")',
  },
  {
    code: "pressure-tactics",
    lang: "en",
    pattern: r`\b(?:current |these |our )?prices? (?:end|expire|are valid until|run out) (?:on|at)\b|\bafter (?:that|then),? (?:every|each|all|our) (?:\w+ )?(?:goes|go) up\b|\bholds? your (?:place|spot|slot|date|seat)\b(?<=\b(?:before|by)\b[^.]{0,40})|\bin order of (?:deposit|payment)\b`,
    basis:
      'contract: expiring prices and deposit deadlines ("our current prices end on the 31st … after that every package goes up", "a deposit before March 1 holds your place")',
  },
  {
    code: "pressure-tactics",
    lang: "en",
    pattern: r`\b(?:rate|price|discount|offer|pricing)\b(?: of \S+)?(?: per \w+)? applies (?:only )?to (?:bookings|reservations|patients|those|families)\b[^.]{0,40}?\bby\b|\bafter (?:that|this) (?:date|day)\b,? (?:the )?(?:standard|normal|full|regular|higher) (?:rate|price|pricing|fee)s?\b`,
    basis:
      'contract: an expiring price ("our spring rate applies to bookings confirmed with a deposit by April 30; after that date the standard rate applies")',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    pattern: r`\b(?:le |te |les )?recomiendo (?:apartar|reservar|confirmar|depositar|asegurar)\w* (?:su |tu )?(?:lugar |fecha )?(?:esta semana|hoy|ya|cuanto antes|pronto)\b|\b(?:released|given) to (?:the )?(?:waiting list|waitlist|next (?:family|patient))\b|\b(?:limitado|limited) a \d+ (?:pacientes|lugares|participantes)\b[^.]{0,20}?\bya (?:van|hay|tenemos) \d+`,
    basis:
      'contract: scarcity and deadlines ("el cupo es limitado a 20 pacientes y ya van 17, le recomiendo apartar esta semana", "a deposit by Friday or it will be released to the waiting list")',
  },
  {
    code: "pressure-tactics",
    lang: "en",
    pattern: r`\b(?:book|reserve|confirm|pay|deposit|sign up)\w* (?:your |a )?(?:\w+ ){0,2}?before (?:[\w-]+ ){1,3}?(?:and|to) (?:save|get|lock|keep)\b`,
    basis: 'contract: an expiring discount ("book your consultation before Friday the 28th and save $2,000")',
  },
  {
    code: "unsupported-evidence",
    lang: "en",
    pattern: r`\b(?:clinically|scientifically|medically) (?:proven|tested(?: and proven)?|validated|verified|documented|demonstrated|backed|supported)\b|\b(?:science|research|evidence|clinically)[- ]backed\b|\bproven\b(?<!\bwhat (?:is|'s) proven)(?! by (?:the )?(?:us |u\.s\. |mexican )?(?:government|authorities|regulators?|fda|cofepris))(?! (?:way|route|trick|hack|shortcut) to\b)(?! (?:track )?record\b(?! (?:of|in) (?:results|success|recover\w*|improv\w*|regenerat\w*|heal\w*)))(?! (?:by|in) (?:a |the )?(?:randomi|controlled|trial))(?! (?:to be )?(?:difficult|hard|challenging|impossible|disappointing|ineffective|wrong|false|elusive|harder|unsafe))|\bscientifically demonstrated\b`,
    basis: 'contract: "clinically proven"; lexicon §4.4 Evidence veneer',
  },
  {
    code: "unsupported-evidence",
    lang: "en",
    pattern: r`\b(?<!\bwhat (?:the |our )?(?:[\w-]+ )?)(?:studies|research|science|data|evidence|trials|our (?:data|results|outcomes|numbers|statistics|records)) (?:clearly |consistently |all |now )?(?:show|shows|prove|proves|confirm|confirms|demonstrate|demonstrates|back (?:it|this|us) up|speak for themselves|supports? (?:it|this|our))\b|\bthe science is (?:settled|clear|in|undeniable|conclusive)\b|\b(?:science|research|evidence) (?:backs|is behind) (?:it|this|us|our)\b|\bbacked by (?:\w+ ){0,3}?(?:research|science|studies|evidence|data|trials)\b|\binternal data\b`,
    basis: 'contract: "studies show"; corpus rules: figures attributed to internal data',
  },
  {
    code: "unsupported-evidence",
    lang: "en",
    pattern: r`\b${PERCENT} (?:of (?:our |the |all |treated )?(?:\w+ ){0,4}?(?:patients|clients|cases|people|families|participants|users)\b${gap(40)}\b${OUTCOME_EN}|(?:success|improvement|effective${W}|positive (?:results|response|outcomes)|response|satisfaction|efficacy|recovery)\b)|\b${FRACTION_WORD} (?:out of|of|in) (?:every )?${FRACTION_WORD}(?: \w+){0,4}? (?:patients|people|cases|clients|families|participants)\b${gap(40)}\b${OUTCOME_EN}|\b(?:success|effectiveness|efficacy|response|improvement|satisfaction|recovery) rate\b[^.?!\n]{0,40}?${PERCENT}|\b${PERCENT} (?:success|effectiveness|efficacy|response|improvement|satisfaction|recovery) rate|\b(?:thousands|hundreds|\d[\d,]*\+?) of (?:satisfied |happy )?(?:patients|people|cases) (?:successfully |already )?(?:treated|helped|cured|improved|recovered)\b|\b(?:more than|over|mas de) [\d,.]+\+? (?:(?:satisfied|happy) (?:patients|people)|(?:patients|people|cases|pacientes|casos) (?:successfully|con exito|exitosamente) (?:treated|helped|tratados|atendidos)|(?:patients|cases|pacientes|casos) (?:satisfechos|exitosos)|(?:pacientes|casos) (?:tratados|atendidos) (?:con exito|exitosamente)|successful (?:cases|treatments|procedures))|\b(?:results|improvements?|success|benefits?|effective|works?|worked|gains?) (?:\w+ )?(?:in|for) (?:${PERCENT}|${FRACTION_WORD} (?:out of|of|in) ${FRACTION_WORD}) (?:of )?(?:our |the |all )?(?:patients|cases|people|clients|participants)\b|\b(?:as seen in|as (?:published|featured|reported) in|published in|backed by) (?:many |numerous |several )?(?:peer-reviewed |medical |scientific )?(?:journals|publications|papers)\b`,
    basis: 'contract: "92% of our patients improve" with no citation',
  },
  {
    code: "unsupported-evidence",
    lang: "es",
    pattern: r`\b(?:clinicamente|cientificamente|medicamente) (?:comprobad|probad|demostrad|validad|verificad|respaldad|avalad)${W}|\b(?:comprobad|demostrad|probad|validad)[oa]s? (?:cientificamente|clinicamente|medicamente)\b|\besta (?:comprobado|demostrado|probado)\b|\beficacia (?:comprobada|demostrada|probada)\b|\bresultados (?:comprobados|probados|demostrados)\b|\bhan demostrado (?:la|su) (?:eficacia|efectividad)\b|\b(?:(?:los |varios |multiples |diversos |numerosos )?estudios|la ciencia|la investigacion|los datos|la evidencia|nuestros datos|nuestros resultados|los resultados) (?:lo |la |los )?(?:demuestra|demuestran|comprueba|comprueban|confirma|confirman|respalda|respaldan|avala|avalan|hablan por si solos)\b|\b(?:respaldad|avalad|sustentad|comprobad)${W} (?:por|en) (?:la |los |miles de |decadas de )?(?:evidencia|ciencia|estudios|investigaci${W})|\bdatos internos\b|\b(?:probad|comprobad|proven|tested|validated|validad)${W} (?:en|in|on|with|con) (?:mas de |more than |over )?(?:miles|cientos|thousands|hundreds|[\d,.]+) (?:de |of )?(?:pacientes|patients|casos|cases)\b`,
    basis: 'contract: "clínicamente comprobado"; lexicon §4.4 Evidence veneer',
  },
  {
    code: "unsupported-evidence",
    lang: "es",
    pattern: r`\b(?:el )?${PERCENT} (?:de (?:nuestros |los |sus )?(?:\w+ ){0,3}?(?:pacientes|casos|personas|tratados|familias|participantes)\b${gap(40)}\b${OUTCOME_ES}|de (?:exito|mejoria|efectividad|eficacia|respuesta|recuperacion|satisfaccion)\b|${OUTCOME_ES})|\b${FRACTION_WORD} de cada ${FRACTION_WORD}\b${gap(60)}\b${OUTCOME_ES}|\bde cada (?:cien|veinte|treinta|cuarenta|cincuenta)\b(?<=\b${FRACTION_ES} de cada \w+)${gap(60)}\b${OUTCOME_ES}|\btasa de (?:exito|efectividad|eficacia|respuesta|mejoria|recuperacion)\b[^.?!\n]{0,40}?${PERCENT}|\bnuestra (?:base de datos|estadistica|experiencia)\b[^.]{0,60}?${PERCENT}|\b(?:miles|cientos|\d[\d,.]*) de (?:pacientes|casos) (?:tratados )?(?:con exito|exitosos|satisfechos)\b|\bcon exito en el \d|\b(?:resultados|mejoria|exito|funciona|efectiv${W}) (?:\w+ )?en (?:el )?(?:${PERCENT}|${FRACTION_WORD} de cada ${FRACTION_WORD}) (?:de )?(?:los |nuestros )?(?:pacientes|casos|personas)\b|\b(?:publicad[oa]s?|como se ha visto|avalad[oa]s?) (?:en|por) (?:revistas|publicaciones) (?:cientificas|medicas|especializadas|arbitradas)\b|\b(?:numeros[oa]s|muchas|muchos|multiples|diversas|diversos|varias|varios) (?:publicaciones|investigaciones|estudios|universidades|articulos)(?: \w+){0,2}? (?:avalan|respaldan|demuestran|confirman|comprueban)\b|\b(?:avalan|respaldan) (?:\w+ )?(?:universidades|cientificos|investigadores|expertos)\b|\b(?:labs|laboratories|universities|scientists|researchers) (?:around the world|worldwide|across (?:\w+ )?continents)(?: \w+){0,2}? (?:validated|confirmed|proven|proved|shown)\b|\bout of (?:every )?${FRACTION_WORD}\b(?<=\b(?:gains?|improvement|results|benefits?|success) (?:in|for) ${FRACTION_WORD} out of (?:every )?${FRACTION_WORD})`,
    basis: 'contract: "el 90% de nuestros pacientes mejora" with no citation',
  },
  {
    code: "unsupported-evidence",
    lang: "any",
    pattern: r`\b(?:our|these|the clinic's|nuestros) (?:results|outcomes|resultados) (?:clearly |consistently )?(?:show|shows|prove|proves|demonstrate|demonstrates|muestran|demuestran|comprueban)\b|\b(?:results|outcomes|los resultados) (?:clearly |consistently )?(?:show|prove|demonstrate|muestran|demuestran|comprueban) (?:that )?(?:que )?(?:our|the|stem|these|nuestr[oa]s?|las|el|la) (?:treatment|therapy|cells|protocol|method|tratamiento|terapia|celulas|protocolo|metodo)\b|\bdocumented (?:success|recoveries|cures)\b|\b(?:anos|decadas) de (?:investigacion|estudios|experiencia) (?:nos )?(?:respaldan|avalan|lo demuestran)\b|\bnobel[- ]prize[- ]winning (?:technology|technique|science|research|discovery)\b|\b(?:same|similar) (?:\w+ ){0,2}?(?:technology|treatment|technique|protocol|cells) (?:\w+ ){0,2}?(?:used|developed) (?:\w+ ){0,2}?(?:by|at) (?:the )?(?:mayo clinic|harvard|stanford|nasa|johns hopkins)\b`,
    basis: 'contract: "studies show" with no citation; lexicon §4.4 Evidence veneer (name-dropping)',
  },
  {
    code: "unsupported-evidence",
    lang: "any",
    pattern: r`\b(?:efectividad|eficacia|exito|effectiveness|efficacy|success)(?: \w+)? (?:del?|of|of about|de mas del?|above|over|superior al?) ${PERCENT}`,
    basis: "contract: numeric success figures with no citation",
  },
  {
    code: "unsupported-evidence",
    lang: "any",
    pattern: r`\b(?:success stories|casos de exito|historias de exito|testimonials|testimonios) (?:\w+ ){0,2}?(?:prove|proves|demonstrate|show|back it up|speak for themselves|lo demuestran|demuestran|lo respaldan|respaldan|lo avalan|avalan|hablan por si solos)\b`,
    basis: "contract: outcomes presented as proof with no citation",
  },
  {
    code: "unsupported-evidence",
    lang: "any",
    // "así lo confirma la investigación más reciente", "backed by science", "98% patient success rate".
    pattern: r`\b(?:\bcada (?:10|diez|100|cien) (?:pacientes|personas|casos)\b(?<=\ben ${FRACTION_ES} de cada \w+ \w+)(?<=\b${OUTCOME_ES}[^.;!?]{0,100})|\b(?:10|ten|100) (?:patients|people|cases)\b(?<=\b(?:in|for) ${FRACTION_WORD} (?:out )?of (?:every )?\w+ \w+)(?<=\b${OUTCOME_EN}[^.;!?]{0,100})|\b(?:confirma|confirman|demuestra|demuestran|respalda|respaldan|avala|avalan|comprueba|comprueban|dice|dicen) (?:la |las |los |el )?(?:investigacion|ciencia|estudios?|evidencia|literatura|datos)\b(?<=\blo \w+ (?:la |las |los |el )?\w+)|\b(?:confirmed|proven|backed|supported|validated) by (?:the )?(?:latest |recent |scientific |medical )?(?:research|science|studies|evidence|data)\b|\b${PERCENT} (?:\w+ )?success rate\b)`,
    basis: 'contract: "studies show", "research confirms" and success figures with no citation',
  },
  {
    code: "unsupported-evidence",
    lang: "any",
    // "el 87 % recuperó sensibilidad" with no source.
    pattern: r`\b(?:el )?${PERCENT} (?:de (?:ellos|los pacientes) |of (?:them|patients|our patients) )?(?:report\w* (?:\w+ )?improvement|recuper\w*|mejor\w*|camin\w*|regain\w*|improv\w*|recover\w*|walk\w*)\b`,
    basis: "contract: numeric success figures with no citation",
  },
  {
    code: "unsupported-evidence",
    lang: "any",
    pattern: r`\b(?:estudios de sobra|plenty of studies|(?:hay|there are) (?:muchos |numerosos |varios )?(?:estudios|studies) (?:que lo (?:demuestran|prueban)|that prove it))\b`,
    basis: 'contract: "studies show" with no citation',
  },
  {
    code: "unsupported-evidence",
    lang: "any",
    pattern: r`\b(?:respaldad\w* por (?:mas de )?\d+ (?:estudios|investigaciones|papers)|backed by (?:over |more than )?\d+ (?:studies|papers)|(?:investigaciones|estudios|research|studies) (?:de|from|at) (?:harvard|stanford|yale|oxford|la unam|mayo)\b[^.;!?]{0,30}?(?:demuestran|prove|show|confirm))`,
    basis: 'contract: "studies show" with no citation',
  },

  {
    code: "unsupported-evidence",
    lang: "any",
    // "about three in four get measurable motor return", "el 87% de nuestros pacientes tiene respuesta favorable", "avanzan tres veces más rápido".
    pattern: r`\b(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:in|out of) (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:\w+ ){0,3}?(?:get|gets|got|show|shows|showed|have|had) (?:\w+ ){0,2}?(?:return|gains?|improvement|recovery)\b|\b${PERCENT} (?:de (?:nuestros|los) pacientes )?(?:tiene|tienen|tuvo|tuvieron|presenta\w*|muestra\w*) (?:una )?respuesta (?:favorable|positiva|buena)\b|\b(?:dos|tres|cuatro|cinco|two|three|four|five|\d+) (?:veces|times) (?:mas rapido|faster|mas rapid\w*)\b`,
    basis: 'contract: "studies show", numeric success figures with no citation',
  },
  {
    code: "unsupported-evidence",
    lang: "any",
    // "happens in about 9 of every 10 cases", "de cada diez pacientes que nos llegan así, nueve salen caminando".
    pattern: r`\b(?:happens|works|funciona|pasa|sucede) in (?:about |around |nearly )?(?:\d+|nine|eight|seven|six) (?:of|out of) (?:every )?(?:\d+|ten)\b|\bde cada (?:diez|\d+|cien) (?:pacientes|personas|casos)\b[^.]{0,40}?\b(?:\d+|nueve|ocho|siete|seis|noventa)\b[^.]{0,20}?\b(?:salen|sale|camina\w*|mejora\w*|responde\w*|recupera\w*)`,
    basis: "contract: numeric success figures with no citation",
  },
  {
    code: "unsupported-evidence",
    lang: "any",
    // "83% reported measurable gains", "el 78% reportó mejoría".
    pattern: r`\b${PERCENT} (?:of (?:them|those treated|patients|participants|our patients) )?(?:(?:have|has|han|ha) )?(?:reported|report|saw|showed|experienced|achieved|got back|regained|recovered|reporto|reportaron|mostro|mostraron|obtuvo|obtuvieron|recupero|recuperaron)\b (?:\w+ ){0,4}?(?:sensation|movement|function|control|sensibilidad|movimiento|gains|improvement|improvements|progress|benefit|benefits|recovery|mejoria|mejorias|avances?|beneficios?)\b`,
    basis: "contract: numeric success figures with no citation",
  },
  {
    code: "unsupported-evidence",
    lang: "any",
    // "Nuestro índice de éxito … es del 82%", "our success rate in incomplete injuries is 78%".
    pattern: r`\b(?:indice|tasa|porcentaje) de (?:exito|efectividad|mejoria)\b[^.?!\n]{0,50}?\b\d{1,3} ?%|\bsuccess rate\b[^.?!\n]{0,50}?\b\d{1,3} ?%`,
    basis: "contract: numeric success figures with no citation",
  },
  {
    code: "unsupported-evidence",
    lang: "any",
    // "ya está más que demostrado que…", "hay muchísimos estudios que lo respaldan".
    pattern: r`\b(?:esta|is) (?:mas que |already |ya )?(?:demostrado|comprobado|proven) que\b|\b(?:hay )?(?:muchos|muchisimos|miles de|cientos de) estudios que lo (?:respaldan|demuestran|comprueban)\b|\b(?:many|countless|hundreds of|thousands of) studies (?:that )?(?:back|prove|show) (?:it|this)\b`,
    basis: 'contract: "studies show" with no citation, "clinically proven"',
  },
  // ── opaque-cell-source ─────────────────────────────────────────────────────────────────────────────
  {
    code: "unsupported-evidence",
    lang: "en",
    pattern: r`\b(?:has|have) been (?:shown|proven|demonstrated) (?:in|by) (?:studies|research|trials|clinical studies|clinical trials)\b`,
    basis: 'contract: "studies show" with no citation ("has been shown in studies to improve sensation")',
  },
  {
    code: "unsupported-evidence",
    lang: "en",
    pattern: r`\b${FRACTION_WORD} (?:out of|in|of every) ${FRACTION_WORD} (?:regained|recovered|improved|walked|improve|regain|recover|reported|saw|showed|got)\b`,
    basis: 'contract: success figures with no citation ("7 out of 10 regained sensation")',
  },
  {
    code: "unsupported-evidence",
    lang: "any",
    pattern: r`\b${PERCENT} (?:gain|gains|gained|improve|improves|improved|move|moves|moved|sube|suben|subio|mejora|mejoran|gana|ganan) (?:at least |al menos |por lo menos )?(?:one|two|three|1|2|3|a|un|uno|dos|tres) (?:[\w-]+ ){0,3}?(?:grades?|levels?|points?|grados?|nivel|niveles|puntos)\b`,
    basis:
      'contract: success figures with no citation ("among our incomplete patients, 71% gain at least one ASIA grade")',
  },
  {
    code: "unsupported-evidence",
    lang: "en",
    pattern: r`\b${PERCENT} (?:see|saw|show|showed|report|reported|have|had|get|got|experience|experienced) (?:\w+ )?(?:improvement|results|gains|progress|benefits?|recovery)\b`,
    basis:
      'contract: success figures with no citation ("we\'ve treated over 3,000 patients and 91% see improvement")',
  },
  {
    code: "unsupported-evidence",
    lang: "es",
    pattern: r`\b(?:los |las )?(?:estudios|investigaciones) (?:ya |tambien )?(?:demostraron|demuestran|han demostrado|comprobaron|prueban|confirmaron)\b`,
    basis:
      'contract: "studies show" with no citation ("los estudios ya demostraron que este esquema mejora la fuerza")',
  },
  {
    code: "opaque-cell-source",
    lang: "any",
    pattern: r`\bproprietary\b(?! (?:software|website|app|platform|booking))|\b(?<!\bonly )(?:trade secrets?|secreto (?:industrial|comercial)|intellectual property|propiedad intelectual|closely guarded secret|well[- ]kept secret|secreto bien guardado)\b|\b(?:exclusive|secret|signature) (?:formula|blend|cocktail)\b|\bsecret[- ]recipe\b|\bformula (?:exclusiva|secreta|propia)\b|\btecnica (?:exclusiva|secreta)\b|\b(?:laboratorio|proceso|protocolo|metodo|origen) (?:confidencial|secreto|reservado)\b|\bsecret (?:formula|protocol|method|process|technique)\b|\bconfidential (?:lab|laboratory|process|source|protocol|supplier)\b|\bpatent${W} (?:and|y|but|pero) (?:\w+ ){0,2}?(?:secret${W}|confidential|confidencial${W}|reservad${W}|undisclosed)`,
    basis:
      'contract: "our proprietary cell formula", "fórmula exclusiva patentada"; corpus rules: trade secret',
  },
  {
    code: "opaque-cell-source",
    lang: "any",
    // "The exact cell type and the culture method are confidential", "son documentos internos".
    pattern: r`\b(?:${HIDDEN}(?<=\b${BE} (?:\w+ ){0,2}?${HIDDEN})|(?:keep\w*|kept|manten\w*|mantien\w*|guard\w*|reserv\w*)(?: [\w']+){0,3}? ${KEPT}|(?:is|are) not (?:something|anything|information) (?:that )?we (?:give out|share|disclose|release|provide|hand out)|no es (?:algo|informacion) que (?:compartamos|demos|entreguemos|revelemos)|no se (?:comparte|comparten|entrega|entregan|muestra|muestran)\b(?! (?:con|a) (?:terceros|otras personas|nadie mas))|(?:name|identity|details|location|nombre|identidad|detalles|ubicacion) (?:we |nosotros )?(?:'re |are )?(?:${REFUSE_AUX} (?:\w+ ){0,2}?${REVEAL}|${REFUSE_ES}))\b(?<=\b${SUBJ}[^.;?!]{0,100})|\b(?:not disclosed|undisclosed|confidential|proprietary|secret|confidencial|reservado|no se revela)\b(?<=\b${SUBJ}\W{1,3}(?:not disclosed|undisclosed|confidential|proprietary|secret|confidencial|reservado|no se revela))|\b(?:not|never) (?:released|given|shared|provided|disclosed|sent) (?:to|with) (?:patients|the patient|you|families|(?:outside |their |external )?doctors)|\bno se (?:entrega|entregan|comparte|comparten|revela|revelan|muestra|muestran|proporciona|proporcionan) (?:a|con) (?:los )?(?:pacientes|usted|medicos|familiares)`,
    basis: 'contract: hides the source, the lab or the COA; corpus rules: "confidential lab"',
  },
  {
    code: "opaque-cell-source",
    lang: "any",
    pattern: r`\b(?:${REFUSE_AUX} (?:\w+ ){0,2}?${REVEAL}|${REFUSE_ES})\b[^.;?!]{0,50}?\b${SUBJ}|\b${REFUSE_AUX} (?:\w+ ){0,2}?${REVEAL}\b(?<=\b${SUBJ}(?: \w+){0,3}? (?:we|we're|we are|que|which|that)? ?${REFUSE_AUX} (?:\w+ ){0,2}?${REVEAL})|\b(?:(?:information|informacion|info)(?<=\b(?:that|this|esa|esta|dicha) (?:information|informacion|info)) (?:is|es) (?:\w+ ){0,2}?(?:confidential|confidencial|reservada|secret[ao]?|classified)|(?:${REFUSE_AUX} (?:\w+ ){0,2}?${REVEAL}|${REFUSE_ES}) (?:(?:ese|esa|este|esta|that|this|those|esos|dicho|dicha|the|el|la|any|more|mas|ninguna|su) )?(?:documento|document|informacion|information|info|reporte|report|archivo|file|dato|datos|details|detalles|nombre|name)|${REFUSE_AUX} (?:\w+ ){0,2}?(?:decir|decirle|decirles|tell you|tell|say|revelar|dar a conocer|confirmar|confirm) (?:cual|which|where|donde|de donde|quien|who|what))\b(?<=\b${SUBJ}[^]{0,200})|\b(?:laboratorio|proveedor|lab|supplier)[^.]{0,30}?prefiere no (?:dar|revelar|dar a conocer) su nombre`,
    basis: 'contract: "we cannot share lab reports", "no compartimos el certificado de análisis"',
  },
  {
    code: "opaque-cell-source",
    lang: "any",
    pattern: r`\bundisclosed (?:partner|source|lab|laboratory|supplier|location|country|facility|bank|donor|origin)s?\b|\b(?:available|accessible) only to (?:our )?(?:staff|team|doctors|personnel|internal)|\bsolo (?:para uso interno|(?:disponible|accesible) para (?:el |nuestro )?personal)`,
    basis: "contract: hides or refuses to disclose the source, the lab or the COA",
  },
  {
    code: "opaque-cell-source",
    lang: "any",
    pattern: r`\b(?:no se (?:da|dan|revela|revelan|divulga|divulgan|informa|menciona|publica) a conocer|no se (?:revela|revelan|divulga|divulgan|menciona|mencionan|publica|publican|nombra|identifica|informa|informan)|(?:is|are) not (?:disclosed|revealed|made public|named|shared|identified|handed out|given out|released|provided)|(?:remains?|is kept|are kept|stays?|prefers? to remain) (?:anonymous|unnamed|private|undisclosed))\b(?<=\b${SUBJ}[^.;?!]{0,100})`,
    basis: "contract: hides or refuses to disclose the source, the lab or the COA",
  },

  {
    code: "opaque-cell-source",
    lang: "any",
    // "we don't hand out lab paperwork", "no me pregunte lo del laboratorio", "a confidential method", "the
    // certificate of analysis is an internal document and stays with our team", "lo revisa únicamente
    // nuestro director", "no podemos explicar cómo se cultivan las células".
    pattern: r`\b(?:\b${REFUSE_AUX} (?:\w+ ){0,2}?(?:hand out|hand over|give out|explain|explicar|explicarle|detallar)\b[^.;?!]{0,40}?\b(?:lab\w*|laborator\w*|certifica\w*|coa\b|paperwork|reports?|documents?|documentos|papeles|origen|origin|source|cells?|celulas|cultiv\w*|grown)|\bno (?:me |le |nos )?pregunte\w* (?:por |lo del |sobre (?:el |la )?)?(?:laboratorio|lab|origen|certificado)\b|\b(?:laboratorio|certificado|coa|origen)\b[^.;?!]{0,80}?\bno se (?:lo|la|los|las) (?:damos|entregamos|compartimos|mostramos|ensenamos) a (?:nadie|los pacientes|las familias)\b|\b(?:confidential|secret|proprietary|confidencial|secret[oa]|reservad[oa]) (?:method|process|technique|protocol|formula|lab|laboratory|source|supplier|metodo|proceso|tecnica|protocolo|laboratorio|proveedor)\b|\b(?:(?:internal|interno|interna)(?: \w+)? (?:documents?|records?|documento|registro)\b(?<=\b(?:is|are|es|son) (?:an? |un |una )?\w+(?: \w+)? \w+)|(?:stays?|remains?|kept|se queda\w*|permanece\w*) (?:with|in|con|en) (?:our|the|nuestro|el|la) (?:medical |clinical |lab )?(?:team|office|director|equipo|direccion)\b|(?:revisa|conserva|guarda) (?:unicamente|solo|solamente|nada mas) (?:nuestro|nuestra|el|la)\b|(?:only|solely) (?:seen|reviewed|kept|held) by (?:our|the) (?:medical |clinical )?(?:director|team|doctors?|staff)\b)(?<=\b${SUBJ}[^.;?!]{0,80}))`,
    basis: 'contract: "we cannot share lab reports", "no compartimos el certificado de análisis"',
  },
  {
    code: "opaque-cell-source",
    lang: "any",
    // "the lab side is super technical and most families wouldn't understand it", "se entrega una vez liquidado el
    // importe", "shared in person during your welcome consultation", "that's between us and the lab", "stay with us".
    pattern: r`\b(?:(?:wouldn't|would not|won't|will not|don't|do not) understand (?:it|that|them)|no (?:lo |la |los )?(?:entenderia\w*|va a entender|van a entender)|(?:se entrega\w*|se (?:lo|la|los) (?:damos|entregamos|mostramos|ensenamos)|(?:is|are) (?:shared|given|shown|handed over)|we(?:'ll| will) (?:share|show|tell|give)\w*)\b[^.;!?]{0,40}?\b(?:una vez (?:liquidado|pagado|que (?:pague|liquide))|after (?:payment|you pay|full payment|you've paid)|in person|en persona|cuando (?:este|llegue) (?:aqui|con nosotros)|once you(?:'re| are) here|when you arrive)|between (?:us|the clinic) and the lab|entre (?:la clinica|nosotros) y el laboratorio|(?:stays?|remains?|se queda\w*|quedan?) (?:with us|con nosotros))\b(?<=\b${SUBJ}[^]{0,160})`,
    basis: "contract: hides or refuses to disclose the source, the lab or the COA",
  },
  {
    code: "opaque-cell-source",
    lang: "any",
    // "the summary, not the lab report", "el resultado, no la receta", "no sale de la clínica", "lo conoce solo el
    // director", "es política de la empresa no entregar…", "tampoco damos", "lo guardamos nosotros".
    pattern: r`\b(?:(?:summary|resumen|resultado)\W{1,3}(?:not|no) (?:the |el |la )?(?:lab report|reporte|receta|certificado|coa)|(?:no sale|never leaves) (?:de la |del |the )?(?:clinica|laboratorio|clinic|lab)|(?:(?:lo|la|los|las) (?:conoce|conocen|sabe|saben|guardamos|conservamos) (?:solo|solamente|unicamente|nada mas|nosotros)|tampoco (?:la |lo |los |las )?(?:damos|compartimos|entregamos|mostramos))\b(?<=\b${SUBJ}[^.;!?]{0,80})|(?:politica|policy)\b[^.;!?]{0,30}?\b(?:no (?:entregar|compartir|dar|mostrar|revelar)|not to (?:share|give|release|provide|disclose)))`,
    basis: "contract: hides or refuses to disclose the source, the lab or the COA",
  },
  {
    code: "opaque-cell-source",
    lang: "any",
    // "so we keep it in-house", "patients don't need that info", "del donador no damos ningún dato", "no se facilita a pacientes", "el método … no lo publicamos".
    pattern: r`\bkeep (?:it|that|this|them) in-house\b|\bpatients? (?:don't|dont|do not) need (?:that|this) (?:info|information)\b|\bis between the doctor and the lab\b|\b(?:del|de los?) (?:donador|donante|laboratorio|lote|origen)\w* no (?:damos|compartimos|revelamos|decimos|proporcionamos|facilitamos)\b|\beso no (?:se lo |te lo |se la |le )?(?:puedo|podemos) (?:decir|dar|compartir|pasar|mostrar)\b(?<=\b(?:laboratorio|donador|origen|lote|certificado|coa|metodo)\b[^]{0,60})|\bno se (?:facilita|entrega|comparte|proporciona)n? a (?:los )?pacientes\b|\ba los pacientes (?:ni )?(?:les sirve|les interesa)\b(?<=\b(?:coa|certificado|laboratorio)\b[^]{0,60})|\bno lo publicamos\b(?<=\b(?:metodo|proceso|tecnica|formula|protocolo)\b[^]{0,80})`,
    basis: "contract: hides or refuses to disclose the cell source, the lab, the COA or the method",
  },
  {
    code: "opaque-cell-source",
    lang: "any",
    // "we signed a confidentiality agreement with them, we can't say", "we don't send it out to anyone", "el nombre del laboratorio … no los compartimos", "mezcla propietaria".
    pattern: r`\b(?:signed|have|tenemos|firmamos) (?:an? |un )?(?:confidentiality agreement|non-disclosure agreement|nda|acuerdo de confidencialidad)\b[^.]{0,40}?\b(?:can't say|cannot say|can't tell you|no podemos decir(?:le)?|no podemos compartir(?:lo)?)\b|\b(?:don't|do not|never|won't) (?:send|give|hand) (?:it|them|that|those) out\b(?<=\b(?:paperwork|coa|certificate|lab|report|documents?)\b[^]{0,120})|\b(?:el nombre|el origen)\b[^.]{0,60}?\bno (?:los|las|lo|la) (?:compartimos|damos|revelamos|decimos)\b|\b(?:mezcla|formula|metodo|proceso) propietari[oa]\b|\bdisponible solo para (?:las |la )?autoridad(?:es)?\b`,
    basis: "contract: hides or refuses to disclose the cell source, the lab, the COA or the method",
  },
  {
    code: "opaque-cell-source",
    lang: "any",
    // "una fórmula única que no revelamos", "a method we don't disclose".
    pattern: r`\b(?:formula|metodo|tecnica|receta|mezcla|method|technique|recipe|blend)\b(?: \w+){0,2}? (?:que no (?:revelamos|compartimos|divulgamos|mostramos|publicamos|damos a conocer)|(?:which |that )?we (?:don't|do not|never) (?:reveal|share|disclose|publish))\b`,
    basis: 'contract: "hides or refuses to disclose … the method"; "fórmula exclusiva"',
  },
  {
    code: "opaque-cell-source",
    lang: "en",
    pattern: r`\b(?:don't|do not|won't|will not|never) (?:share|disclose|release|give out) (?:it|that|this|them) (?:outside (?:the|our) (?:company|clinic|lab)|with (?:anyone|patients|the public))\b(?<=\b${SUBJ}[^.]{0,120})`,
    basis:
      'contract: refusing to disclose the cell source or method ("is protected information and we don\'t share it outside the company")',
  },
  {
    code: "opaque-cell-source",
    lang: "any",
    pattern: r`\b(?:one|it|that|something|information|info) (?:we|i) (?:keep|kept) to (?:ourselves|myself)\b(?<=\b${SUBJ}[^.]{0,80})|${REFUSE_ES}\b(?<=\b${SUBJ}(?: \w+){0,4}? ${REFUSE_ES})`,
    basis:
      'contract: refusing to disclose the lab or cell source ("our lab partner, it\'s one we keep to ourselves", "el origen exacto de las células no lo divulgamos")',
  },
  {
    code: "opaque-cell-source",
    lang: "es",
    pattern: r`\bni (?:su|sus|el|los|la|las) \w+ ni (?:su|sus|el|los|la|las) \w+ se (?:comparten|entregan|muestran|revelan|dan)\b(?<=\b${SUBJ}[^.]{0,80})|\b(?:nuestra |su )?formula (?:celular )?(?:exclusiva|secreta|patentada)\b`,
    basis:
      'contract: hides the lab or the COA, a proprietary formula ("ni su nombre ni sus certificados se comparten con pacientes", "nuestra fórmula celular exclusiva")',
  },
  {
    code: "opaque-cell-source",
    lang: "es",
    pattern: r`\bformula (?:suya|propia|secreta|exclusiva|de la casa)\b[^.]{0,20}?\bque no (?:le |les )?(?:ensena|muestra|revela|comparte|dice|explica)\w*`,
    basis: 'contract: a secret method ("las prepara con una fórmula suya que no le enseña a nadie")',
  },
];

/**
 * Gaps of a few words inside a claim never contain a negation: "rehabilitation (…) is optional" must not
 * match "la rehabilitación no es opcional".
 */
const temperWordGaps = (pattern: string) =>
  pattern.replaceAll(r`(?:\w+ )`, r`(?:(?!${STOP})\w+ )`).replaceAll(r`(?: \w+)`, r`(?: (?!${STOP})\w+)`);

export const LEXICON: LexiconEntry[] = RAW_LEXICON.map((e) => ({ ...e, pattern: temperWordGaps(e.pattern) }));

/** Conditions counted for the panacea rule; spinal cord injury counts as one of them. */
export const DISEASES: Array<{ name: string; pattern: string }> = [
  {
    name: "sci",
    pattern:
      "[ctl]\\d{1,2} (?:injury|fracture|lesion|incomplete|complete|incompleta|completa)\\b|(?:le |les )?tratamos (?:a (?:su|tu) \\w+ )?la lesion\\b|por (?:lo de )?su lesion\\b|\\([ctl]\\d{1,2}\\b|lesion (?:lumbar|toracica|dorsal|cervical)\\b|(?:injury|lesion) (?:at|in|en) [ctl]\\d{1,2}\\b|lo de (?:la )?columna|lesion [ctdl]\\d{1,2}\\b|spinal (?:cord )?injur\\w*|lesion(?:es)? medular\\w*|lesion(?:es)? (?:de|en) (?:la )?(?:medula|columna)|paralysis|paralisis(?! cerebral)|paraplegi\\w*|quadripleg\\w*|cuadriplejia|tetrapleji\\w*|paralyzed|paralysed|(?:para|for) (?:la |the )?(?:columna|spine)\\b",
  },
  { name: "autism", pattern: "autism\\w*|autismo|autista" },
  { name: "als", pattern: "\\bals\\b|\\bela\\b|amyotrophic|esclerosis lateral" },
  {
    name: "ms",
    pattern:
      "multiple sclerosis|esclerosis multiple|\\bms\\b(?!\\.)(?<!\\b(?:dear|hi|hello|hola|estimada?|to) ms)",
  },
  {
    name: "diabetes",
    pattern:
      "diabet\\w*|(?:el|del|con el|mi|su|de) azucar\\b|blood sugar|(?:my|his|her|their) sugar\\b|\\ba1c\\b|metformin\\w*",
  },
  { name: "parkinson", pattern: "parkinson\\w*" },
  {
    name: "alzheimer",
    pattern:
      "alzheimer\\w*|dementia|demencia|memory loss|perdida de (?:la )?memoria|(?:para|for) (?:la |the |your )?memor(?:ia|y)\\b",
  },
  { name: "cerebral-palsy", pattern: "cerebral palsy|paralisis cerebral" },
  {
    name: "stroke",
    pattern: "stroke|derrame|\\bevc\\b|accidente cerebrovascular|infarto cerebral|embolia",
  },
  {
    name: "arthritis",
    pattern:
      "arthritis|artritis|osteoarthritis|artrosis|desgaste articular|joint pain|dolor articular|(?:my|his|her|bad|sore) knees?\\b|rodillas?\\b",
  },
  {
    name: "heart",
    pattern: "heart (?:failure|disease)|insuficiencia cardiaca|enfermedad cardiaca|cardiopat\\w*",
  },
  { name: "lupus", pattern: "\\blupus\\b" },
  { name: "copd", pattern: "\\bcopd\\b|\\bepoc\\b|emphysema|enfisema" },
  {
    name: "aging",
    pattern:
      "anti-?aging|antienvejecimiento|rejuvenec\\w*|envejecimiento|age-related decline|arrugas|wrinkles",
  },
  { name: "cancer", pattern: "\\bcancer\\b" },
  { name: "erectile", pattern: "erectile|disfuncion erectil|impotencia" },
  { name: "kidney", pattern: "kidney (?:disease|failure)|insuficiencia renal|enfermedad renal" },
  { name: "liver", pattern: "cirrhosis|cirrosis|liver disease|higado" },
  { name: "crohn", pattern: "crohn\\w*|colitis" },
  { name: "down", pattern: "down syndrome|sindrome de down" },
  {
    name: "macular",
    pattern: "macular degeneration|degeneracion macular|devolver la vista|ceguera|blindness",
  },
  { name: "neuropathy", pattern: "neuropath\\w*|neuropatia|nerve pain" },
  { name: "fibromyalgia", pattern: "fibromyalgia|fibromialgia" },
  { name: "thyroid", pattern: "thyroid|tiroides|hipotiroidismo|hypothyroid\\w*" },
  { name: "chronic-fatigue", pattern: "chronic fatigue|fatiga cronica" },
  { name: "lyme", pattern: "lyme" },
  { name: "long-covid", pattern: "long covid|covid persistente" },
  { name: "asthma", pattern: "asthma|asma" },
  { name: "infertility", pattern: "infertility|infertilidad" },
  { name: "psoriasis", pattern: "psoriasis" },
  { name: "dermatitis", pattern: "dermatitis|eczema|eccema" },
  { name: "thrombosis", pattern: "thrombosis|trombosis" },
  { name: "prostate", pattern: "prostat\\w*" },
  { name: "insomnia", pattern: "insomni\\w*|duermo de corrido|sleep(?:s|ing)? through the night" },
  { name: "migraine", pattern: "migra(?:ine|na)s?" },
  {
    name: "hypertension",
    pattern:
      "hypertension|hipertension|high blood pressure|presion (?:alta|arterial)|(?:la|mi|su) presion\\b",
  },
  { name: "hair-loss", pattern: "hair loss|alopecia|calvicie|caida del cabello" },
  {
    name: "tbi",
    pattern: "traumatic brain injur\\w*|\\btbi\\b|lesion cerebral|traumatismo craneoencefalico|dano cerebral",
  },
  { name: "dystrophy", pattern: "muscular dystroph\\w*|distrofia muscular" },
  { name: "epilepsy", pattern: "epilep\\w*" },
  { name: "ataxia", pattern: "ataxia\\w*" },
  { name: "huntington", pattern: "huntington\\w*" },
  { name: "myasthenia", pattern: "myasthenia|miastenia" },
  { name: "osteoporosis", pattern: "osteoporosis" },
  { name: "eye", pattern: "glaucoma|retinitis|retinopat\\w*" },
  { name: "hearing", pattern: "hearing loss|sordera|perdida (?:de la )?audicion" },
  { name: "depression", pattern: "depression|depresion" },
  { name: "adhd", pattern: "\\badhd\\b|\\btdah\\b" },
  { name: "sports", pattern: "sports? injur\\w*|lesiones deportivas|tendinitis|tendon\\w*" },
  {
    name: "back-pain",
    pattern: "back pain|back injur\\w*|dolor de espalda|hernia de disco|herniated dis[ck]",
  },
  { name: "autoimmune", pattern: "autoimmune|autoinmun\\w*" },
  // "…and many more": an open-ended list counts as a further condition.
  {
    name: "more",
    pattern:
      "(?:three|3|tres|four|cuatro|five|cinco) (?:totally |completely |very |muy )?(?:different|distintos|distintas|diferentes) (?:problems|conditions|diseases|illnesses|problemas|enfermedades|padecimientos)|(?:and|y) (?:many |muchas |muchos )?(?:more|other (?:conditions|diseases|illnesses)|mas (?:enfermedades|padecimientos|condiciones)|otr[oa]s (?:enfermedades|padecimientos|condiciones))\\b",
  },
];

/** Words that offer one treatment for the conditions listed with them. */
export const TREATS =
  "\\b(?:treat\\w*|for|helps?|helped|helping|seeing (?:people|patients) with|(?:have |has )?(?:all )?improved|mejoraron|improves?|mejora|mejoran|across|used for|cure\\w*|indicated|address\\w*|works? (?:for|on)|gets? to work|see patients with|trat\\w*|para|ayud\\w*|atend\\w*|atiend\\w*|cur\\w*|sirv\\w*|se aplica|aplicamos|usamos|utilizamos|we use|gracias a|thanks to)\\b";

/** One product credited with all of them: "all with one vial", "la misma aplicación", "from MS to migraines". */
export const ONE_TREATMENT =
  "\\b(?:(?:one|a single) round of|una (?:sola )?ronda de|(?:one|a single) [\\w-]+ (?:session|infusion|injection|treatment|protocol|vial|shot|application)|(?:one|a single|the same|our) (?:treatment|therapy|vial|infusion|injection|protocol|drip|iv|product|shot|procedure|application|dose)|all with one|(?:our|one|a) (?:(?!different|separate|distinct|another|other)[\\w-]+ ){1,3}(?:product|preparation|formula)\\b|una sola (?:terapia|infusion|aplicacion|inyeccion|dosis)|(?:un|una) unic[oa] (?:tratamiento|protocolo|terapia|aplicacion|infusion|procedimiento)|un solo (?:tratamiento|protocolo|procedimiento)|(?:las|los) mism[oa]s (?:celulas|tratamientos|terapias|aplicaciones|infusiones|inyecciones)|(?:la|el|una|un) mism[oa] (?:tratamiento|terapia|aplicacion|infusion|protocolo|celula|producto|vial|suero)|todo con|todo en una|(?:the )?same (?:[\\w-]+ ){0,3}(?:cells|celulas|protocol|product|infusion|package|treatment|session|blend|formula|cocktail|iv|drip|vial|shot)|works? (?:on|for) everything|sirven? para todo|cura todo|cures everything|(?:el |la )?mism[oa] (?:\\w+ )?(?:producto|protocolo|sesion|paquete)|una sola sesion|all (?:conditions|diseases|patients) (?:receive|get)|todos los (?:padecimientos|pacientes) (?:reciben|llevan)|did all (?:of )?that|all (?:of )?(?:it|that) (?:with|from|thanks)|whether it'?s|ya sea|from \\w+(?: \\w+)? to \\w+(?: \\w+)? to|se aplica igual)\\b";
