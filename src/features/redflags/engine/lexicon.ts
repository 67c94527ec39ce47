import type { RedFlagCode } from "./codes.js";

/**
 * The red-flag lexicon, as data a reviewer can read. Each entry is a regular expression over normalised
 * text (lower case, accents removed, whitespace collapsed, straight quotes) with the basis for it. Matches
 * are then checked for negation, hedging and warning frames (see context.ts). Basis references:
 * "contract" = shared/redflag-codes.md; "lexicon" = shared/reference/domain-standards.md §4.4.
 */
export type LexiconEntry = { code: RedFlagCode; lang: "en" | "es" | "any"; pattern: string; basis: string };

const W = "[a-z0-9']*"; // the rest of a word (inflections)

export const LEXICON: LexiconEntry[] = [
  // guaranteed-outcome
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: `\\bwe (?:promise|ensure|assure)\\b(?! (?:a |the |your )?(?:named|privacy|confidential|transparen|honest))|\\b(?:you|he|she|they)(?:'ll| will) (?:walk|see (?:real )?results|improve|recover|get (?:your|his|her) (?:life|legs|movement) back)\\b|\\b(?:all|every one of) our patients (?:improve|walk|recover|get better)`,
    basis: "lexicon: promise of a result",
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: `\\b(?:prometemos|aseguramos|garantizamos) (?:que|resultados|mejoria)\\b|\\btodos nuestros pacientes (?:mejoran|caminan|se recuperan)\\b|\\b100 ?% efectiv${W}|\\bseguro que (?:camina|mejora|se recupera)`,
    basis: "lexicon: promesa de resultado",
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    pattern: `\\b(?:success rate|tasa de exito)\\W{0,3}(?:del? |of )?100 ?%`,
    basis: 'contract: "100% success rate"',
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: `\\bsi no (?:ve|hay|tiene|nota|observa|obtiene) (?:resultados|mejoria|cambios)[^.]{0,50}\\b(?:devolvemos|reembolsamos|repetimos|regresamos|le damos)\\b`,
    basis: "contract: dinero de vuelta si no hay resultado",
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: `\\b(?:va|van|vas) a volver a caminar\\b|\\bse lo (?:aseguro|garantizo|prometo)\\b`,
    basis: "lexicon: promesa de resultado",
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: `\\bguarantee${W}\\b(?! by\\b)(?! (?:of )?(?:a )?(?:named|licen|the quality|your (?:privacy|data)|confidential))`,
    basis: "contract: promises or assures a result",
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: `\\b(?:results?|improvement|recovery|success) (?:are |is )?(?:assured|ensured|certain|promised)\\b`,
    basis: 'contract: "results assured"',
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: `\\b(?:i|we) promise (?:you )?(?:that )?(?:you|he|she|they|your \\w+) (?:will|'ll)\\b`,
    basis: "lexicon: promise of a result",
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: `\\bi promise you\\b`,
    basis: "lexicon: promise of a result",
  },
  {
    code: "guaranteed-outcome",
    lang: "any",
    pattern: `\\b100 ?% (?:success|effective|efectiv|exito|de exito)`,
    basis: 'contract: "100% success rate"',
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: `\\b(?:money[- ]back|full refund|refund (?:if|your)|free (?:re-?treatment|second (?:round|course))) (?:if|when|unless)?`,
    basis: "contract: money back if no result",
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: `\\b(?:you|he|she|they) will (?:definitely |certainly |surely )?(?:walk|improve|recover|regain|get better|be walking)\\b`,
    basis: 'lexicon: "you will walk again"',
  },
  {
    code: "guaranteed-outcome",
    lang: "en",
    pattern: `\\b(?:certain|sure|bound) to (?:improve|work|walk|recover)\\b`,
    basis: "lexicon",
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: `\\bgarantiz${W}\\b`,
    basis: 'contract: "resultados garantizados"',
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: `\\bgarantia (?:de|total|absoluta)\\b`,
    basis: "contract",
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: `\\b(?:resultados?|mejoria|recuperacion|exito) (?:asegurad|seguro|prometid)${W}`,
    basis: "contract",
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: `\\b(?:le|te|les) (?:prometo|prometemos|aseguro|aseguramos)\\b`,
    basis: "lexicon: promesa de resultado",
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: `\\b(?:volvera|volveras|volveran) a caminar\\b`,
    basis: 'lexicon: "volverá a caminar"',
  },
  {
    code: "guaranteed-outcome",
    lang: "es",
    pattern: `\\b(?:devolucion|reembolso) (?:de su dinero |del dinero |total )?si no\\b|\\bsi no (?:hay|ve|tiene) (?:resultados|mejoria),? (?:le )?(?:devolvemos|reembolsamos|repetimos)`,
    basis: "contract: dinero de vuelta si no hay resultado",
  },

  // cure-claim
  {
    code: "cure-claim",
    lang: "en",
    pattern: `\\bcan be cured\\b|\\b(?:reverses?|reversing|heals?|healed) (?:the )?(?:paralysis|spinal|sci\\b|injur)|\\b(?:restores?|restoring|regain(?:s|ed)?) (?:full |complete |normal |all )(?:function|mobility|movement|sensation)|\\bback on (?:his|her|their|my|your) feet\\b|\\b(?:get|got|getting|leave|left|leaving|rise|rose) (?:out of|from) (?:the|your|his|her|my) wheelchair\\b|\\bwalking normally\\b|\\b(?:fully|completely) recovered\\b|\\b(?:complete|full|total) recovery\\b`,
    basis: "contract: cure, walking, leaving the wheelchair",
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: `\\bcuracion\\b|\\bcura definitiva\\b|\\bsanar la medula\\b|\\brecupero (?:por completo|totalmente|completamente)\\b|\\brecuperacion (?:total|completa)\\b|\\b(?:salir|salio|levantarse|se levanto|dejo|dejar) (?:de )?(?:la|su) silla\\b|\\bcamina(?:r|ndo)? normal${W}|\\bvuelve a caminar\\b|\\bdevuelve la movilidad\\b`,
    basis: "contract: curación, volver a caminar",
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: `\\b(?:reconnect|rewire|rebuild|regrow|regenerate)${W} (?:the |your |damaged |injured )*(?:spinal|nerves?|cord|neurons?)|\\b(?:become|turn into|grow into) new (?:neurons|nerve cells)`,
    basis: "contract: repairs the injury",
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: `\\bcured (?:his|her|my|their|your) (?:paralysis|injury|spinal|sci\\b)|\\b(?:was|is|were) (?:all |completely |totally )?gone\\b`,
    basis: 'contract: "his cancer was gone"',
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: `\\bcurando\\b|\\bse regenera\\b|\\bhacen la regeneracion\\b|\\breconect${W} (?:la )?(?:medula|nervios)|\\bse convierten en neuronas\\b|\\bregenerar tejidos\\b`,
    basis: "contract: regenera la médula",
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: `\\brecuper${W} (?:la )?(?:funcion|movilidad|movimiento|sensibilidad) (?:completa|total)\\b|\\b(?:va|van|vas) a volver a caminar\\b|\\bvolvera(?:s|n)? a caminar\\b`,
    basis: "contract: volver a caminar",
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: `\\b(?:a |the |real )?cure[sd]? (?:for |of )?(?:paralysis|spinal|sci\\b|your (?:injury|paralysis)|the injury|quadriplegia|paraplegia)`,
    basis: 'contract: "cure for paralysis"',
  },
  { code: "cure-claim", lang: "en", pattern: `\\b(?:is|are|as) (?:a |the )?cure\\b`, basis: "contract" },
  {
    code: "cure-claim",
    lang: "en",
    pattern: `\\b(?:cures?|curing|reverses?|reversing|repairs?|repairing|regenerates?|regenerating|heals?|healing|rebuilds?|restores?) (?:the |your |his |her |a |damaged |injured )*(?:spinal|nerve|neuron|cord|injur|paralysis|damage)`,
    basis: 'contract: "regenerates your spinal cord"',
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: `\\b(?:i|he|she|we|they) (?:was|were|am|is|are|got|have been|has been) (?:completely |totally |fully )?(?:cured|healed)\\b|\\bi'm (?:cured|healed)\\b`,
    basis: 'contract: "I was cured"',
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: `\\b(?:walk|walking|walks|walked|stand|standing) (?:again|on (?:my|his|her|their) own)\\b`,
    basis: "contract: walking again",
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: `\\b(?:no longer|don't|doesn't|never) (?:needs?|uses?|requires?) (?:a |the |his |her |my )?wheelchair\\b|\\bout of (?:the|his|her|my) wheelchair\\b|\\b(?:left|ditched|threw away) (?:the |his |her |my )?wheelchair\\b`,
    basis: "contract: no longer needing a wheelchair",
  },
  {
    code: "cure-claim",
    lang: "en",
    pattern: `\\b(?:cancer|injury|paralysis|disease|ms|als) (?:was|is) (?:completely )?gone\\b`,
    basis: 'contract: "his cancer was gone"',
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: `\\b(?:cura|curan|curamos|curar|cure|curara|curacion|curo|curaron)\\b(?! (?:de )?(?:una|otras)? ?(?:herida|heridas))`,
    basis: 'contract: "cura la parálisis"',
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: `\\bme cure\\b|\\bse curo\\b|\\bquedo curad${W}|\\b(?:esta|estoy|quede) curad${W}`,
    basis: 'contract: "me curé"',
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: `\\b(?:regenera|regeneran|regeneramos|regenerar|repara|reparan|reparamos|reparar|revierte|revierten|revertir|reconstruye|restaura|restauran)${W} (?:la |el |su |sus |los |las |tejido |nervios? )*(?:medula|lesion|nervio|neurona|paralisis|dano|cordon|tejido nervioso)`,
    basis: 'contract: "regenera la médula espinal"',
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: `\\bya no (?:necesita|necesito|usa|uso|ocupa|ocupo|requiere) (?:la |su |mi )?silla\\b|\\b(?:dejo|deje|dejar) (?:la |su |mi )?silla de ruedas\\b`,
    basis: 'contract: "ya no necesita silla de ruedas"',
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: `\\b(?:ya )?(?:camina|caminan|camino|caminar|caminando) (?:de nuevo|otra vez|solo|sola|por su cuenta|sin ayuda)\\b|\\bvolv(?:io|i|ieron|er) a caminar\\b`,
    basis: "contract: volver a caminar",
  },
  {
    code: "cure-claim",
    lang: "es",
    pattern: `\\b(?:la lesion|la paralisis|el cancer|la enfermedad) (?:desaparecio|ya no existe|se fue)\\b`,
    basis: "contract: la lesión desapareció",
  },

  // miracle-hype
  {
    code: "miracle-hype",
    lang: "en",
    pattern: `\\bgroundbreaking cure\\b|\\blife[- ]changing miracle\\b`,
    basis: "contract",
  },
  {
    code: "miracle-hype",
    lang: "en",
    pattern: `\\bmiracle${W}|\\bmiraculous${W}|\\bbreakthrough${W}|\\brevolutionar${W}|\\bgame[- ]?chang${W}|\\bwonder (?:cure|cells?|treatment)`,
    basis: "contract: miracle / breakthrough / revolutionary",
  },
  {
    code: "miracle-hype",
    lang: "es",
    pattern: `\\bmilagr${W}|\\brevolucionari${W}|\\brevolucionand${W}|\\bparteaguas\\b|\\bavance (?:historico|sin precedentes)\\b`,
    basis: 'contract: "terapia milagrosa"',
  },

  // absolute-safety
  {
    code: "absolute-safety",
    lang: "en",
    pattern: `\\bzero (?:risk|danger)\\b|\\bno (?:danger|risks? at all)\\b|\\bsafe for everyone\\b|\\bwithout (?:any )?danger\\b|\\bcan't (?:hurt|harm) you\\b`,
    basis: "contract",
  },
  {
    code: "absolute-safety",
    lang: "es",
    pattern: `\\bsin peligro\\b|\\bno (?:tiene|causa|produce|provoca) (?:ningun )?efectos? (?:secundarios?|adversos?)\\b|\\bno (?:hay|existe) peligro\\b`,
    basis: "contract",
  },
  {
    code: "absolute-safety",
    lang: "es",
    pattern: `\\bno (?:hay|tiene|existe|representa) (?:ningun |absolutamente ningun )?riesgo\\b|\\blibre de (?:riesgos?|efectos)\\b`,
    basis: 'contract: "sin riesgos"',
  },
  {
    code: "absolute-safety",
    lang: "en",
    pattern: `\\bthere (?:is|are) no (?:risks?|side[- ]effects?)\\b`,
    basis: 'contract: "no side effects"',
  },
  {
    code: "absolute-safety",
    lang: "en",
    pattern: `\\b(?:no|zero|without|free of|free from) (?:any )?(?:side[- ]effects?|risks?|complications?|adverse effects?)\\b(?! (?:for|in) (?:the |this )?(?:data|privacy))`,
    basis: 'contract: "no side effects"',
  },
  {
    code: "absolute-safety",
    lang: "en",
    pattern: `\\b(?:100 ?%|completely|totally|perfectly|absolutely|entirely) (?:safe|risk[- ]free|harmless)\\b|\\brisk[- ]free\\b`,
    basis: 'contract: "100% safe", "risk-free"',
  },
  {
    code: "absolute-safety",
    lang: "es",
    pattern: `\\bsin (?:ningun |ningunos |ningunas |ninguna )?(?:efectos? (?:secundarios?|adversos?|colaterales?)|riesgos?|complicaciones?)\\b|\\bcero riesgos?\\b|\\bningun riesgo\\b`,
    basis: 'contract: "sin efectos secundarios"',
  },
  {
    code: "absolute-safety",
    lang: "es",
    pattern: `\\b(?:100 ?%|totalmente|completamente|absolutamente|cien por ciento) (?:segur|inocu)${W}`,
    basis: 'contract: "totalmente seguro"',
  },

  // regulatory-misuse
  {
    code: "regulatory-misuse",
    lang: "any",
    pattern: `\\b(?:certificado|avalado|aprobado|respaldado) por (?:la )?(?:fda|cofepris|oms|secretaria de salud)\\b|\\bcon (?:el )?aval de (?:la )?(?:fda|cofepris|oms|secretaria de salud)\\b|\\bcofepris[- ](?:certified|approved|endorsed)\\b|\\b(?:licensed|authori[sz]ed|autorizad[oa]) (?:by|por) (?:the |la )?cofepris (?:to|para) (?:treat|cure|curar|tratar)`,
    basis: "contract",
  },
  {
    code: "regulatory-misuse",
    lang: "en",
    pattern: `\\b(?:fda|cofepris)[- ]authori[sz]ed (?:therapy|treatment|protocol|stem)|\\brecogni[sz]ed by the (?:mexican )?government as (?:effective|safe)|\\b(?:certified|approved|recogni[sz]ed|validated) (?:our|the|this) (?:therapy|treatment|protocol|cells) as (?:effective|safe)`,
    basis: "contract",
  },
  {
    code: "regulatory-misuse",
    lang: "es",
    pattern: `\\b(?:registrad|autorizad|aprobad|certificad|avalad)${W} (?:ante|por) (?:la )?cofepris[^.]{0,60}\\b(?:por lo tanto|asi que|comprobad|eficaz|efectiv|funciona|garantiza)`,
    basis: "contract",
  },
  {
    code: "regulatory-misuse",
    lang: "en",
    pattern: `\\b(?:fda|cofepris|who|ministry of health)[- ](?:approved|cleared|certified|endorsed|backed|registered)\\b`,
    basis: 'contract: "FDA-approved stem cell therapy"',
  },
  {
    code: "regulatory-misuse",
    lang: "en",
    pattern: `\\b(?:approved|endorsed|certified|backed|recognized|validated) by (?:the )?(?:fda|cofepris|who|ministry|government|health authorit)`,
    basis: "contract",
  },
  {
    code: "regulatory-misuse",
    lang: "en",
    pattern: `\\b(?:listed|registered) (?:on|with|in) (?:the )?(?:clinicaltrials\\.gov|fda|cofepris)[^.]{0,80}\\b(?:proof|proven|proves|so it|which means|guarantee|safe and effective|works|legitimate)`,
    basis: "contract: registry listing as proof",
  },
  {
    code: "regulatory-misuse",
    lang: "en",
    pattern: `\\b(?:licen[cs]e|approval|registration|certification|permit)[^.]{0,60}\\b(?:proves?|proof|shows? (?:that )?(?:it|our|the) (?:works|treatment|therapy) (?:is )?(?:safe|effective|works))`,
    basis: "contract",
  },
  {
    code: "regulatory-misuse",
    lang: "es",
    pattern: `\\b(?:aprobad|avalad|certificad|autorizad|respaldad|reconocid)${W} (?:por|ante) (?:la )?(?:fda|cofepris|secretaria de salud|oms|ssa|gobierno)`,
    basis: 'contract: "tratamiento aprobado por la FDA"',
  },
  {
    code: "regulatory-misuse",
    lang: "es",
    pattern: `\\b(?:registrad|inscrit|publicad)${W} en (?:clinicaltrials\\.gov|la fda|cofepris)[^.]{0,80}\\b(?:prueba|demuestra|comprueba|garantiza|por lo que|asi que|funciona|seguro y eficaz)`,
    basis: "contract",
  },
  {
    code: "regulatory-misuse",
    lang: "es",
    pattern: `\\b(?:licencia|permiso|registro|certificacion)[^.]{0,60}\\b(?:prueba|demuestra|comprueba|garantiza) (?:que )?(?:el tratamiento|la terapia|funciona|es (?:seguro|eficaz))`,
    basis: "contract",
  },

  // pay-to-participate
  {
    code: "pay-to-participate",
    lang: "es",
    pattern: `\\b(?:donativo|aportacion|cuota de (?:inscripcion|recuperacion|participacion))\\b[^.]{0,30}\\$ ?\\d`,
    basis: "contract: donativo para entrar a un estudio",
  },
  {
    code: "pay-to-participate",
    lang: "en",
    pattern: `\\b(?:paid|pay|paying|fee|cost|costs|contribution|donation|tuition|enrollment fee|enrolment fee)\\b[^.]{0,60}\\b(?:study|trial|research|protocol|clinical program)\\b`,
    basis: 'contract: "join our paid clinical study"',
  },
  {
    code: "pay-to-participate",
    lang: "en",
    pattern: `\\b(?:study|trial|research program|protocol)\\b[^.]{0,60}\\b(?:costs?|fee|\\$ ?\\d|usd ?\\d|pay (?:for|\\$)|you pay|participant fee|contribution)`,
    basis: "contract",
  },
  {
    code: "pay-to-participate",
    lang: "es",
    pattern: `\\b(?:pague|pagar|paga|pagan|cuota|costo|donativo|aportacion|inscripcion|cooperacion)\\b[^.]{0,60}\\b(?:estudio|ensayo|investigacion|protocolo)\\b`,
    basis: 'contract: "pague su cuota para participar"',
  },
  {
    code: "pay-to-participate",
    lang: "es",
    pattern: `\\b(?:estudio|ensayo|protocolo de investigacion|investigacion)\\b[^.]{0,60}\\b(?:cuesta|cuota|\\$ ?\\d|usd|mxn|pesos|dolares|paga usted|usted paga|aportacion|donativo)`,
    basis: "contract",
  },

  // downplays-rehabilitation
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: `\\b(?:won't|will not|don't|do not) (?:need|have to do) (?:any )?(?:rehab${W}|therapy|physio${W})|\\b(?:rehab${W}|therapy|physio${W}) (?:is )?not required\\b|\\bno need (?:to do|for) (?:any )?(?:rehab${W}|therapy|physio${W})`,
    basis: "contract",
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: `\\bno (?:hace falta|requiere|necesitara|tendra que hacer) (?:la |ninguna )?(?:rehabilitacion|terapia|fisioterapia)\\b|\\bolvidese de la (?:terapia|rehabilitacion)\\b|\\ben lugar de (?:la )?(?:terapia|rehabilitacion)\\b`,
    basis: "contract",
  },
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: `\\bwaste (?:your )?(?:money|time) on (?:rehab${W}|therapy|physio${W})|\\b(?:rehab${W}|therapy|physio${W})[^.]{0,25}\\boptional\\b`,
    basis: "contract",
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: `\\bnada de (?:terapias?|rehabilitacion|gimnasio|fisioterapia)\\b|\\b(?:rehabilitacion|terapia fisica|fisioterapia|terapia)[^.]{0,25}\\b(?:opcional|ya no es necesaria|innecesaria)\\b|\\b(?:celulas|celulas madre) trabajan solas\\b`,
    basis: "contract",
  },
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: `\\b(?:no|without (?:the )?need (?:for|of)|don't need|doesn't need|won't need|skip (?:the )?|replaces?|instead of|no need for|unnecessary|optional|obsolete)\\b[^.]{0,30}\\b(?:rehab${W}|physical therap${W}|physiotherap${W}|therapy)\\b`,
    basis: 'contract: "no rehab needed"',
  },
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: `\\b(?:rehab${W}|physical therap${W}|physiotherap${W}|therapy) (?:is |are )?(?:optional|unnecessary|not needed|not necessary|obsolete|a thing of the past)\\b`,
    basis: 'contract: "therapy is optional"',
  },
  {
    code: "downplays-rehabilitation",
    lang: "en",
    pattern: `\\bcells do (?:all )?the work\\b`,
    basis: "contract",
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: `\\bsin (?:necesidad de |hacer |tener que hacer )?(?:rehabilitacion|terapia fisica|fisioterapia|terapia)\\b|\\b(?:no|ya no) (?:necesita|necesitas|necesitan|ocupa|requiere)${W} (?:de )?(?:rehabilitacion|terapia|fisioterapia)\\b`,
    basis: 'contract: "sin necesidad de rehabilitación"',
  },
  {
    code: "downplays-rehabilitation",
    lang: "es",
    pattern: `\\b(?:rehabilitacion|terapia fisica|fisioterapia|terapia) (?:es )?(?:opcional|innecesaria|no es necesaria|obsoleta|sale sobrando)\\b|\\b(?:reemplaza|sustituye)${W} (?:a )?(?:la )?(?:rehabilitacion|terapia|fisioterapia)\\b|\\blas celulas hacen (?:todo )?el trabajo\\b`,
    basis: "contract",
  },

  // pressure-tactics
  {
    code: "pressure-tactics",
    lang: "en",
    pattern: `\\bhurry\\b|\\b(?:today|this week|this month) only\\b|\\blimited[- ]time\\b|\\bonly (?:a few|few) (?:spots|places|slots|openings) (?:left|remain)|\\b(?:book|reserve|secure) (?:your (?:spot|place|date)|now)\\b|\\bdates? (?:are |is )?filling up\\b`,
    basis: "contract: urgency",
  },
  {
    code: "pressure-tactics",
    lang: "es",
    pattern: `\\bpor tiempo limitado\\b|\\bsolo (?:por )?hoy\\b|\\bsolo esta semana\\b|\\b(?:aparta|aparte|reserva|reserve|asegura|asegure) (?:tu|su) lugar\\b|\\breserva ya\\b|\\bantes de que (?:suba|se acabe|se agote)|\\bse (?:agotan|acaban) (?:los )?(?:lugares|cupos)`,
    basis: "contract: urgencia",
  },
  {
    code: "pressure-tactics",
    lang: "en",
    pattern: `\\b(?:spots?|places?|slots?) (?:are )?going fast\\b|\\bfirst \\d+ (?:patients|people|clients)\\b|\\block it in\\b|\\bprice (?:goes up|increases|will (?:rise|increase|go up))\\b|\\blast (?:chance|week|days) (?:to|at|for)\\b|\\bonly until\\b|\\bnon-refundable after \\d+ (?:hours|days)`,
    basis: "contract: urgency",
  },
  {
    code: "pressure-tactics",
    lang: "es",
    pattern: `\\bultima semana\\b|\\bultimos dias\\b|\\bsolo hasta el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|\\d)|\\b(?:las|los) primer(?:as|os) \\d+ (?:personas|pacientes)\\b|\\b(?:solo )?quedan \\d+ (?:citas|lugares|espacios|cupos)\\b|\\b(?:el precio|despues) sube\\b|\\baparte(?:n)? (?:este mes|hoy|ya)\\b`,
    basis: "contract: urgencia",
  },
  {
    code: "pressure-tactics",
    lang: "en",
    pattern: `\\bonly \\d+ (?:spots?|places?|slots?|openings?|beds?|seats?)\\b|\\b(?:spots?|places?|slots?) (?:are )?(?:limited|running out|filling (?:up )?fast)\\b|\\blimited (?:spots?|places?|availability|time|slots?)\\b`,
    basis: 'contract: "only 3 spots left"',
  },
  {
    code: "pressure-tactics",
    lang: "en",
    pattern: `\\b(?:book|reserve|sign up|pay|deposit|confirm|call|act) (?:today|now|this week|before|by (?:friday|monday|tomorrow))\\b[^.]{0,40}\\b(?:discount|price|spot|offer|lock|save)|\\b(?:offer|discount|promotion|price|promo) (?:ends|expires|is valid only|valid only|only valid|good only)\\b|\\b(?:lock|secure) (?:in )?(?:the |your |a )?(?:\\d+ ?% )?(?:discount|price|spot)\\b|\\bdon't (?:wait|miss)\\b`,
    basis: 'contract: "book today to lock the discount"',
  },
  {
    code: "pressure-tactics",
    lang: "es",
    pattern: `\\bcupo (?:limitado|lleno)|\\bcupos? limitados?\\b|\\b(?:solo|unicamente) (?:quedan )?\\d+ (?:lugares|espacios|cupos|camas)\\b|\\bquedan (?:pocos|solo) (?:lugares|espacios|cupos)\\b|\\bultimos? (?:lugares|espacios|cupos)\\b`,
    basis: 'contract: "cupo limitado"',
  },
  {
    code: "pressure-tactics",
    lang: "es",
    pattern: `\\b(?:promocion|oferta|descuento|precio|promo)\\b[^.]{0,25}\\b(?:valid[oa] (?:solo|unicamente|hasta)|termina|vence|solo (?:esta|este|hoy|por))\\b|\\b(?:aparte|reserve|aparta|reserva|pague|deposite) (?:hoy|ya|ahora)\\b|\\bno (?:lo )?(?:deje pasar|pierda)\\b`,
    basis: 'contract: "promoción válida solo esta semana"',
  },

  // unsupported-evidence
  {
    code: "unsupported-evidence",
    lang: "en",
    pattern: `\\b(?:evidence|science|research) (?:clearly )?(?:shows|proves|confirms)\\b|\\bscientifically demonstrated\\b|\\b\\d{2,3}(?:\\.\\d)? ?% of (?:our |the |all )?(?:patients|clients|people) (?:improve|see|report|regain|recover|walk|get)|\\b(?:thousands|hundreds) of (?:patients|people) (?:successfully )?(?:treated|helped|cured)\\b`,
    basis: "contract",
  },
  {
    code: "unsupported-evidence",
    lang: "es",
    pattern: `\\besta (?:comprobado|demostrado)\\b|\\beficacia (?:comprobada|demostrada)\\b|\\b\\d{2,3}(?:[.,]\\d)? ?% de (?:los |nuestros )?pacientes (?:mejora|recupera|camina|responde)|\\bcon exito en el \\d`,
    basis: "contract",
  },
  {
    code: "unsupported-evidence",
    lang: "en",
    pattern: `\\b\\d+ (?:of|out of) (?:every )?\\d+ (?:patients|people|cases)\\b|\\binternal data\\b|\\b\\d+x (?:faster|better|more)\\b|\\bproven\\b(?! (?:by|in) (?:a |the )?(?:randomi|controlled|trial))|\\bsuccess rate:? \\d`,
    basis: 'contract: uncited figures, "proven"',
  },
  {
    code: "unsupported-evidence",
    lang: "es",
    pattern: `\\bresultados (?:comprobados|probados|demostrados)\\b|\\b\\d+ de cada \\d+ (?:pacientes|personas)\\b|\\bdatos internos\\b|\\bhan demostrado la eficacia\\b|\\b\\d{2,3}(?:[.,]\\d)? ?% de exito\\b`,
    basis: "contract",
  },
  {
    code: "unsupported-evidence",
    lang: "en",
    pattern: `\\b(?:clinically|scientifically|medically) (?:proven|tested and proven|validated)\\b|\\bproven (?:to|results|treatment|therapy|technology|success)\\b|\\b(?:studies|research|science|data) (?:show|shows|prove|proves|confirm|confirms)\\b`,
    basis: 'contract: "clinically proven", "studies show"',
  },
  {
    code: "unsupported-evidence",
    lang: "en",
    pattern: `\\b\\d{2,3}(?:\\.\\d)? ?% (?:of (?:our |the |all )?(?:patients|clients|cases|people|treated)|success|improvement|effective|positive|response|satisfaction)\\b|\\b(?:success|improvement|response) rate (?:of )?\\d{2,3}`,
    basis: 'contract: "92% of our patients improve"',
  },
  {
    code: "unsupported-evidence",
    lang: "es",
    pattern: `\\b(?:clinicamente|cientificamente|medicamente) (?:comprobad|probad|demostrad|validad)${W}|\\b(?:comprobad|demostrad)[oa] (?:cientificamente|clinicamente)\\b|\\b(?:los estudios|la ciencia|la investigacion|los datos) (?:demuestra|demuestran|comprueba|comprueban|confirma|confirman)\\b`,
    basis: 'contract: "clínicamente comprobado"',
  },
  {
    code: "unsupported-evidence",
    lang: "es",
    pattern: `\\b(?:el )?\\d{2,3}(?:[.,]\\d)? ?% (?:de (?:nuestros |los )?(?:pacientes|casos|personas|tratados)|de exito|de mejoria|de efectividad|de eficacia)\\b|\\btasa de (?:exito|mejoria|respuesta) (?:del? )?\\d{2,3}`,
    basis: 'contract: "el 90% de nuestros pacientes mejora"',
  },

  // opaque-cell-source
  {
    code: "opaque-cell-source",
    lang: "en",
    pattern: `\\bproprietary\\b|\\b(?:do|will) not (?:disclose|reveal)\\b|\\bundisclosed (?:source|lab|laboratory|supplier)\\b|\\bnot disclosed\\b`,
    basis: 'contract: "proprietary"',
  },
  {
    code: "opaque-cell-source",
    lang: "es",
    pattern: `\\bno (?:revelamos|divulgamos|informamos)\\b|\\binformacion reservada\\b|\\b(?:origen|laboratorio) (?:no revelad|no divulgad|desconocid)${W}`,
    basis: "contract",
  },
  {
    code: "opaque-cell-source",
    lang: "en",
    pattern: `\\b(?:exclusive|secret|signature) (?:formula|blend)\\b|\\b(?:source|lab|laboratory|coa|origin|supplier)\\w*: (?:proprietary|confidential|undisclosed|secret)|\\bfor proprietary reasons\\b|\\b(?:keep|kept) (?:it |them )?confidential\\b|\\b(?:can't|cannot|won't) (?:say|tell you) (?:which|where|what)\\b`,
    basis: "contract: hides the source or lab",
  },
  {
    code: "opaque-cell-source",
    lang: "es",
    pattern: `\\b(?:origen|laboratorio|proveedor|detalles|composicion|protocolo|formula|banco)[^.]{0,60}\\b(?:es |son )?(?:confidencial${W}|secret[oa]s?|reservad[oa]s?)\\b|\\bno podemos dar (?:informacion|el nombre|datos)|\\bprefiere no dar su nombre\\b`,
    basis: "contract: oculta el origen o el laboratorio",
  },
  {
    code: "opaque-cell-source",
    lang: "en",
    pattern: `\\bproprietary (?:cell|stem|formula|blend|protocol|process|method|technique|technology|culture|lab)${W}|\\btrade secrets?\\b|\\bsecret (?:formula|protocol|method|process|technique)\\b|\\bconfidential (?:lab|laboratory|process|source|protocol)\\b`,
    basis: 'contract: "our proprietary cell formula"',
  },
  {
    code: "opaque-cell-source",
    lang: "en",
    pattern: `\\b(?:can ?not|can't|won't|don't|do not|will not|unable to|not able to|never) (?:share|disclose|reveal|provide|show|release|give out)\\b[^.]{0,40}\\b(?:lab|laborator|coa|certificate|source|report|results|where (?:the )?cells|method|supplier)`,
    basis: 'contract: "we cannot share lab reports"',
  },
  {
    code: "opaque-cell-source",
    lang: "es",
    pattern: `\\bformula (?:exclusiva|secreta|patentada|propia)\\b|\\bsecreto (?:industrial|comercial)\\b|\\b(?:laboratorio|proceso|protocolo|metodo|origen) (?:confidencial|secreto|reservado)\\b|\\btecnica (?:exclusiva|secreta)\\b`,
    basis: 'contract: "fórmula exclusiva patentada"',
  },
  {
    code: "opaque-cell-source",
    lang: "es",
    pattern: `\\bno (?:compartimos|mostramos|revelamos|damos|entregamos|podemos (?:compartir|mostrar|revelar|dar|entregar)|proporcionamos)\\b[^.]{0,40}\\b(?:laboratorio|certificado|coa|origen|fuente|resultados|metodo|proveedor|reporte)`,
    basis: 'contract: "no compartimos el certificado de análisis"',
  },
];

