import type { RedFlagCode } from "./codes.js";

/**
 * The red-flag lexicon, as data a reviewer can read. Each entry is a regular expression over normalised
 * text (lower case, accents removed, whitespace collapsed, straight quotes) with the basis for it. Matches
 * are then checked for negation, hedging, questions, quotation and warning frames (see index.ts). Basis
 * references: "contract" = shared/redflag-codes.md; "lexicon" = shared/reference/domain-standards.md §4.4;
 * "corpus rules" = the labelling rules in corpus/redflags/README.md.
 *
 * Patterns are built from word families (stems with inflections), synonyms and word-order variants rather
 * than single phrases. The fragments below are shared by several entries.
 */
export type LexiconEntry = { code: RedFlagCode; lang: "en" | "es" | "any"; pattern: string; basis: string };

const r = String.raw;
const W = "[a-z0-9']*"; // the rest of a word (inflections)

/** Words that turn a span into its opposite; a "gap" between two parts of a claim must not contain them. */
const STOP = r`\b(?:not?|never|nothing|none|nobody|whether|ni|nunca|nada|jamas|ningun[oa]?|sin|without|[a-z]+n't|dont|doesnt|isnt|arent|cant|wont)\b`;
/** Up to n characters of the same clause with no negation in them. */
const gap = (n: number, stop = STOP) => r`(?:(?!${stop})[^.;!?]){0,${n}}?`;
/** Free-of-charge words: "the study is free" is the opposite of paying to take part. */
const FREE = r`\b(?:free|gratis|gratuit[oa]|nothing|nada|no cost|sin costo|no charge|covers?|cubre)\b`;

// Rehabilitation, as opposed to the cell "therapy" itself.
const REHAB_EN = r`(?:rehab${W}|physical therap${W}|physiotherap${W}|physio\b|pt\b|therapists?\b|therap(?:y|ies)\b(?<!(?:cell|cellular|stem|gene|regenerative|iv|infusion) therap(?:y|ies))(?! (?:with|using|of)\b))`;
const REHAB_ES = r`(?:rehabilitacion\w*|fisioterapia\w*|terapia fisica|terapias? de rehabilitacion|fisio\b|terapias?\b(?! (?:celular|con celulas|regenerativa|genica|con exosomas|de celulas)))`;

// Results a clinic might promise.
const RESULT_EN = r`(?:walk${W}|improve${W}|recover${W}|regain${W}|get better|be walking|stand|move (?:his|her|their|your|my) legs|feel (?:his|her|their|your|my) legs|see (?:real |big |huge |measurable |visible |clear )?(?:results|improvement|progress|changes|gains)|get (?:your|his|her|their) (?:life|legs|movement|mobility|independence) back)`;
const RESULT_ES = r`(?:mejor${W}|camin${W}|recuper${W}|volver${W} a caminar|resultados?|avances?|cambios?|sentir${W}|mover${W}|funciona${W}|sanar${W}|cur(?:ar|ara|e)\b)`;
const WILL_EN = r`(?:'ll| will| are going to| is going to|'re going to|'s going to| are gonna| is gonna)`;
const WHO_EN = r`(?:you|he|she|they|your (?:son|daughter|child|husband|wife|mother|father|mom|dad|loved one|brother|sister|patient)|our patients|every patient|all (?:of )?our patients)`;

// Sources, labs and documents a clinic may hide.
const SUBJ_EN = r`(?:lab\b|labs\b|laborator${W}|coa\b|certificates? of analysis|source of the cells|cell source|source\b|origin\b|cell type|type of cells?|culture method|method\b|composition|supplier|formula\b|where (?:do |does )?(?:the |our |these )?cells (?:come|are (?:made|grown))|how (?:the |our |these )?cells are (?:grown|made|processed|cultured|produced))`;
const SUBJ_ES = r`(?:laboratorio\w*|certificado(?: de analisis)?|coa\b|origen\b|fuente\b|tipo de celulas?|cultivo\b|metodo\b|composicion|proveedor\w*|formula\b|procedencia|resultados de laboratorio|de donde (?:vienen|provienen|salen|se obtienen) las celulas|como se (?:cultivan|obtienen|producen) las celulas)`;
const HIDDEN = r`(?:confidential|secret|a secret|classified|undisclosed|proprietary|internal (?:documents?|information|use only)|(?:a )?closely guarded secret|confidencial${W}|secret[oa]s?|reservad[oa]s?|documentos? internos?|informacion (?:interna|confidencial|reservada)|de uso interno)`;
const REFUSE = r`(?:can ?not|can't|cant|won't|wont|don't|dont|do not|will not|unable to|not able to|never|not allowed to|not permitted to|no (?:podemos|puedo|se puede|le podemos|les podemos|te podemos|se lo podemos|estamos autorizados a)|no (?:le |les |te )?(?:compartimos|mostramos|revelamos|damos|entregamos|enviamos|mandamos|proporcionamos|divulgamos|decimos|informamos))`;

// Approvals and credentials, and what a clinic says they prove.
const CRED = r`(?:licen[cs]\w*|licencia\w*|permiso\w*|permit\b|registr\w*|certific\w*|acredit\w*|accredit\w*|inspection|inspeccion|approv\w*|aprob\w*|nct (?:number|\d+)|numero nct|clinicaltrials\.gov|authori[sz]\w*|autoriz\w*)`;
const CRED_LINK = r`(?:so|therefore|which (?:means|proves|shows|is)|that'?s why|that is why|reasons? (?:you know|to (?:trust|believe))|your (?:assurance|guarantee)|por (?:lo )?(?:tanto|eso)|asi que|o sea|lo que (?:comprueba|demuestra|prueba|garantiza|significa|quiere decir)|porque|ya que|que (?:avala|garantiza|demuestra|comprueba|prueba|confirma)|(?:puede|pueden|usted puede) comprobar que|proof that|prueba de que)`;
const EFFICACY = r`(?:(?:treatment|therapy|cells?|protocol|it|procedure|tratamiento|terapia|celulas|protocolo|procedimiento) (?:\w+ ){0,2}?(?:works?|is effective|are effective|is safe and effective|funciona|funcionan|es eficaz|es efectiv[oa]|son eficaces|es segur[oa] y eficaz)|(?:best |clear |final |real )?proof\b|prove[sn]?\b|assurance\b|prueba\b|comprueba\w*|demuestra\w*|garantiza\w*|avala (?:la |su )?(?:efectividad|eficacia|seguridad)|effective\w*|eficaz|eficacia|efectividad|efectiv[oa]s?|efficacy|paso (?:todas )?las pruebas|passed all (?:the )?tests|(?:si |yes,? )?funciona\b|works\b)`;

// Studies a patient might be asked to pay to join.
const STUDY = r`(?:(?:clinical |research |observational |investigational )?(?:study|trial|cohort)\b|research (?:program|protocol|cohort|study)|clinical program|estudio (?:clinico|de investigacion|experimental|observacional|piloto|fase)|(?:el|este|nuestro|un|al|del) estudio\b(?! de (?:resonancia|laboratorio|imagen|sangre|orina|gabinete|control))|ensayo\w*|protocolo de (?:investigacion|estudio)|investigacion\b|cohorte)`;
const MONEY = r`(?:\$ ?\d|usd ?\d|\d[\d,.]* ?(?:usd|dollars|dolares|pesos|mxn|mil (?:pesos|dolares|usd))|us\$ ?\d|mxn ?\d)`;

// Urgency.
const DEADLINE = r`(?:today|tonight|tomorrow|midnight|this (?:week|month|weekend)|(?:by|before|until|on) (?:the end of (?:the|this) month|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|january|february|march|april|may|june|july|august|september|october|november|december)|\d+ ?(?:hrs|hours|h)\b|hoy|manana|medianoche|esta semana|este mes|fin de mes|(?:antes del?|hasta el|el) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|\d)|antes de las \d|\d+ horas)`;

// Numbers of patients and what they are said to achieve.
const OUTCOME_EN = r`(?:improv${W}|see (?:results|improvement|changes|benefits?|progress|gains)|saw (?:results|improvement|changes|benefits?|progress|gains)|report${W} (?:improv${W}|better|gains?|benefits?|progress|changes|results|(?:\w+ )?improvement)|regain${W}|recover${W}|walk${W}|gain${W}|benefit${W}|respond${W}|get better|got better|feel better|progress${W}|succe${W}|notice${W}|experience${W} (?:improv${W}|gains|benefits))`;
const OUTCOME_ES = r`(?:mejor${W}|recuper${W}|camin${W}|respond${W}|gan(?:a|an|o|aron)\b|avanz${W}|not(?:a|an|aron|o) (?:cambios|mejoria|avances|resultados)|ve(?:n)? (?:resultados|cambios|mejoria)|sient${W}|logr${W}|benefici${W}|responde${W})`;
const FRACTION_WORD =
  "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)";
const PERCENT = r`\d{1,3}(?:[.,]\d+)? ?%`;