/** Conditions counted for the panacea rule; spinal cord injury counts as one of them. */
export const DISEASES: Array<{ name: string; pattern: string }> = [
  {
    name: "sci",
    pattern:
      "spinal cord injur\\w*|lesion(?:es)? medular\\w*|lesion de (?:la )?medula|paralysis|paralisis|paraplegia|quadriplegia|cuadriplejia|tetraplejia",
  },
  { name: "autism", pattern: "autism\\w*|autismo|autista" },
  { name: "als", pattern: "\\bals\\b|\\bela\\b|amyotrophic|esclerosis lateral" },
  { name: "ms", pattern: "multiple sclerosis|esclerosis multiple|\\bms\\b" },
  { name: "diabetes", pattern: "diabetes|diabetic\\w*|diabetic[oa]s?" },
  { name: "parkinson", pattern: "parkinson\\w*" },
  { name: "alzheimer", pattern: "alzheimer\\w*|dementia|demencia" },
  { name: "cerebral-palsy", pattern: "cerebral palsy|paralisis cerebral" },
  { name: "stroke", pattern: "stroke|derrame|\\bevc\\b|accidente cerebrovascular|infarto cerebral" },
  { name: "arthritis", pattern: "arthritis|artritis|osteoarthritis|artrosis" },
  {
    name: "heart",
    pattern: "heart (?:failure|disease)|insuficiencia cardiaca|enfermedad cardiaca|cardiopat\\w*",
  },
  { name: "lupus", pattern: "\\blupus\\b" },
  { name: "copd", pattern: "\\bcopd\\b|\\bepoc\\b|emphysema|enfisema" },
  { name: "aging", pattern: "anti-?aging|antienvejecimiento|rejuvenec\\w*|envejecimiento" },
  { name: "cancer", pattern: "\\bcancer\\b" },
  { name: "erectile", pattern: "erectile|disfuncion erectil" },
  { name: "kidney", pattern: "kidney (?:disease|failure)|insuficiencia renal|enfermedad renal" },
  { name: "liver", pattern: "cirrhosis|cirrosis|liver disease" },
  { name: "crohn", pattern: "crohn\\w*|colitis" },
  { name: "down", pattern: "down syndrome|sindrome de down" },
  { name: "macular", pattern: "macular degeneration|degeneracion macular" },
  { name: "neuropathy", pattern: "neuropath\\w*|neuropatia" },
  { name: "fibromyalgia", pattern: "fibromyalgia|fibromialgia" },
  { name: "lyme", pattern: "lyme" },
  { name: "long-covid", pattern: "long covid|covid persistente" },
  { name: "asthma", pattern: "asthma|asma" },
  { name: "infertility", pattern: "infertility|infertilidad" },
];

/** Words that offer one treatment for the conditions listed after them. */
export const TREATS =
  "\\b(?:treat\\w*|for|helps?|helped|used for|cure\\w*|indicated|trata\\w*|para|ayuda\\w*|atende\\w*|atiende\\w*|cura\\w*|sirve)\\b";