export const LEXICON: LexiconEntry[] = [
  // ── guaranteed-outcome ─────────────────────────────────────────────────────────────────────────────
  {
    code: "guaranteed-outcome",
    lang: "en",
    // guarantee, guaranteed, guarantees, and the usual misspellings (guarenteed, garanteed, gurantee).
    pattern: r`\b(?:gu?ar[ae]n?te{1,2}|gurant[e]{1,2})(?<!(?:price|privacy|quality) (?:gu?ar[ae]n?te{1,2}|gurant[e]{1,2}))${W}\b(?! by\b)(?! (?:of )?(?:a |an |the |your |our )?(?:named|licen|quality|privacy|confidential|transparen|honest|written quote|fixed price|same price|price|data|spot|date|process|lot|coa|certificate))`,
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
    pattern: r`\b(?:certain|sure|bound) to (?:improve|work|walk|recover|see results|get better|help)\b|\b(?:all|every one of|each of|every single one of) our patients (?:improve|walk|recover|get better|see results|have improved|improved)\b|\b(?:delivers|produces|achieves|gets) (?:real |visible )?results (?:for|in|with) (?:every|each|all)\b|\bfor every ${gap(30)}\bpatients? ${gap(40)}\b(?:delivers|produces|achieves|gets) (?:real |visible )?results\b`,
    basis: "contract: promises or assures a result for every patient",
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    // Money back or a free second round if there is no result (a refund for medical ineligibility is not).
    pattern: r`\bif (?:you|your|he|she|they|there|the patient|his|her)\b[^.;]{0,60}?\b(?:no|not|n't|never|fail${W}|without)\b[^.;]{0,25}?\b(?:improv${W}|results?|progress|changes?|better|moved|walk${W}|work${W}|respond${W}|gains?)\b[^.]{0,80}?\b(?:refund${W}|money back|repeat${W}|redo|re-?treat${W}|free|no (?:extra |additional )?(?:charge|cost))|\b(?:money[- ]back|(?:full )?refund|we (?:refund|repeat)\w*)\b[^.]{0,40}?\b(?:if|unless|when)\b[^.]{0,40}?\b(?:no|not|n't|fail${W}|without)\b[^.]{0,20}?\b(?:improv${W}|results?|progress|better|walk${W}|gains?)|\b(?:results?|improvement|gains?)\b[^.]{0,40}? or (?:your |a full |we )?(?:money back|(?:full )?refund|refund)`,
    basis: "contract: money back if no result; corpus rules: free retreatment if no result",
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: r`\b(?:you have|we give you|i give you|you've got) (?:our|my) (?:word|promise)\b${gap(60)}\b(?:will|'ll|are going to) ${RESULT_EN}|\b(?:nobody|no one|not (?:a single|one) (?:patient|person))\b (?:\w+ ){0,3}?(?:goes home|leaves|left|went home|walks out|walked out)\b (?:\w+ ){0,3}?(?:the same|the way (?:they|he|she) came|without (?:improv${W}|results?|changes?|progress|gains))`,
    basis: "lexicon §4.4 Guarantee: an assurance that every patient improves",
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    pattern: r`\b(?:100 ?%|cien por ciento|100 percent) (?:de )?(?:success|effective|efectiv${W}|exito|guaranteed|garantizad${W}|results|resultados|eficaz)|\b(?:success rate|tasa de exito|efectividad|effectiveness|exito)\W{0,3}(?:is |es |del? |of )?100 ?%`,
    basis: 'contract: "100% success rate", "éxito del 100%"',
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    // garantizamos, garantizado, garantizada, garantiza (but not "garantizamos su privacidad").
    pattern: r`\bgarantiz${W}\b(?! (?:la |su |el |sus )?(?:calidad|privacidad|confidencialidad|trazabilidad|esterilidad|seguridad de sus datos|transparencia|precio|cotizacion|lugar|fecha))|\bgarantia (?:de (?:resultados?|mejoria|exito|recuperacion|que)|total|absoluta)\b`,
    basis: 'contract: "resultados garantizados"; lexicon §4.4 Guarantee',
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: r`\b(?:le|te|les|se lo|se la|se los|lo|la) (?:prometo|prometemos|aseguro|aseguramos|garantizo|garantizamos|firmo|firmamos)\b(?: que)?${gap(50)}\b${RESULT_ES}|\b(?:prometemos|aseguramos|prometo) (?:que )?${gap(30)}\b${RESULT_ES}|\b(?:le|te) (?:damos|doy) (?:nuestra|mi) palabra (?:de )?(?:que )?${gap(60)}\b(?:va|van|vas) a ${RESULT_ES}`,
    basis: "lexicon §4.4 Guarantee: promesa de resultado",
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: r`\b(?:resultados?|mejoria|recuperacion|exito|avances?)(?: \w+)? (?:estan |esta )?(?:asegurad|segur|prometid|garantizad)[oa]s?\b|\bseguro que (?:\w+ )?(?:camina|mejora|se recupera|va a (?:caminar|mejorar|recuperar))|\b(?:su|tu) (?:recuperacion|mejoria) es (?:un hecho|segura|cosa segura)\b|\bes un hecho que (?:\w+ ){0,3}(?:va|van|vas) a (?:mejorar|caminar|recuperar)`,
    basis: 'contract: "resultados asegurados"',
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: r`\b(?:volvera|volveras|volveran|va a volver|vas a volver|van a volver) a caminar\b|\b(?:va|vas|van) a (?:mejorar|recuperar${W}|sanar|dejar la silla)\b|\btodos (?:nuestros|los) pacientes (?:mejoran|caminan|se recuperan|salen mejor|han mejorado)\b|\b(?:nadie|ningun paciente) (?:\w+ ){0,2}?(?:se va|se fue|sale|salio|regresa|regreso)(?: \w+){0,3}? (?:igual|como llego|sin (?:mejoria|cambios|resultados|avances))`,
    basis: 'contract: "le garantizamos que volverá a caminar"',
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    // Dinero de vuelta o una segunda aplicación gratis si no hay resultado.
    pattern: r`\bsi\b[^.;]{0,40}?\bno (?:\w+ ){0,2}?(?:ve|ves|hay|tiene|nota|notas|observa|obtiene|presenta|mejora|mejoras|avanza|responde|funciona|camina|sube)\b[^.]{0,80}?\b(?:devolvemos|reembolsamos|repetimos|regresamos|reponemos|le damos|sin costo|gratis|su dinero|tu dinero|corre por nuestra cuenta|por nuestra cuenta)|\b(?:devolucion|reembolso)\b[^.]{0,40}?\bsi no\b|\bresultados? o (?:le |te )?(?:devolvemos|regresamos|reembolsamos) (?:su|tu) dinero`,
    basis: "contract: dinero de vuelta si no hay resultado",
  },

  // ── cure-claim ─────────────────────────────────────────────────────────────────────────────────────
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
    pattern: r`\b(?:cure[sd]?|curing|heal(?:s|ed|ing)?|repair(?:s|ed|ing)?|regenerat(?:e|es|ed|ing)|revers(?:e|es|ed|ing)|rebuil(?:d|ds|ding|t)|regr(?:ow|ows|owing|ew|own)|restor(?:e|es|ed|ing)|reconnect(?:s|ed|ing)?|rewir(?:e|es|ed|ing)|fix(?:es|ed|ing)?) (?:(?:the|your|his|her|their|my|our|a|an|damaged|injured|severed|broken|torn|lost|spinal|cord|nerve|neural|whole|entire|full|inside|within|of) ){0,4}(?:spinal|nerves?\b|neurons?|cord\b|injur${W}|paralysis|damage\b|connections?|axons?|signals? between|lesions?|sci\b|myelin|nervous tissue|neural tissue)`,
    basis: 'contract: "regenerates your spinal cord", repairs the injury; lexicon §4.4 SCI outcome promises',
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:spinal cord|cord|injury|nerves?|nerve damage|damage|paralysis|lesion|neurons?|axons?|cancer|ms|als|disease|condition|autism|diabetes|parkinson'?s?)\b (?:was |were |is |are |has been |have been |got |gets )?(?:fully |completely |totally |entirely |all )?(?:cured|healed|repaired|regenerated|reversed|restored|rebuilt|regrown|reconnected|gone|disappeared|vanished)\b|\b(?:injury|lesion|damage|paralysis) (?:no longer (?:shows|appears|visible|exists|there)|(?:has |had )?(?:disappeared|vanished))`,
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
    pattern: r`\b(?:walk|walking|walks|walked) (?:again|unassisted|unaided|independently|normally|without (?:help|assistance|a walker|crutches|support|braces)|on (?:my|his|her|their|your) own(?: two feet)?|out of (?:the|our) (?:clinic|hospital))\b|\b(?:stand|standing|stood) (?:up )?(?:again|unassisted)\b|\b(?:stood|got) up and walk${W}|\bfrom (?:being )?(?:quadriplegic|paraplegic|tetraplegic|paraly[sz]ed|wheelchair${W})\b[^.]{0,40}?\bto (?:walking|walk|running|standing)|\b(?:leave|leaves|left|leaving|go home|goes home|went home|return${W} home|walk${W} out)\b[^.]{0,25}?\bwalking\b|\bback on (?:his|her|their|my|your) feet\b`,
    basis: "contract: walking again; lexicon §4.4 Testimonial cure",
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:no longer|don't|doesn't|dont|doesnt|never|won't|wont) (?:needs?|uses?|requires?|depends? on|sits? in|be in) (?:a |the |his |her |my |their |your |our )?wheel-?chairs?\b|\b(?:out of|free (?:of|from)) (?:a |the |his |her |my |their |your )?wheel-?chairs?\b|\bwheel-?chair[- ]free\b|\b(?:leave|left|leaving|leaves|ditch${W}|threw away|throw away|put away|gave up|give up|said goodbye to|say goodbye to) (?:the |his |her |my |their |your |our )?wheel-?chairs?\b|\bwheel-?chair (?:\w+ ){0,3}?(?:in the (?:garage|closet|attic|basement|corner|storage)|behind (?:for good|forever)|for good|gathering dust|collecting dust)`,
    basis: "contract: no longer needing a wheelchair; lexicon §4.4 leave the wheelchair",
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: r`\b(?:restores?|restoring|regain(?:s|ed|ing)?|recover(?:s|ed|ing)?) (?:full |complete |normal |all |total )(?:function|mobility|movement|sensation|use of (?:his|her|their|my|your) legs)\b|\brestor${W} (?:walking|the ability to walk)\b|\b(?:become|turn into|grow into|convert into|differentiate into|transform into) new (?:neurons|nerve cells|nerves)|\b(?:axons|nerves|neurons|nerve fib(?:er|re)s|connections) (?:\w+ )?(?:regrow|grow back|reconnect|regenerate|are repaired|are restored|are rebuilt)\b`,
    basis: "contract: repairs the injury; lexicon §4.4 Mechanism misstatement",
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: r`\b(?:cura|curan|curamos|curar|curara|curaran|curacion|curo|curaron|curarse|curarlo|curarla|curarte|cure)\b(?! (?:de )?(?:una |otras? |la |las |el )?(?:heridas?|sitio|zona de puncion))|\bcura definitiva\b|\bme cure\b|\bse curo\b|\b(?:quedo|quede|quedaron|esta|estoy|estan|salio|salir) curad${W}`,
    basis: 'contract: "cura la parálisis", "me curé"; lexicon §4.4 Cure',
  },
  {
    code: "cure-claim",
    lang: "es",
    // regenera/repara/revierte/reconstruye/restaura/reconecta/sana la médula, la lesión, los nervios.
    pattern: r`\b(?:regener|repar|reviert|revert|reconstru|restaur|reconect|cicatriz|arregl)${W} (?:(?:la|el|su|sus|los|las|tejido|nervios?|completamente|totalmente|por completo|desde la raiz|de raiz) ){0,3}(?:medula|lesion|nervio|neurona|paralisis|dano|cordon|tejido nervioso|axones|conexiones|columna)|\b(?:sana|sanan|sanar|sanamos) (?:la |el |su )?(?:medula|lesion|paralisis|columna)|\bse regenera${W}\b|\b(?:regeneracion|reparacion|reconstruccion) (?:de |del )?(?:la |el |su )?(?:medula|nervio|tejido nervioso|lesion|cordon)|\bhacen la regeneracion\b`,
    basis: 'contract: "regenera la médula espinal"; lexicon §4.4 SCI outcome promises',
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: r`\b(?:ya )?(?:camina|caminan|camino|caminar|caminando|caminaba) (?:de nuevo|otra vez|solo|sola|solito|solita|por su cuenta|por si mism[oa]|sin ayuda|sin apoyo|sin andadera|sin muletas|normal${W})\b|\b(?:volv|vuelv)${W} a caminar\b|\b(?:salio|sale|salen|salieron|se fue|regreso|regresa|llego|entro) caminando\b|\bse levanto (?:de la silla|y camino)`,
    basis: 'contract: volver a caminar; lexicon §4.4 "ya camino"',
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: r`\bya no (?:\w+ )?(?:necesita|necesito|usa|uso|ocupa|ocupo|requiere|depende de|utiliza|anda en|esta en|vive en) (?:la |su |mi |una )?silla\b|\b(?:dejo|deje|dejar|dejaron|abandono|abandonar|salir|salio|salieron|levantarse|olvidarse|despedirse) (?:de )?(?:la |su |mi )?silla(?: de ruedas)?\b|\bsilla (?:de ruedas )?(?:quedo|esta|se quedo) (?:guardada|arrumbada|en (?:la cochera|el closet|el garage|la bodega|el rincon))`,
    basis: 'contract: "ya no necesita silla de ruedas"',
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: r`\b(?:recuper|restableci|restaur)${W} (?:la |el |su |toda la |todo el )?(?:funcion|movilidad|movimiento|sensibilidad|capacidad de caminar|marcha)(?: \w+)? (?:completa|total|normal|al 100)\b|\bdevuelv${W} (?:la |su )?(?:movilidad|capacidad de caminar|marcha)\b|\brecuperacion (?:total|completa|al 100)\b|\brecupero (?:por completo|totalmente|completamente)\b|\b(?:axones|neuronas|nervios|conexiones(?: nerviosas)?|fibras nerviosas)(?: \w+){0,2} (?:vuelven a crecer|se regeneran|se reconectan|vuelven a conectarse|se reparan|crecen de nuevo|se reconstruyen)\b|\bse convierten en (?:nuevas )?neuronas\b|\b(?:la lesion|la paralisis|el cancer|la enfermedad|el dano|la esclerosis)(?: \w+){0,2}? (?:desaparecio|ya no (?:existe|aparece|se ve)|se fue|se borro)\b`,
    basis: 'contract: "la lesión desapareció", recupera la función; lexicon §4.4 Mechanism misstatement',
  },

  // ── miracle-hype ───────────────────────────────────────────────────────────────────────────────────
  {
    code: "miracle-hype",
    lang: "en",
    pattern: r`\bmiracle${W}|\bmiraculous${W}|\bbreakthrough${W}(?! pain)|\brevolutionar${W}|\brevoluti?oni[sz]${W}|\brevolution(?<!\b(?:ave|avenue|av|blvd|boulevard|calle|col)\.? revolution) (?:in|for)\b|\bgame[- ]?chang${W}|\bchang${W} the (?:whole )?game\b|\bwonder (?:cure|cells?|treatment|therapy)|\bgroundbreaking\b|\bparadigm shift\b|\bmedical marvel\b`,
    basis: "contract: miracle / breakthrough / revolutionary / game changer; lexicon §4.4 Hype",
  },
  {
    code: "miracle-hype",
    lang: "es",
    // "Av. Revolución" is a street in most Mexican cities, not hype.
    pattern: r`\bmilagr${W}|\brevolucionari${W}|\brevolucion(?:ando|ara|aron|ado|o)\b|\brevolucion\b(?<!\b(?:av|avenida|calle|blvd|boulevard|bulevar|col|colonia|plaza|de la|esq)\.? revolucion)(?! mexicana)|\bparteaguas\b|\bavance (?:historico|sin precedentes)\b|\bcambi${W} (?:las reglas del juego|el juego)\b|\bun antes y un despues\b`,
    basis: 'contract: "terapia milagrosa", "un avance revolucionario"; corpus rules: parteaguas',
  },

  // ── absolute-safety ────────────────────────────────────────────────────────────────────────────────
  {
    code: "absolute-safety",
    lang: "en",
    pattern: r`\b(?:no|zero|without|free of|free from|0) (?:any |possible )?(?:side[- ]effects?|risks?|complications?|adverse (?:effects?|events?|reactions?)|dangers?)\b(?! (?:of (?:immune )?(?:rejection|reaction|graft|losing|lose)|to your (?:deposit|money)|for (?:the |your )?(?:data|privacy)))|\bside[- ]effects?\W{1,4}(?:none|zero|nil|0|nothing)\b`,
    basis: 'contract: "no side effects"; corpus rules: "cero riesgos"',
  },
  {
    code: "absolute-safety",
    lang: "en",
    pattern: r`\b(?:100 ?%|100 percent|completely|totally|perfectly|absolutely|entirely|utterly|super|ultra|fully) (?:safe|risk[- ]free|harmless|innocuous)\b|\brisk[- ]free\b|\b(?:side[- ]effect|complication)[- ]free\b|\bsafe for (?:everyone|everybody|all patients|anyone)\b|\b(?:can't|cannot|can not|won't|will not|couldn't) (?:possibly )?(?:hurt|harm) (?:you|anyone|him|her)\b|\bnothing (?:\w+ ){0,2}?(?:can|could|will) (?:possibly )?go wrong\b|\b(?:absolute|total|guaranteed|perfect|100 ?%) safety\b|\bsafety is guaranteed\b`,
    basis: 'contract: "100% safe", "risk-free"',
  },
  {
    code: "absolute-safety",
    lang: "es",
    pattern: r`\b(?:sin|cero|0|nul[oa]s?) (?:ningun |ningunos |ninguna |ningunas |tipo de )?(?:efectos? (?:secundarios?|adversos?|colaterales?|negativos?)|riesgos?|complicaciones?|peligros?|reacciones adversas)\b(?! de (?:rechazo|perder))|\bno (?:hay|tiene|existe|representa|causa|produce|provoca|presenta|conlleva|implica|genera|deja) (?:absolutamente )?(?:ningun|ninguna|ningunos|ningunas)? ?(?:tipo de )?(?:efectos? (?:secundarios?|adversos?|colaterales?)|riesgos?|complicaciones?|peligro|reacciones? adversas?)\b(?! de (?:rechazo|perder))`,
    basis: 'contract: "sin efectos secundarios", "sin riesgos"',
  },
  {
    code: "absolute-safety",
    lang: "es",
    pattern: r`\b(?:100 ?%|totalmente|completamente|absolutamente|cien por ciento|super|perfectamente|enteramente) (?:segur|inocu)${W}|\b(?:seguridad|inocuidad) (?:absoluta|total|garantizada|completa|del 100)\b|\bnada (?:\w+ ){0,2}?(?:puede|podria|va a) salir mal\b|\bno (?:le |te )?(?:pasa|va a pasar|pasara) nada malo\b|\blibre de (?:riesgos?|efectos|complicaciones|peligros?)\b|\b(?:nula|cero|ninguna) (?:posibilidad|probabilidad) de (?:complicaciones|riesgos?|efectos)|\briesgo (?:cero|nulo)\b|\bno (?:hay|existe) peligro\b`,
    basis: 'contract: "totalmente seguro"; corpus rules: "cero riesgos"',
  },

  // ── regulatory-misuse ──────────────────────────────────────────────────────────────────────────────
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: r`\b(?:fda|cofepris|who|ministry of health|government|imss|ssa)[- ](?:approved|cleared|certified|endorsed|backed|registered|authori[sz]ed|recogni[sz]ed)\b|\b(?:fda|cofepris) (?:approved|cleared|certified|endorsed)\b|\b(?:approved|endorsed|certified|backed|recogni[sz]ed|validated|supported|sanctioned) by (?:the )?(?:fda|cofepris|who\b|world health|ministry|government|health authorit|secretaria de salud|imss|ssa)`,
    basis: 'contract: "FDA-approved stem cell therapy"; lexicon §4.4 Regulatory misuse',
  },
  {
    code: "regulatory-misuse",
    lang: "es",
    // "aprobado por la FDA", "respaldado por el IMSS y la COFEPRIS", "con el respaldo de la Secretaría de Salud".
    pattern: r`\b(?:aprobad|avalad|certificad|respaldad|reconocid|validad|endosad|recomendad)(?<!\b(?:ensayo|estudio|protocolo|investigacion|trial|study|protocol|comite)(?: \w+){0,3} \w+)${W} (?:por|ante) (?:el |la |los )?(?:fda|cofepris|secretaria de salud|oms|ssa|imss|issste|gobierno|organizacion mundial)|\b(?:con|tiene|tenemos|cuenta con|cuentan con|contamos con) (?:el |la )?(?:aval|respaldo|visto bueno|aprobacion|reconocimiento) (?:oficial )?(?:de|del) (?:la |el )?(?:fda|cofepris|secretaria de salud|oms|ssa|imss|gobierno)|\b(?:licensed|authori[sz]ed|autorizad[oa]) (?:by|por) (?:the |la )?cofepris (?:to|para) (?:treat|cure|curar|tratar)`,
    basis: 'contract: "avalado por COFEPRIS para curar"; lexicon §4.4 Regulatory misuse',
  },
  {
    code: "regulatory-misuse",
    lang: "any",
    // A licence, registration, inspection or certificate offered as proof that the therapy works.
    pattern: r`\b${CRED}\b${gap(80)}\b${CRED_LINK}\b${gap(60)}\b${EFFICACY}|\b${CRED}\b${gap(60)}\b(?:(?:best |clear |final |real )?proof (?:that|it)|prueba de que|avala (?:la |su )?(?:efectividad|eficacia)|que (?:demuestra|comprueba) (?:su|la) (?:eficacia|efectividad))`,
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

  // ── pay-to-participate (kept only in texts that talk about a study; see index.ts) ──────────────────
  {
    code: "pay-to-participate",
    lang: "any",
    pattern: r`\b(?:paid|patient-funded|self-funded|pay-to-participate|pagad[oa]) (?:clinical |research |stem cell )?(?:study|trial|research|estudio|ensayo|protocol)|\b(?:participation|participant|enrol?l?ment|registration|membership|admission|inscripcion|participacion|ingreso|research|study|trial|investigacion|estudio)(?: \w+){0,2}? (?:fees?|costs?|contribution|donation|charge|membership|cuota|costo|aportacion|donativo|cooperacion|inversion|membresia)\b|\b(?:fee|cost|contribution|donation|charge|price|cuota|costo|aportacion|donativo|inversion|pago|inscripcion)${W} (?:de |del |of |for |to |para )?(?:la |el |su )?(?:participa${W}|inscripcion|enrol${W}|ingreso|membresia|membership)`,
    basis:
      'contract: "join our paid clinical study"; corpus rules: contribution, donativo, aportación, inscripción',
  },
  {
    code: "pay-to-participate",
    lang: "any",
    pattern: r`\b(?:participa${W}|enrol${W}|join${W}|to take part|to be part|entrar|ingresar|ingreso|formar parte|forme parte|inscribirse|to (?:enter|access))\b${gap(60, r`${STOP}|${FREE}`)}\b(?:costs?|cuesta|fee|requires? (?:a |an )?(?:\w+ ){0,2}?(?:payment|contribution|donation|fee)|implica (?:una )?(?:\w+ )?(?:aportacion|cuota|pago)|deposite|pague|${MONEY})|\b(?:pay|pays|paid|paying|pague|pagar|paga|pagan)\b${gap(50, r`${STOP}|${FREE}`)}\b(?:to (?:join|enter|participate|take part|be (?:in|part of))|para (?:participar|entrar|ingresar|formar parte))\b${gap(40)}\b${STUDY}`,
    basis: 'contract: "pague su cuota para participar en el estudio"',
  },
  {
    code: "pay-to-participate",
    lang: "any",
    // "The trial is free, but you buy the cells": free participation with a paid product.
    pattern: r`\b(?:study|trial|research|estudio|ensayo|protocolo|entrar al estudio|participa${W})\b[^.]{0,50}?\b(?:is free|es gratis|es gratuito|doesn't charge|does not charge|no (?:le |te )?cobra|no cuesta|free of charge|at no cost|sin costo)\b[^.]{0,30}?(?:,|;|:|but|pero|solo|only|except|excepto|sin embargo|however)[^.]{0,60}?(?:you(?:'ll| will)? (?:need to |have to |must )?(?:pay|purchase|buy|cover)|usted (?:paga|cubre|debe pagar|compra)|se (?:cubren|pagan|cobran)|(?:the )?(?:patient|participant)s? (?:pays?|covers?|must pay|buys?)|pague|cubra|compre)\b`,
    basis: 'corpus rules: "the study is free but you pay for the cells"',
  },
  {
    code: "pay-to-participate",
    lang: "any",
    pattern: r`\b${STUDY}${gap(60, r`${STOP}|${FREE}`)}\b(?:costs? ${MONEY}|fee|participant fee|contribution|you pay|cuesta|cuota|paga usted|usted paga|aportacion|donativo|inversion)|\b(?:pague|pagar|paga|pagan|cuota|donativo|aportacion|inscripcion|cooperacion)\b${gap(60)}\bpara (?:participar|entrar|ingresar)\b|\b(?:forme parte|participe|join|enrol${W}|inscribase|ingrese|aceptad[oa] en|accepted into|admitted to)\b[^.]{0,40}?\b${STUDY}[^]{0,80}?\b(?:inversion|aportacion|cuota|costo|fee|cost|contribution|donation|deposite|deposit|pague|pay|inscripcion)\b[^.]{0,40}?${MONEY}`,
    basis: "contract: asks patients to pay to join a study",
  },

  // ── downplays-rehabilitation ───────────────────────────────────────────────────────────────────────
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: r`\b(?:won't|will not|don't|dont|do not|doesn't|doesnt|no longer|never) (?:\w+ )?(?:need|require|have to (?:do|go to|attend|keep doing)) (?:any |the |your |more |further |those |all the )?${REHAB_EN}|\bno need (?:to do |for |of )(?:any |more )?${REHAB_EN}|\bno ${REHAB_EN} (?:needed|required|necessary)\b|\b${REHAB_EN}(?: \w+){0,5}? (?:is |are )?(?:isn't|is not|aren't|are not|not) (?:required|needed|necessary|essential|indispensable)\b|\b${REHAB_EN}\W{1,3}(?:not (?:required|needed|necessary)|optional|unnecessary)\b`,
    basis: 'contract: "no rehab needed"; lexicon §4.4 Downplays rehab',
  },
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: r`\b${REHAB_EN}(?: sessions)?(?: \w+){0,4}? (?:is|are) (?:entirely |completely |totally |just |purely )?(?:optional|unnecessary|obsolete|outdated|old-fashioned|a thing of the past|up to you|your choice|a waste of (?:time|money))\b|\b${REHAB_EN}(?: \w+){0,3}? belongs? to the (?:old|past)|\b(?:skip|stop|quit|cancel|drop|ditch|give up|forget)${W} (?:about )?(?:\w+'s |your |his |her |their |the |my |all |those )?(?:years of |months of |outpatient |daily |weekly )?(?:the )?${REHAB_EN}(?:[^.]{0,30}?\b(?:after (?:the |your )?(?:infusion|treatment|cells|procedure|injection|application)|anymore|for good|altogether|once the cells))?`,
    basis: 'contract: "therapy is optional"; corpus rules: unnecessary, optional, obsolete',
  },
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: r`\b(?:don't|dont|do not|no need to|why) (?:waste|spend|bother)${W} (?:your |ur |more |years |months |any )?(?:money |time |years |months |energy )?(?:on|in|with) (?:a |the )?${REHAB_EN}|\b(?:cells?|infusion|injection|treatment|dose|application)s? (?:\w+ )?(?:replaces?|substitutes? for|makes? (?:it|them|${REHAB_EN}) (?:unnecessary|obsolete|redundant|pointless)|(?:do|does|will do) (?:all )?the work|(?:will )?take it from here|work on (?:their|its) own)\b|\b${REHAB_EN}[^?!]{0,100}?\b(?:replaces|replace) (?:all )?(?:of )?(?:that|this|it)\b|\b${REHAB_EN}[^?!]{0,100}?\b(?:make|makes|made|render|renders) (?:it|them) (?:unnecessary|obsolete|redundant|pointless)\b|\b(?:without|no) (?:the need (?:for|of)|needing|months of|years of|hours of) ${REHAB_EN}`,
    basis: 'contract: "the cells do the work, therapy is optional"; lexicon §4.4 replaces rehabilitation',
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: r`\b(?:no|ya no) (?:\w+ )?(?:hace falta|requiere${W}|necesita${W}|necesitas|ocupa${W}|ocupas|tendra que|tendras que|tiene que|tienes que|va a tener que|hay que) (?:de |que )?(?:ir a |hacer |seguir (?:con )?|llevar${W} a )?(?:la |las |su |sus |tu |tus |mas |ninguna )?${REHAB_ES}|\bya no (?:lo |la |los |las )?(?:llev${W}|voy|vamos|va|van) a (?:la |las |su |sus )?${REHAB_ES}|\bsin (?:necesidad de |hacer |tener que (?:hacer|ir a) |ir a |mas |meses de |anos de )(?:la |las )?${REHAB_ES}`,
    basis: 'contract: "sin necesidad de rehabilitación"',
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: r`\b${REHAB_ES}(?: \w+){0,4}? (?:es |son |sera |queda |resulta )?(?:un |una )?(?:complemento )?(?:opcional|innecesari[oa]|obsolet[oa]|voluntari[oa]|cosa del pasado|gasto innecesario|perdida de (?:tiempo|dinero)|ya no es necesaria|no es necesaria|no es indispensable|no es obligatoria|sale sobrando|a criterio del paciente|a eleccion del paciente|decision del paciente)\b|\b${REHAB_ES}\W{1,3}(?:no (?:es )?(?:requerida|necesaria|indispensable|obligatoria)|innecesaria|opcional)\b|\b${REHAB_ES}\W{1,4}(?:eso|esa|eso ya) (?:era|es|fue) (?:antes|del pasado|cosa del pasado|historia)\b|\b(?:olvid|dej|suspend|cancel|abandon)${W} (?:de )?(?:ir a )?(?:la |las |su |sus |tu |tus )?(?:anos de |meses de )?${REHAB_ES}\b|\bnada de ${REHAB_ES}`,
    basis: "contract: rehabilitation unnecessary, optional or obsolete; corpus rules",
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: r`\b(?:las celulas|celulas madre|la medicina regenerativa|el tratamiento|la aplicacion)(?: \w+)? (?:trabajan|hacen|hace|trabaja) (?:solas|sola|por (?:ti|usted|el|ella)|x ti|todo el trabajo|el trabajo|todo)\b|\b(?:reemplaza|sustituye)${W} (?:a )?(?:la |las )?${REHAB_ES}|\ben lugar de (?:la |las )?${REHAB_ES}|\bpara que (?:seguir|gastar|ir|pagar)${W}[^.?]{0,25}?${REHAB_ES}`,
    basis: 'contract: "las células hacen el trabajo", rehabilitation replaced by the cells',
  },

  // ── pressure-tactics ───────────────────────────────────────────────────────────────────────────────
  {
    code: "pressure-tactics",
    lang: "any",
    // Scarcity: "only 3 spots left", "one seat remaining", "últimos lugares", "quedan 2 lugares".
    pattern: r`\b(?:only |just |solo |unicamente )?(?:\d+|one|two|three|four|five|a few|few|un|una|dos|tres|cuatro|cinco|pocos|pocas) (?:more )?(?:procedure |treatment |open )?(?:spots?|slots?|places?|seats?|beds?|openings?|lugares|espacios|cupos|camas|citas|fechas)(?: \w+){0,2}? (?:left|remaining|remain|restantes|disponibles? (?:este|esta|para))\b|\blast (?:\d+|few|two|three|four|five) (?:spots?|slots?|openings?|places?|seats?|beds?)\b|\b(?:only|just) (?:have |has )?(?:\d+|one|two|three|a few|few) (?:\w+ )?(?:spots?|slots?|places?|seats?|beds?|openings?)\b|\b(?:almost|nearly) (?:full|sold out|booked)\b|\b(?:spots?|places?|slots?|seats?) (?:are )?(?:going fast|limited|running out|filling (?:up )?fast)\b|\blimited (?:spots?|places?|availability|time|slots?|seats?)\b|\bdates? (?:are |is )?filling up\b`,
    basis: 'contract: "only 3 spots left this month"',
  },
  {
    code: "pressure-tactics",
    lang: "es",
    pattern: r`\bcupos? (?:limitados?|lleno)\b|\b(?:solo |unicamente )?(?:nos )?quedan (?:solo |unicamente )?(?:\d+|pocos|pocas|dos|tres|cuatro|cinco) (?:\w+ )?(?:citas|lugares|espacios|cupos|camas|fechas)\b|\bultim[oa]s? (?:\d+ )?(?:lugares|espacios|cupos|citas|horas|dias)\b|\bultima (?:semana|oportunidad|llamada)\b|\bse (?:agotan|acaban|llenan) (?:los )?(?:lugares|cupos|espacios)|\bantes de que (?:suba|se acabe|se agote|se llene)|\bno se quede sin (?:su )?lugar\b|\baprovech${W}\b`,
    basis: 'contract: "cupo limitado"',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // A price, discount or offer with an expiry: "the discount expires at midnight", "precio especial solo hasta el viernes".
    pattern: r`\b(?:prices?|rates?|discount|offer|promo${W}|promotion|deal|sale|precio|descuento|oferta|promocion|tarifa|preventa)\b${gap(50)}\b(?:ends|expires|goes up|go up|rises|rise|increases|increase|will (?:rise|increase|go up|change)|disappears|is gone|valid (?:only|until)|only valid|good only|only honou?red|is for (?:today|this)|se acaba|termina|vence|sube|suben|aumenta|ya no hay|valid[oa] (?:solo|unicamente|hasta)|vigente hasta|solo (?:hasta|por|esta|este|hoy)|hasta el \d|hasta (?:el |este )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|no se extiende|entra la tarifa nueva)\b|\b(?:flash sale|today only|this week only|(?:\d+|24|48|72) ?(?:hrs|hours|horas) only|solo (?:por )?(?:hoy|\d+ horas)|solo esta semana|por tiempo limitado|limited[- ]time|last chance|ultima oportunidad|don't miss (?:out|this)|no (?:lo )?(?:deje pasar|pierda)|act now|before it's too late)\b`,
    basis: 'contract: "promoción válida solo esta semana", expiring discounts or prices',
  },
  {
    code: "pressure-tactics",
    lang: "any",
    // Deadlines for a deposit or confirmation with something lost after them.
    pattern: r`\b(?:book|reserve|sign up|sign|pay|deposit|confirm|call|act|enrol${W}|aparte|aparta|reserve|reserva|pague|deposite|confirme)\w* (?:today|now|this week|tonight|before|by|hoy|ya|ahora|antes)\b[^.]{0,60}?\b(?:discount|price|pricing|rate|spot|slot|offer|lock|save|keep|descuento|precio|tarifa|lugar|fecha|respeto)|\b(?:lock|secure) (?:in )?(?:the |your |a |this )?(?:\d+ ?% )?(?:discount|price|spot|rate)\b|\block it in\b|\bonly (?:if|until|when) (?:you )?(?:book|pay|deposit|confirm|sign|reserve)|\b(?:only|solo) (?:\w+ ){0,3}?(?:keep|hold|honou?r|sostener|respetar|guardar|mantener)${W} (?:\w+ ){0,3}?(?:until|till|if|hasta|si)\b|\b(?:can't|cannot|won't be able to|unable to) (?:hold|keep|guarantee|save) (?:your|the|this) (?:spot|slot|date|place|price|rate)\b|\b(?:lose|forfeit) (?:your|the) (?:spot|slot|date|place|discount|price)\b|\b(?:para no|o se|si no,? se|si no,? perder${W}) (?:liberar|perder|ceder|soltar|libera|pierde)${W} (?:su|la|tu) (?:fecha|lugar|espacio|cupo|precio|descuento)|\bse lo (?:damos|doy|daremos) a otr[oa]\b|\b(?:other|otras) (?:families|patients|familias|pacientes)\b[^.]{0,30}?\b(?:waiting|waitlist|asking|esperando|preguntando)\b|\b(?:enrol?lment|registration|inscripciones|la inscripcion) (?:closes|ends|cierra${W}|termina${W}) (?:on |el )?(?:today|tomorrow|this|hoy|manana|el |(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|miercoles|jueves|viernes|sabado|domingo|\d)|\bnon-refundable after \d+ (?:hours|days)|\bdon't wait\b|\bhurry\b`,
    basis: 'contract: "book today to lock the 30% discount", deadlines for deposits or confirmation',
  },

  // ── unsupported-evidence ───────────────────────────────────────────────────────────────────────────
  {
    code: "unsupported-evidence",
    lang: "en",
    pattern: r`\b(?:clinically|scientifically|medically) (?:proven|tested(?: and proven)?|validated|verified|documented|demonstrated|backed|supported)\b|\b(?:science|research|evidence|clinically)[- ]backed\b|\bproven\b(?! (?:by|in) (?:a |the )?(?:randomi|controlled|trial))|\bscientifically demonstrated\b`,
    basis: 'contract: "clinically proven"; lexicon §4.4 Evidence veneer',
  },
  {
    code: "unsupported-evidence",
    lang: "en",
    pattern: r`\b(?:studies|research|science|data|evidence|trials|our (?:data|results|outcomes|numbers|statistics|records)) (?:clearly |consistently |all |now )?(?:show|shows|prove|proves|confirm|confirms|demonstrate|demonstrates|back (?:it|this|us) up|speak for themselves|supports? (?:it|this|our))\b|\bthe science is (?:settled|clear|in|undeniable|conclusive)\b|\b(?:science|research|evidence) (?:backs|is behind) (?:it|this|us|our)\b|\bbacked by (?:\w+ ){0,3}?(?:research|science|studies|evidence|data|trials)\b|\binternal data\b`,
    basis: 'contract: "studies show"; corpus rules: figures attributed to internal data',
  },
  {
    code: "unsupported-evidence",
    lang: "en",
    pattern: r`\b${PERCENT} (?:of (?:our |the |all |treated )?(?:\w+ ){0,4}?(?:patients|clients|cases|people|families|participants|users)\b[^.]{0,40}?\b${OUTCOME_EN}|(?:success|improvement|effective${W}|positive (?:results|response|outcomes)|response|satisfaction|efficacy|recovery)\b)|\b${FRACTION_WORD} (?:out of|of|in) (?:every )?${FRACTION_WORD}(?: \w+){0,3}? (?:patients|people|cases|clients|families|participants)\b[^.]{0,40}?\b${OUTCOME_EN}|\b(?:success|effectiveness|efficacy|response|improvement|satisfaction|recovery) rate\b[^.]{0,40}?${PERCENT}|\b${PERCENT} (?:success|effectiveness|efficacy|response|improvement|satisfaction|recovery) rate|\b(?:thousands|hundreds|\d[\d,]*\+?) of (?:satisfied |happy )?(?:patients|people|cases) (?:successfully |already )?(?:treated|helped|cured|improved|recovered)\b`,
    basis: 'contract: "92% of our patients improve" with no citation',
  },
  {
    code: "unsupported-evidence",
    lang: "es",
    pattern: r`\b(?:clinicamente|cientificamente|medicamente) (?:comprobad|probad|demostrad|validad|verificad|respaldad|avalad)${W}|\b(?:comprobad|demostrad|probad|validad)[oa]s? (?:cientificamente|clinicamente|medicamente)\b|\besta (?:comprobado|demostrado|probado)\b|\beficacia (?:comprobada|demostrada|probada)\b|\bresultados (?:comprobados|probados|demostrados)\b|\bhan demostrado (?:la|su) (?:eficacia|efectividad)\b|\b(?:los estudios|la ciencia|la investigacion|los datos|la evidencia|nuestros datos|nuestros resultados|los resultados) (?:lo |la |los )?(?:demuestra|demuestran|comprueba|comprueban|confirma|confirman|respalda|respaldan|avala|avalan|hablan por si solos)\b|\b(?:respaldad|avalad|sustentad|comprobad)${W} (?:por|en) (?:la |los |miles de |decadas de )?(?:evidencia|ciencia|estudios|investigaci${W})|\bdatos internos\b`,
    basis: 'contract: "clínicamente comprobado"; lexicon §4.4 Evidence veneer',
  },
  {
    code: "unsupported-evidence",
    lang: "es",
    pattern: r`\b(?:el )?${PERCENT} (?:de (?:nuestros |los |sus )?(?:\w+ ){0,3}?(?:pacientes|casos|personas|tratados|familias|participantes)\b[^.]{0,40}?\b${OUTCOME_ES}|de (?:exito|mejoria|efectividad|eficacia|respuesta|recuperacion|satisfaccion)\b|${OUTCOME_ES})|\b${FRACTION_WORD} de cada ${FRACTION_WORD}\b[^.]{0,60}?\b${OUTCOME_ES}|\btasa de (?:exito|efectividad|eficacia|respuesta|mejoria|recuperacion)\b[^.]{0,40}?${PERCENT}|\bnuestra (?:base de datos|estadistica|experiencia)\b[^.]{0,60}?${PERCENT}|\b(?:miles|cientos|\d[\d,.]*) de (?:pacientes|casos) (?:tratados )?(?:con exito|exitosos|satisfechos)\b|\bcon exito en el \d`,
    basis: 'contract: "el 90% de nuestros pacientes mejora" with no citation',
  },

  // ── opaque-cell-source ─────────────────────────────────────────────────────────────────────────────
  {
    code: "opaque-cell-source",
    lang: "any",
    pattern: r`\bproprietary\b(?! (?:software|website|app|platform|booking))|\b(?:trade secrets?|secreto (?:industrial|comercial)|intellectual property|propiedad intelectual|closely guarded secret|well[- ]kept secret|secreto bien guardado)\b|\b(?:exclusive|secret|signature) (?:formula|blend|cocktail)\b|\bformula (?:exclusiva|secreta|propia)\b|\btecnica (?:exclusiva|secreta)\b|\b(?:laboratorio|proceso|protocolo|metodo|origen) (?:confidencial|secreto|reservado)\b|\bsecret (?:formula|protocol|method|process|technique)\b|\bconfidential (?:lab|laboratory|process|source|protocol|supplier)\b|\bpatent${W} (?:and|y|but|pero) (?:\w+ ){0,2}?(?:secret${W}|confidential|confidencial${W}|reservad${W}|undisclosed)`,
    basis:
      'contract: "our proprietary cell formula", "fórmula exclusiva patentada"; corpus rules: trade secret',
  },
  {
    code: "opaque-cell-source",
    lang: "any",
    // "The exact cell type and the culture method are confidential", "son documentos internos".
    pattern: r`\b(?:${SUBJ_EN}|${SUBJ_ES})[^.;?!]{0,60}?\b(?:is|are|remains?|es|son|se mantiene${W}|queda${W}|permanece${W}) (?:\w+ ){0,2}?${HIDDEN}\b|\b(?:${SUBJ_EN}|${SUBJ_ES})\W{1,3}(?:not disclosed|undisclosed|confidential|proprietary|secret|confidencial|reservado|no se revela)\b|\b(?:${SUBJ_EN}|${SUBJ_ES})[^]{0,120}?\b(?:that|this|esa|esta|dicha) (?:information|informacion|info)\b (?:is|es) (?:\w+ ){0,2}?(?:confidential|confidencial|reservada|secret[ao]?|classified)|\b(?:not|never) (?:released|given|shared|provided|disclosed|sent) (?:to|with) (?:patients|the patient|you|families|(?:outside |their |external )?doctors)|\bno se (?:entrega|entregan|comparte|comparten|revela|revelan|muestra|muestran|proporciona|proporcionan) (?:a|con) (?:los )?(?:pacientes|usted|medicos|familiares)`,
    basis: 'contract: hides the source, the lab or the COA; corpus rules: "confidential lab"',
  },
  {
    code: "opaque-cell-source",
    lang: "any",
    pattern: r`\b${REFUSE} (?:\w+ ){0,2}?(?:share|disclose|reveal|provide|show|release|give out|give you|send|tell you|name|say|compartir|mostrar|revelar|dar|darle|darles|darte|entregar|enviar|mandar|decir|decirle|proporcionar|divulgar)?\b[^.;?!]{0,50}?\b(?:${SUBJ_EN}|${SUBJ_ES})|\b(?:${SUBJ_EN}|${SUBJ_ES})[^]{0,150}?\b${REFUSE} (?:\w+ ){0,2}?(?:ese|esa|este|esta|that|this|those|esos|dicho|dicha|the|el|la) (?:documento|document|informacion|information|reporte|report|archivo|file|dato|datos)\b|\b(?:laboratorio|proveedor|lab|supplier)[^.]{0,30}?prefiere no (?:dar|revelar|dar a conocer) su nombre`,
    basis: 'contract: "we cannot share lab reports", "no compartimos el certificado de análisis"',
  },
];

/** Conditions counted for the panacea rule; spinal cord injury counts as one of them. */
export const DISEASES: Array<{ name: string; pattern: string }> = [
  {
    name: "sci",
    pattern:
      "spinal (?:cord )?injur\\w*|lesion(?:es)? medular\\w*|lesion de (?:la )?(?:medula|columna)|lesion en la (?:medula|columna)|paralysis|paralisis(?! cerebral)|paraplegi\\w*|quadripleg\\w*|cuadriplejia|tetrapleji\\w*|paralyzed|paralysed",
  },
  { name: "autism", pattern: "autism\\w*|autismo|autista" },
  { name: "als", pattern: "\\bals\\b|\\bela\\b|amyotrophic|esclerosis lateral" },
  {
    name: "ms",
    pattern:
      "multiple sclerosis|esclerosis multiple|\\bms\\b(?!\\.)(?<!\\b(?:dear|hi|hello|hola|estimada?|to) ms)",
  },
  { name: "diabetes", pattern: "diabet\\w*|(?:el|del|con el|mi|su|de) azucar\\b" },
  { name: "parkinson", pattern: "parkinson\\w*" },
  { name: "alzheimer", pattern: "alzheimer\\w*|dementia|demencia|memory loss|perdida de (?:la )?memoria" },
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
  { name: "lyme", pattern: "lyme" },
  { name: "long-covid", pattern: "long covid|covid persistente" },
  { name: "asthma", pattern: "asthma|asma" },
  { name: "infertility", pattern: "infertility|infertilidad" },
  { name: "psoriasis", pattern: "psoriasis" },
  { name: "prostate", pattern: "prostat\\w*" },
  { name: "migraine", pattern: "migra(?:ine|na)s?" },
  { name: "hair-loss", pattern: "hair loss|alopecia|calvicie|caida del cabello" },
];

/** Words that offer one treatment for the conditions listed with them. */
export const TREATS =
  "\\b(?:treat\\w*|for|helps?|helped|used for|cure\\w*|indicated|address\\w*|works? (?:for|on)|gets? to work|see patients with|trata\\w*|para|ayuda\\w*|atende\\w*|atiende\\w*|atendemos|cura\\w*|sirve|se aplica|aplicamos|gracias a|thanks to)\\b";

/** One product credited with all of them: "all with one vial", "la misma aplicación", "from MS to migraines". */
export const ONE_TREATMENT =
  "\\b(?:(?:one|a single|the same|our) (?:treatment|therapy|vial|infusion|injection|protocol|drip|iv|product|shot|procedure|application|dose)|all with one|una sola (?:terapia|infusion|aplicacion|inyeccion|dosis)|(?:la|el) mism[oa] (?:tratamiento|terapia|aplicacion|infusion|protocolo|celula|producto|vial|suero)|todo con|did all (?:of )?that|all (?:of )?(?:it|that) (?:with|from|thanks)|whether it'?s|ya sea|from \\w+(?: \\w+)? to \\w+(?: \\w+)? to|se aplica igual)\\b";
