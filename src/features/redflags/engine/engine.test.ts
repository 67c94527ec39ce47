import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { candidatesOf, RED_FLAG_CODES, scanText, scanTexts, WARM_UP_TEXT, warmUp } from "./index.js";
import { normalise } from "./normalize.js";

const codes = (text: string) => [...new Set(scanText(text).findings.map((f) => f.code))].sort();
/** Each positive text carries its code; each clean text carries none. */
function expectFindings(positives: Array<[string, string]>, clean: string[]) {
  for (const [code, text] of positives) expect(codes(text), text).toContain(code);
  for (const text of clean) expect(codes(text), text).toEqual([]);
}

describe("scanText", () => {
  it("finds each contract example, in English and Spanish", () => {
    const examples: Array<[string, string]> = [
      ["guaranteed-outcome", "Guaranteed improvement for every patient."],
      ["guaranteed-outcome", "Resultados garantizados."],
      ["cure-claim", "A cure for paralysis."],
      ["cure-claim", "Cura la parálisis."],
      ["miracle-hype", "Miracle cells, a revolutionary breakthrough."],
      ["miracle-hype", "Una terapia milagrosa."],
      ["absolute-safety", "No side effects, 100% safe."],
      ["absolute-safety", "Totalmente seguro, sin riesgos."],
      ["regulatory-misuse", "FDA-approved stem cell therapy."],
      ["regulatory-misuse", "Tratamiento aprobado por la FDA."],
      ["pay-to-participate", "Join our paid clinical study for $14,000."],
      ["pay-to-participate", "Pague su cuota para participar en el estudio."],
      ["downplays-rehabilitation", "No rehab needed."],
      ["downplays-rehabilitation", "Sin necesidad de rehabilitación."],
      ["pressure-tactics", "Only 3 spots left this month."],
      ["pressure-tactics", "Cupo limitado, promoción válida solo esta semana."],
      ["unsupported-evidence", "Clinically proven: 92% of our patients improve."],
      ["unsupported-evidence", "Clínicamente comprobado."],
      ["opaque-cell-source", "Our proprietary cell formula."],
      ["opaque-cell-source", "No compartimos el certificado de análisis."],
      ["panacea", "We treat autism, ALS, diabetes and spinal cord injury."],
      ["panacea", "Trata autismo, diabetes, Parkinson y lesión medular."],
    ];
    for (const [code, text] of examples) expect(codes(text), text).toContain(code);
  });

  it("stays quiet on the contract's honest examples", () => {
    for (const text of [
      "This is not a cure.",
      "We do not guarantee results.",
      "No garantizamos resultados.",
      "Cells may help some patients.",
      "The potential to improve sensation is being studied.",
      "Beware of clinics that guarantee results.",
      "A red flag is a clinic that calls its COA proprietary.",
      "COFEPRIS licencia sanitaria 23-TR-09-0041.",
    ]) {
      expect(codes(text), text).toEqual([]);
    }
  });

  it("does not let a disclaimer cancel a separate claim", () => {
    expect(codes("This is not a cure, but our patients walk again.")).toContain("cure-claim");
  });

  it("maps spans back to the original text, across accents and line breaks", () => {
    const text = "Nuestro equipo:\nGARANTIZAMOS\n  resultados. Células   milagrosas.";
    const report = scanText(text);
    expect(report.language).toBe("es");
    for (const f of report.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(report.findings.map((f) => f.excerpt)).toContain("milagrosas");
  });

  it("keeps the matched text Latin-1: emoji and other scripts become one symbol, and spans still map back", () => {
    const text = "🙏✨ Células milagrosas… 100% seguras 💉 “sin riesgos”";
    const { text: norm } = normalise(text);
    expect([...norm].every((ch) => ch.charCodeAt(0) <= 0xff)).toBe(true);
    expect(norm).toBe('¤¤ celulas milagrosas¤ 100% seguras ¤ "sin riesgos"');
    const report = scanText(text);
    for (const f of report.findings) expect(text.slice(f.start, f.end)).toBe(f.excerpt);
    expect(report.findings.map((f) => f.excerpt)).toEqual(
      expect.arrayContaining(["milagrosas", "100% seguras", "sin riesgos"]),
    );
  });

  it("explains in the reader's language when asked", () => {
    const [finding] = scanText("No side effects.", { locale: "es" }).findings;
    expect(finding!.explanation).toMatch(/riesgos/);
    expect(finding!.severity).toBe("high");
  });

  it("never throws, and every span is inside the text and matches its excerpt (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const text = `${s} guaranteed results ${s} sin efectos secundarios`;
        for (const f of scanText(text).findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(f.start, f.end)).toBe(f.excerpt);
          expect(RED_FLAG_CODES).toContain(f.code);
        }
      }),
    );
  });

  it("finds word families, inflections, misspellings and word-order variants", () => {
    const cases: Array<[string, string]> = [
      ["guaranteed-outcome", "improvement is guarenteed after the second dose"],
      ["guaranteed-outcome", "Your daughter is going to recover, I promise."],
      ["guaranteed-outcome", "Si no nota avances en 5 meses, repetimos la aplicación sin costo."],
      ["guaranteed-outcome", "Te damos nuestra palabra de que vas a mejorar."],
      [
        "guaranteed-outcome",
        "If his AIS grade hasn't changed by month six, we redo the whole protocol at no charge.",
      ],
      ["cure-claim", "Our cells rebuild the injured nerves."],
      ["cure-claim", "Revertimos la lesión medular."],
      ["cure-claim", "Seis meses después salió caminando del hospital."],
      ["cure-claim", "Most of our patients are walking within the year."],
      ["cure-claim", "Our patients leave the wheel-\nchair behind."],
      ["miracle-hype", "This therapy changes the game for paraplegics."],
      ["miracle-hype", "Un tratamiento que cambia las reglas del juego."],
      ["absolute-safety", "Nothing can possibly go wrong, it's your own cells."],
      ["absolute-safety", "Nula posibilidad de efectos adversos."],
      ["regulatory-misuse", "We passed the COFEPRIS inspection, which proves our therapy works."],
      ["regulatory-misuse", "Tenemos el permiso sanitario, por eso le aseguro que el tratamiento funciona."],
      ["pay-to-participate", "To enter the trial, participants make a research contribution of USD 9,800."],
      ["pay-to-participate", "El ensayo es gratuito, pero usted paga el lote de células (150 mil pesos)."],
      ["downplays-rehabilitation", "Why keep paying for rehab? One dose replaces all of that."],
      ["downplays-rehabilitation", "ya no tendrás que ir a fisio, las células trabajan por ti"],
      ["downplays-rehabilitation", "Physiotherapy: not required with this package."],
      ["pressure-tactics", "The 15% discount disappears on Sunday at midnight."],
      ["pressure-tactics", "Solo nos quedan dos lugares para junio."],
      ["pressure-tactics", "I can only hold the date until Friday; other families are asking for it."],
      ["unsupported-evidence", "Eight in ten of our patients report better sensation."],
      ["unsupported-evidence", "Nuestra tasa de efectividad es del 88%."],
      ["unsupported-evidence", "Backed by years of research and many studies."],
      ["opaque-cell-source", "Where our cells come from is a closely guarded secret."],
      ["opaque-cell-source", "Lo siento, no le podemos dar el nombre del laboratorio."],
      ["opaque-cell-source", "The culture method is confidential."],
      ["panacea", "One infusion for arthritis, erectile dysfunction, memory loss and spinal cord injury."],
      ["panacea", "¿Parkinson? ¿Diabetes? ¿Lesión medular? La misma terapia celular."],
      [
        "panacea",
        "My arthritis eased, my diabetes improved and my MS calmed down. One treatment did all of that.",
      ],
      // Chat style: typos, no accents, slang.
      ["guaranteed-outcome", "resultados garantisados, se lo firmo"],
      ["guaranteed-outcome", "no improvement, no charge"],
      ["cure-claim", "my dad was paralized for 4 yrs and now he walks!!"],
      ["cure-claim", "Cuatro años en silla y ahora sube escaleras solo."],
      ["absolute-safety", "no side affects at all, trust me"],
      ["absolute-safety", "es seguro al cien, sin ningún tipo de riesgo"],
      ["regulatory-misuse", "As a COFEPRIS-licensed clinic, we can assure you the treatment is effective."],
      ["pay-to-participate", "Study participants cover the USD 7,000 cost of their cells."],
      ["downplays-rehabilitation", "La fisioterapia no será necesaria después de la segunda dosis."],
      ["pressure-tactics", "solo me quedan 2 lugares, me confirma hoy?"],
      ["unsupported-evidence", "Con una efectividad del 93%."],
      ["opaque-cell-source", "El proveedor de las células no se da a conocer."],
    ];
    for (const [code, text] of cases) expect(codes(text), text).toContain(code);
  });

  it("keeps negations in scope: a negated promise covers its clause, a claim's own negation reaches no further", () => {
    for (const text of [
      "Nadie aquí le va a decir que esto le va a devolver la capacidad de caminar.",
      "We never tell families that their son will walk again.",
      "There are no controlled trials showing that stem cells restore walking.",
      "No le llamamos milagro ni avance revolucionario.",
      "La rehabilitación no es opcional.",
      "Rehab is not optional here.",
      "Cells do not replace physical therapy.",
      "We do not promise that\nyou will walk again.",
    ]) {
      expect(codes(text), text).toEqual([]);
    }
    // "sin" belongs to the first claim; the second is not negated by it.
    expect(codes("Sin riesgos y con 97% de éxito comprobado.")).toEqual(
      expect.arrayContaining(["absolute-safety", "unsupported-evidence"]),
    );
    // A condition is not a denial.
    expect(codes("If you don't send the deposit by tonight, we can't keep your slot.")).toContain(
      "pressure-tactics",
    );
    // "not only", "nothing short of" affirm.
    expect(codes("Our stem cell therapy is nothing short of a miracle.")).toContain("miracle-hype");
    expect(codes("We don't just treat paralysis: we also help with autism, lupus and MS.")).toContain(
      "panacea",
    );
    // A contrast starts a new claim.
    expect(codes("No es un milagro, pero muchos de nuestros pacientes vuelven a caminar.")).toContain(
      "cure-claim",
    );
  });

  it("treats hedges, questions and the speaker's own doubts as clean, but not sales questions", () => {
    for (const text of [
      "The cells may help repair some nerve connections.",
      "Esperamos que en el futuro las células puedan regenerar la médula.",
      "Will my husband walk again after the infusion?",
      "¿Es cierto que las células curan la parálisis?",
      "Is it risk-free? No procedure is.",
      "Is this a breakthrough? Not yet.",
    ]) {
      expect(codes(text), text).toEqual([]);
    }
    expect(codes("Why pay for years of physio? The cells do the work.")).toContain(
      "downplays-rehabilitation",
    );
    expect(codes("¿Quién necesita rehabilitación con estas células?")).toContain("downplays-rehabilitation");
    expect(codes("¿Es doloroso? No. Le garantizamos resultados.")).toContain("guaranteed-outcome");
  });

  it("treats quotation, warnings and journalism as mentions, unless the speaker's own voice takes over", () => {
    for (const text of [
      "'Cures paralysis in weeks,' promised the flyer. Doctors we spoke to called it misleading.",
      "The seller kept repeating that the price 'goes up tomorrow'. Is that normal?",
      "Una paciente nos contó que en la clínica le dijeron que era 'totalmente seguro'.",
      "A reporter posing as a patient was told the cells were 'FDA approved'.",
      "Red flags to watch for:\n- results guaranteed\n- no side effects\n- only 2 spots left",
      "If anyone tells you this is a cure, get a second opinion.",
      "Some clinics advertise that their cells regenerate the spinal cord. That is false.",
    ]) {
      expect(codes(text), text).toEqual([]);
    }
    expect(codes("“My son walks again,” says Laura, whose son was treated here.")).toContain("cure-claim");
    expect(codes("Unlike other clinics, we guarantee results.")).toContain("guaranteed-outcome");
    expect(codes("Otras clínicas prometen milagros; nosotros tenemos 96% de éxito.")).toContain(
      "unsupported-evidence",
    );
    // Affirmations that look like frames are claims: "es verdad", testimonials relayed by the clinic.
    expect(codes("Es verdad: nuestros pacientes vuelven a caminar.")).toContain("cure-claim");
    expect(codes("Nuestros pacientes dicen que volvieron a caminar.")).toContain("cure-claim");
    expect(codes("Walk away from your wheelchair for good!")).toContain("cure-claim");
    // A journalist's report of a trial's approval is not a clinic's misuse of it.
    expect(codes("The phase 1 trial was approved by the FDA in 2019.")).toEqual([]);
    expect(codes("Somos la única clínica aprobada por la FDA en México.")).toContain("regulatory-misuse");
  });

  it("stays quiet on honest clinical text: prices, COAs, licences, logistics, consent forms, privacy", () => {
    for (const text of [
      "Package B: USD 12,400 (2 doses, 4 nights, 12 physiotherapy sessions). Prices valid until 31 December.",
      "La cotización tiene vigencia de 60 días y no pedimos anticipo hasta la valoración.",
      "Lot 31-C: viability 92.5%, CD73 98%, CD90 97%, CD45 0.4%, endotoxin < 0.05 EU/mL, sterility no growth.",
      "Licencia sanitaria COFEPRIS 26-HS-11-0042. Puede verificarla con nosotros en cualquier momento.",
      "Our licence lets the hospital handle cells; it is not proof that the therapy works.",
      "The anesthesiologist only operates on Thursdays, so the next date is the 18th; later dates are fine too.",
      "Consent: risks include headache, fever, infection and meningitis, and the treatment may not help.",
      "Your medical records are confidential and shared only with your consent.",
      "No complications were reported in our last 40 procedures, but complications can occur.",
      "La aplicación transcurrió sin complicaciones.",
      "El estudio de resonancia cuesta 6,500 pesos y no está incluido.",
      "The trial is sponsor-funded: participants pay nothing and travel is reimbursed.",
      "Clínica en Av. Revolución 2201, Tijuana.",
      "MSCs are being tested in separate trials for MS, Crohn's disease and spinal cord injury.",
      "We only treat spinal cord injury; for diabetes, arthritis or Parkinson's please see your own doctor.",
      "After 10 months my father feels his legs a little and can sit up alone, but he still uses his chair.",
      "We guarantee that a physician will answer your questions within 48 hours.",
      "Today she walks to the mailbox with her walker, which she could not do before.",
      "After 5 years in a wheelchair, he stood for the first time with a frame.",
      "Your lab results show normal kidney function.",
      "Pay the balance within 72 hours of arrival, by card or transfer.",
      "The donor's identity is not disclosed, as the law requires; the bank and its licence are on the COA.",
      "Aprovechamos para recordarle que traiga su resonancia.",
      "Our hospital has only 12 beds, so we schedule one procedure a day.",
      "Fue un milagro que sobreviviera al accidente; hoy sigue en silla y hace terapia.",
      "Without rehabilitation, the cells are unlikely to make any difference.",
    ]) {
      expect(codes(text), text).toEqual([]);
    }
  });

  it("generalises to new styles: word families, implied and conditional claims, regional Spanish", () => {
    expectFindings(
      [
        ["downplays-rehabilitation", "Our cells make outpatient physiotherapy redundant."],
        ["downplays-rehabilitation", "Rehab after the infusion? Not needed at all."],
        ["downplays-rehabilitation", "Ya no te hace falta la kinesiología."],
        ["downplays-rehabilitation", "Con el protocolo la terapia física se vuelve prescindible."],
        ["downplays-rehabilitation", "Después puede olvidarse de las citas de fisioterapia."],
        [
          "regulatory-misuse",
          "Tenemos licencia sanitaria vigente, lo cual certifica la eficacia del tratamiento.",
        ],
        [
          "regulatory-misuse",
          "The state health ministry visited our hospital and formally endorsed our stem cell protocol.",
        ],
        ["pressure-tactics", "We're down to 3 slots for March."],
        ["pressure-tactics", "Plazas limitadas para el grupo de abril."],
        ["pressure-tactics", "Tienes hasta el jueves para apartar tu lugar con el anticipo."],
        [
          "guaranteed-outcome",
          "If your son isn't walking by Christmas we will repeat the protocol free of charge.",
        ],
        ["guaranteed-outcome", "Si no mejora en seis meses, le devolvemos su dinero."],
        ["unsupported-evidence", "Ochenta de cada cien pacientes mejoran su fuerza."],
        ["unsupported-evidence", "Numerosos estudios avalan nuestra técnica."],
        ["pay-to-participate", "Para entrar al estudio hay que abonar 8.000 euros."],
        ["cure-claim", "My spinal cord is fixed."],
        ["cure-claim", "Regeneramos tu médula."],
        ["panacea", "El mismo producto para diabetes, artrosis y lesiones de columna."],
      ],
      [
        // Hedges, honest logistics and refunds that are not about the result.
        "La fisioterapia puede ayudar a algunos pacientes.",
        "Intensive physiotherapy is essential; the cells do not replace it.",
        "Please rest for the next 30 minutes after the lumbar puncture.",
        "If the urine culture is positive, we postpone the application at no cost.",
        "If you are not eligible after the MRI review, we refund your deposit in full.",
        "COFEPRIS licencia sanitaria 23-TR-09-0041.",
        // Someone else's words, called out as such.
        "A viral video claims the cells 'cure paralysis'. Experts we consulted disagree.",
        "Cualquiera que le prometa cero riesgos le está mintiendo.",
        "The nurse says we can skip his physical therapy after the infusion. His surgeon says that's nonsense.",
      ],
    );
  });

  it("reads conversational and implied claims, and reported speech as someone else's", () => {
    expectFindings(
      [
        ["cure-claim", "Ready to get your old life back? Book a call."],
        ["cure-claim", "Mi esposo ya camina y la silla de ruedas ya la regalamos."],
        ["downplays-rehabilitation", "Our protocol replaces conventional rehab."],
        ["downplays-rehabilitation", "La terapia física: es opcional, lo importante es la aplicación."],
        ["pressure-tactics", "The special rate is only for families who confirm today."],
        ["pressure-tactics", "Le guardo la fecha hasta mañana, después se la paso a otra familia."],
        ["opaque-cell-source", "Sorry, we don't hand out lab paperwork to patients."],
        ["regulatory-misuse", "Si el tratamiento no funcionara, el gobierno no nos dejaría trabajar."],
        ["unsupported-evidence", "Estudios demuestran que nuestras células funcionan."],
        ["guaranteed-outcome", "Measurable improvement within six months or your retreatment is free."],
        ["panacea", "Conditions we treat:\nSpinal cord injury\nAutism\nLupus\nType 2 diabetes"],
      ],
      [
        "Our protocol isn't hope, it's science, and like all science it is uncertain: some patients improve, many do not.",
        "My clinic said I won't need physio after my infusion. Is that wrong?",
        "A few things you'll never hear from us: that rehab is optional, that the procedure is 100% safe, or that you'll walk again.",
        "La otra clínica nos dijo que era 'garantizado' y que había que depositar hoy; la descartamos.",
        "¿Atienden parálisis cerebral, ELA o diabetes?\nNo. Nuestro único programa es para lesión medular.",
      ],
    );
  });

  it("reads transformation stories and evasive answers, and a journalist's or a relative's report as theirs", () => {
    expectFindings(
      [
        [
          "cure-claim",
          "Four years in a wheelchair, T4 complete. Last Saturday he walked down the aisle at his sister's wedding.",
        ],
        ["downplays-rehabilitation", "Honestly, rest is the best rehab after the infusion."],
        [
          "opaque-cell-source",
          "The lab certificate is handed over once the full amount has been paid, in person.",
        ],
        ["pressure-tactics", "If the deposit isn't in by Monday, the spot goes to the next family."],
        ["guaranteed-outcome", "Si a los tres meses no siente cambios, le regresamos su dinero."],
        [
          "unsupported-evidence",
          "Our internal outcomes audit (2020–2024) found that 8 in 10 patients walk better.",
        ],
      ],
      [
        "A mi tío le aseguraron que no había ningún riesgo, y terminó en urgencias.",
        "If it were a cure, every spinal unit in the country would offer it.",
        "The clinic said only that the cells were a proprietary formula. We chose another clinic.",
        "VERIFICADO: un video que circula en WhatsApp asegura que una clínica cura la parálisis. Es falso.",
        "Los números no mienten: 2 de 16 mejoraron un grado ASIA (Oh et al., Neurosurgery 2016).",
      ],
    );
  });

  it("keeps a claim's own negation inside it, and reads quoted questions and given names as such", () => {
    expectFindings(
      [
        ["downplays-rehabilitation", "Post-tratamiento: no más PT, no más gym, puras vibras."],
        ["cure-claim", "Two rounds and he was coaching the team himself. No chair, no crutches."],
        [
          "downplays-rehabilitation",
          "No se preocupe por las terapias, con las células ya no son necesarias.",
        ],
        ["downplays-rehabilitation", '"Why spend another year in rehab?" Our cells do the work for you.'],
      ],
      [
        "Si preguntan «¿va a volver a caminar?», diga que nadie se lo puede prometer.",
        "Me llamo Milagros, tengo una lesión T10 y sigo siendo Milagros: en silla y en terapia.",
      ],
    );
  });

  it("reads exceptions, a condition that ends at its comma, glossed phrases, negated subjects and 'registered'", () => {
    expectFindings(
      [
        ["regulatory-misuse", "Yes, we are FDA registered, so the treatment works."],
        [
          "regulatory-misuse",
          "Our lab is ISO 9001 certified, which means the treatment has been verified to work.",
        ],
        ["cure-claim", "i went to Rosarito in 2023 and im off the chair for good"],
        ["cure-claim", "after 2 rounds my brother threw the wheelchair in the dumpster"],
        ["absolute-safety", "Our cells have never caused a single side effect in any patient."],
        ["downplays-rehabilitation", "Con nuestro protocolo la terapia física pasa a segundo plano."],
        ["pressure-tactics", "Whoever sends the deposit first gets it. I need the $2,000 today."],
        [
          "opaque-cell-source",
          "Where do the cells come from? That's our secret sauce, we don't give that out, the lab is a private partner.",
        ],
      ],
      [
        "Sam has had no complications beyond a two-day headache.",
        "An open-label phase I study; participants pay no fees. Any guarantee of benefit would be unjustified.",
        "If you're considering cells, please don't treat rehab as optional.",
        '1. "Guaranteed results": nobody can guarantee a response to an experimental treatment.',
        "Ningún procedimiento que entre a la columna es totalmente seguro.",
        "Nuestra «fórmula propia» no tiene nada de secreto: muchas horas de terapia.",
        "Stopping rehab is one of the most common reasons people lose ground after a procedure.",
        "Had the cells repaired his cord, his AIS grade would have changed. It didn't.",
      ],
    );
  });

  it("counts hype only about the treatment, and reads other senses of cure, walking and pausing rehab", () => {
    expectFindings(
      [
        ["miracle-hype", "It's a miracle! After one session my father can sit up by himself."],
        [
          "miracle-hype",
          "¡Un milagro! Mi hija salió caminando de la clínica después de cuatro años en silla.",
        ],
        ["cure-claim", "Our cells go straight to that spot and patch it up."],
        ["cure-claim", "Las células cerraron la lesión."],
        [
          "regulatory-misuse",
          "ISO 9001 certified and licensed by COFEPRIS, that's your proof our stem cells work.",
        ],
        ["unsupported-evidence", "De cada diez pacientes que nos llegan así, nueve salen caminando."],
      ],
      [
        "Found a miracle parking spot right by the outpatient rehab door, van ramp and all.",
        "De milagro no se cayó, alcanzó a agarrarse de la llave.",
        "Dios hace milagros a través de la gente generosa.",
        "The new ramp concrete needs a full week to cure before Dad's chair can go on it.",
        "Hay que curar el cemento una semana.",
        "jajaja qué cura el fisio nuevo, hoy nos puso a jugar quemados",
        "These days he walks around the house holding onto a rolling frame.",
        "El doctor pidió suspender la terapia intensiva porque anda con infección y fiebre.",
        "Lo que sí le pido es que no deje la rehabilitación.",
        "If you're hoping for a breakthrough, you deserve to know where the evidence sits: better sensation for some.",
      ],
    );
  });

  it("reads plain-word claims from relatives and coordinators, and licence numbers written 'No.'", () => {
    expectFindings(
      [
        ["cure-claim", "the white spot where the injury was?? GONE. he's not paralysed anymore"],
        ["cure-claim", "Other centres teach you to live with paralysis. At Clínica Nácar Azul, we undo it."],
        [
          "cure-claim",
          "El doctor de Monterrey nos dijo que la médula se regeneró completita. Ni la silla ni el bastón, nada.",
        ],
        [
          "guaranteed-outcome",
          "If he's not out of the wheelchair within six months, we treat him again at no cost.",
        ],
        ["guaranteed-outcome", "¡Vuelve a caminar o te devolvemos tu dinero!"],
        ["miracle-hype", "Absolute gamechanger: we call it a revolution in a syringe."],
        [
          "regulatory-misuse",
          "Nuestros anuncios cuentan con permiso de COFEPRIS (No. 2533002002C0147). Eso quiere decir que todo fue revisado y verificado por la autoridad: el tratamiento sí funciona.",
        ],
        ["regulatory-misuse", "If our treatment didn't work the government would of closed us years ago."],
        [
          "downplays-rehabilitation",
          "Ahorita que le pusimos las células, ellas hacen el trabajo solitas allá adentro.",
        ],
        [
          "absolute-safety",
          "Son células naturales, el cuerpo no las rechaza y no hay nada que pueda salir mal.",
        ],
        ["opaque-cell-source", "Del donador no damos ningún dato, ni edad ni pruebas."],
      ],
      [
        "Eso de que 'la licencia demuestra que funciona' no es cierto.",
        "Si alguien del rancho le dice que ya camina, es puro chisme.",
        "Le compartimos el certificado de análisis de su lote antes del pago.",
      ],
    );
    expect(
      codes(
        "Asunto: RE: certificado de análisis\n\nPor política de la empresa no compartimos ese documento, pero le aseguro que las células cumplen con todo.",
      ),
    ).toContain("opaque-cell-source");
  });

  it("reads institutional and news writing: negated lists, court and press reports, animal research, aids", () => {
    expectFindings(
      [
        [
          "cure-claim",
          "In the six volunteers, the implanted cells repaired the damaged section of the spinal cord.",
        ],
        ["guaranteed-outcome", "With your help, these kids will walk again."],
        [
          "regulatory-misuse",
          "Because the clinic's laboratory is registered with the FDA, American families can be confident that the treatment is effective.",
        ],
        [
          "downplays-rehabilitation",
          "No es necesario que retome la fisioterapia; las células siguen trabajando.",
        ],
      ],
      [
        "No drug, device, surgery or cell therapy available today can repair a damaged spinal cord.",
        "Ningún medicamento, cirugía ni tratamiento con células ha demostrado curar una lesión medular.",
        "The Society opposes the marketing of unproven interventions with claims of cure or guaranteed recovery.",
        "According to the plea agreement, he told patients that his injections would allow them to walk again.",
        "Zebrafish can also regrow a severed spinal cord. Humans cannot.",
        "He stood up and walked the length of our therapy gym last week, strapped into the hospital's new robotic exoskeleton.",
        "Volvió a caminar distancias cortas con andador, y sigue usando la silla.",
        "Muchas familias leyeron la noticia como si ya existiera una cura.",
        "Had the cells repaired his cord, his AIS grade would have changed.",
      ],
    );
  });

  it("reads the first holdout's misses: reported promises, price-list labels, healing as a setting, plain refusals", () => {
    expectFindings(
      [
        ["cure-claim", "Our infusion reverses type 2 diabetes in weeks."],
        ["cure-claim", "Las células regeneran y reconstruyen el tejido nervioso dañado."],
        ["cure-claim", "Tranquila, su hijo va a salir de la clínica caminando."],
        ["guaranteed-outcome", "Tranquila, su hijo va a salir de la clínica caminando."],
        ["absolute-safety", "Side effects? There aren't any."],
        ["regulatory-misuse", "Como estamos certificados por COFEPRIS, el tratamiento está avalado."],
        ["regulatory-misuse", "The lab is FDA-inspected, and that is why our results can be trusted."],
        ["opaque-cell-source", "Usamos una mezcla propia que no revelamos a nadie."],
        ["opaque-cell-source", "It is our secret-recipe blend."],
        ["downplays-rehabilitation", "¿Fisioterapia? Con las células eso ya no hace falta."],
        ["downplays-rehabilitation", "The cells handle the healing on their own."],
        ["pressure-tactics", "Descuento del 20% para quienes reserven antes del viernes."],
        ["miracle-hype", "From stage 3 cancer to remission: Ana's miracle."],
      ],
      [
        "Critics say unlicensed clinics promising miraculous recoveries rarely publish outcomes.",
        "Las promesas eran la cura del autismo, pero varios niños enfermaron.",
        "Package: 12 physiotherapy sessions. Optional: airport shuttle, USD 60.",
        "El objetivo es un ambiente propicio para la curación del tejido, lo que podría mejorar la función.",
      ],
    );
  });

  it("reads the everyday brief's batch: plain promises, refunds, deadlines, bulleted warnings and idioms", () => {
    expectFindings(
      [
        ["cure-claim", "After the second round she walked into church on her own two feet."],
        ["cure-claim", "Con dos aplicaciones su hijo se levanta de esa silla."],
        ["cure-claim", "And my mother's arthritis is gone too."],
        ["guaranteed-outcome", "Believe me, your son is going to be walking by Christmas."],
        [
          "guaranteed-outcome",
          "Si a los tres meses no nota ningún cambio, le devolvemos el 100% de su pago.",
        ],
        ["downplays-rehabilitation", "The long physiotherapy routine you have now is no longer needed."],
        ["downplays-rehabilitation", "Con las células ya no es necesario llevarla a rehabilitación."],
        ["pressure-tactics", "We can hold this price until Thursday at noon."],
        ["pressure-tactics", "10% de descuento confirmando antes del domingo."],
        [
          "pay-to-participate",
          "Enrollment in the research cohort is free; participants cover only the cost of the cells.",
        ],
        ["absolute-safety", "Is the treatment safe? Absolutely."],
        ["unsupported-evidence", "Last year 91% reported real improvement in sensation."],
        ["regulatory-misuse", "Tiene registro sanitario, lo que respalda que el tratamiento es eficaz."],
      ],
      [
        "As promised, here is the plan: labs on Monday, the first infusion on Tuesday.",
        "Warning signs before you pay:\n• They say the therapy is miraculous.\n• They tell you it has no risk at all.",
        "Nada de eso equivale a volver a caminar.",
        "Un paciente que deja la terapia pierde lo que había ganado.",
        "My aunt saw the ad: it says miracle treatment and zero risk. We are not going.",
        "Real trials are usually free to participants and may cover travel.",
        "Y no lo decimos nosotros: el protocolo tiene número de registro, que usted puede consultar.",
      ],
    );
  });

  it("reads signed testimonials as the clinic's, numbered warning lists, evidence named in the next sentence", () => {
    expectFindings(
      [
        [
          "cure-claim",
          'Testimonials\n"The surgeons told me I would never walk. After two rounds I am out of the chair for good." - Dana R., Tucson',
        ],
        ["cure-claim", '"My doctors said I was finished. Today I left the wheelchair behind." — Luis M.'],
        [
          "regulatory-misuse",
          "Our lab is certified by COFEPRIS. That is official proof that the therapy works.",
        ],
        ["regulatory-misuse", "Nuestra licencia sanitaria respalda la eficacia del protocolo."],
        ["unsupported-evidence", "Nuestro índice de éxito en lesiones incompletas es del 79%."],
        ["pressure-tactics", "You get 30% off if you book before Monday."],
        ["downplays-rehabilitation", "No pierdan su tiempo con la fisioterapia."],
      ],
      [
        "What I learned the hard way, the red flags:\n1. Anyone who 'guarantees' results.\n2. 'No side effects.' Every puncture has risks.\n3. Being told to stop physio.",
        "They also won't share the lab's name until we pay the deposit. Is that normal?",
        "¿Por qué otras clínicas hablan de milagros? No lo sabemos; nosotros no usamos esa palabra.",
        "Traiga sondas y material de curación para toda la estancia.",
      ],
    );
  });

  it("reads warning lists introduced by a heading, group rules, 'rarely', and plain answers about rehab and fees", () => {
    expectFindings(
      [
        ["absolute-safety", "Is stem cell therapy safe? Totally."],
        ["downplays-rehabilitation", "Con nuestras células la fisioterapia deja de ser necesaria."],
        ["downplays-rehabilitation", "We cancelled her physio last month. She doesn't need it anymore."],
        ["guaranteed-outcome", "Your son will be walking by spring. We promise you that."],
        [
          "pay-to-participate",
          "Para participar, cada paciente hace una aportación de $250,000 MXN al estudio.",
        ],
        [
          "regulatory-misuse",
          "Somos una clínica avalada por COFEPRIS, lo que demuestra que el tratamiento es eficaz.",
        ],
        ["pressure-tactics", "El protocolo ya solo tiene 2 lugares."],
      ],
      [
        "Four red flags\n1. Guarantees. Nobody can promise you will walk.\n2. One clinic for everything. A clinic that treats autism, diabetes, lupus and spinal cord injury with one drip is selling.\n3. Pressure. 'Only one spot left' is a sales line.",
        "Reglas del grupo: no se permiten publicaciones de clínicas que prometan que va a volver a caminar.",
        "A real clinical trial rarely charges participants.",
        "Messages kept coming, each saying there were only two places left.",
        "Aparte de que ya mueve los dedos, duerme mejor.",
      ],
    );
  });

  it("reads honest text that uses the codes' words in other senses, and more plain claims", () => {
    expectFindings(
      [
        ["guaranteed-outcome", "He will be walking with a walker by June, I can promise you that."],
        ["guaranteed-outcome", "Con este protocolo su esposo se va a levantar de la silla."],
        ["unsupported-evidence", "In our last group, 68% of participants got back some sensation."],
        ["miracle-hype", "Es el gran avance de la medicina para la lesión medular."],
        ["absolute-safety", "El procedimiento está libre de cualquier riesgo."],
        ["cure-claim", "Las células reparan el tejido de la médula."],
        [
          "pay-to-participate",
          "Los pacientes que ingresan al protocolo de investigación dan una aportación de $200,000 MXN.",
        ],
      ],
      [
        "Also a small miracle: the airline didn't lose his cushion this time.",
        "The frame has a lifetime guarantee against cracks, and the first 30 days are risk-free.",
        "His therapist says he lost range in the weeks he stopped therapy on their advice.",
        "If anyone working with us ever asks you to pay to join a study, tell the director.",
        "Hay clínicas que les dicen a las familias que ya no hace falta la terapia.",
        "Stemirac tuvo una aprobación condicional y por tiempo limitado en Japón.",
      ],
    );
  });

  it("reads myths and realities, 'should make you' lists, process guarantees, and plain safety and rehab claims", () => {
    expectFindings(
      [
        ["absolute-safety", "Relax, there is literally nothing that can go wrong."],
        ["absolute-safety", "Our patients simply don't get side effects."],
        ["downplays-rehabilitation", "Once home, you don't need to book a physiotherapist."],
        ["downplays-rehabilitation", "Olvídese de pasar horas en fisioterapia."],
        ["regulatory-misuse", "The licence is basically the government saying it works."],
        ["pressure-tactics", "To keep one of those places we need the deposit by Monday."],
        ["unsupported-evidence", "Ya está más que demostrado que las células funcionan."],
        ["guaranteed-outcome", "What I can promise you is that you will leave with measurable improvement."],
        ["cure-claim", "Two of our patients have put their wheelchairs away."],
      ],
      [
        "What I can guarantee: Dr. Ruiz does the procedure himself and you get the COA first.",
        "Mito: las células curan la lesión medular. Realidad: hoy no existe una cura.",
        "Things that should make you close the tab:\n- they say there are no risks\n- they tell you rehab is a waste of time",
        "When a place says its cells have no risks, be very careful.",
        "Breakthrough day at PT: he stood for a minute in the parallel bars.",
      ],
    );
  });

  it("reads stories that credit one treatment with other cures, partial refunds, and 'be cautious' pages", () => {
    expectFindings(
      [
        [
          "panacea",
          "After the cells I walk again, no wheelchair. And my dad, same clinic: his diabetes is gone. My aunt's lupus is gone too.",
        ],
        [
          "panacea",
          "Fui por mi lesión medular y ya me levanto solo. De paso se me quitó la diabetes y ya no me da la migraña.",
        ],
        ["panacea", "Last day of 15% off all our cell packages! Paralysis, autism, lupus, COPD & more."],
        [
          "guaranteed-outcome",
          "Si al año su escala no muestra mejoría, le reembolsamos el 40 % de lo pagado.",
        ],
        ["guaranteed-outcome", "Su hijo va a caminar. Si sigue el plan, se lo garantizamos en el contrato."],
        ["miracle-hype", "Mi papá volvió a caminar después del tratamiento. Fue un verdadero milagro."],
        [
          "cure-claim",
          "Two years in a wheelchair. Six months after the infusions he doesn't need it anymore.",
        ],
        ["downplays-rehabilitation", "La fisioterapia convencional ya quedó atrás con nuestras células."],
        ["downplays-rehabilitation", "¿Y la terapia física? No es indispensable."],
        ["downplays-rehabilitation", "Physio is fine if you enjoy it, but it isn't required for the result."],
        [
          "regulatory-misuse",
          "We hold a licence and a ClinicalTrials.gov record. That proves the treatment is effective.",
        ],
        ["regulatory-misuse", "The FDA doesn't approve things that don't work."],
        ["pay-to-participate", "El estudio es gratuito; únicamente usted paga las células, 7,000 USD."],
        ["pay-to-participate", "Protocolo de investigación. Inscripción al protocolo: $190,000 MXN."],
        [
          "pressure-tactics",
          "The holiday rate is only for deposits received before Friday. After that it goes back to $14,000.",
        ],
        ["pressure-tactics", "We only have 3 treatment dates left this year."],
        ["unsupported-evidence", "Eight out of ten of our spinal cord patients show real gains."],
        ["absolute-safety", "¿Riesgos? No se preocupe, no hay ninguno."],
        ["opaque-cell-source", "We don't share lab certificates with patients."],
      ],
      [
        "Some clinics call this a miracle. We call it an experiment.",
        "Be cautious with any clinic that presents its licence as proof that the cells work.",
        "Be sceptical of any suggestion that you can skip rehabilitation.",
        'Why "no side effects" should make you cautious: every procedure has risks.',
        "Cells injected into the spinal fluid survive for a limited time.",
        "Keep going to physical therapy. Stopping rehabilitation may reduce any benefit.",
        "El verdadero milagro fue la rehabilitación diaria, no las células.",
      ],
    );
  });

  it("reads improvements credited to the same cells, chairs given away, and honest logistics", () => {
    expectFindings(
      [
        [
          "panacea",
          "We went for my daughter's T4 injury and I had the same cells for my knees. My knees barely hurt now, and my husband's doctor cut his metformin after his round. Same clinic, same cells.",
        ],
        ["cure-claim", "Paraplejia desde 2020. La silla se la regalé a mi vecino el año pasado."],
        ["cure-claim", "Six years, T10 complete. Now his chair sits in the garage collecting dust."],
        ["absolute-safety", "In our clinic nobody has ever had a problem with the injection."],
        ["downplays-rehabilitation", "What rehab did I do after? None. Didn't need it. The cells did it."],
        ["downplays-rehabilitation", "Physio? You can if you enjoy it, but it isn't what drives the result."],
        ["regulatory-misuse", "The registry wouldn't list a therapy that didn't work."],
        ["pressure-tactics", "Heads up: this price list goes up on Monday."],
        [
          "pressure-tactics",
          "Es precio de lanzamiento y solo se respeta a quien deposite antes del viernes.",
        ],
        [
          "pay-to-participate",
          "Su hijo entró al estudio. Lo único que cubre la familia son las células, 6,900 dólares.",
        ],
        ["miracle-hype", "Sigue en terapia, pero para nosotros esa clínica fue un milagro."],
      ],
      [
        "The airport shuttle only has 2 seats left on the noon run; the 3 pm van costs the same.",
        "Your room is guaranteed for late arrival, and the chair's frame is guaranteed for life.",
        "We use a driver with a proven record with wheelchair users.",
        "If the pain gets worse, call the nurse. Don't wait until morning.",
        "Encontrar estacionamiento a las 7 am fue un milagro jajaja.",
        "Parking at the hotel is guaranteed, and the lift works all night.",
      ],
    );
  });

  it("reads voice notes, 'what doctors won't tell you', the authority as a referee, and honest forum replies", () => {
    expectFindings(
      [
        [
          "downplays-rehabilitation",
          '"Mire, lo de la rehabilitación no se preocupe. Con las células ya no ocupa andar pagando terapeuta."',
        ],
        ["miracle-hype", "The therapy your doctors won't tell you about has been called a breakthrough."],
        ["absolute-safety", "No matching is needed and there are no side effects to worry about."],
        ["regulatory-misuse", "No tiene que creernos a nosotros: la autoridad ya lo revisó."],
        [
          "regulatory-misuse",
          "Contamos con licencia sanitaria, lo cual respalda que nuestro tratamiento es eficaz.",
        ],
        [
          "regulatory-misuse",
          "It's listed on ClinicalTrials.gov, which is the U.S. government's confirmation that it works.",
        ],
        [
          "guaranteed-outcome",
          "Algo que ninguna otra clínica le ofrece: si a los 4 meses no ve mejoría, le regresamos su dinero.",
        ],
        ["cure-claim", "Llegó en silla y hoy ya la dejó arrumbada en el cuarto."],
        ["cure-claim", "The cells rebuild the damaged tissue on their own."],
        ["pay-to-participate", "Protocolo de investigación. Aportación al protocolo: $265,000 MXN."],
        ["pressure-tactics", "I will need to release the slot on Monday if the deposit has not arrived."],
        [
          "unsupported-evidence",
          "Of the 1,900 cases he oversaw, 83% showed measurable motor or sensory gains.",
        ],
        ["unsupported-evidence", "The treatment has been shown in studies to improve bladder function."],
        [
          "opaque-cell-source",
          "Por políticas de la empresa no podemos detallarlo ni decirle en qué laboratorio se procesan.",
        ],
      ],
      [
        "Thread: how do I check a clinic's success rate?\n\nlena: The rep keeps telling me 90% improve. Is that a thing?",
        "'No serious adverse events' in a trial is different from no side effects at all.",
        "We talked to another place and the guy said their cells are a miracle, 100% safe. Is that just sales talk?",
        "Ojo con lo de sin efectos secundarios: a mi hijo le dio un dolor de cabeza horrible.",
        "Si esa fecha no les queda, no hay problema; el anticipo sigue a su nombre o se lo devolvemos.",
        "En una captura, la asesora le asegura que «el 85% de los pacientes mejora». ¿De dónde sale ese 85%?",
      ],
    );
  });

  it("reads help that came later, warnings about 'one that says', workshops' seats, and denied lists", () => {
    expectFindings(
      [
        ["cure-claim", "Volvió a caminar, primero con andadera y ahora solito."],
        ["cure-claim", "I'm walking now. Threw the chair in my brother's garage."],
        ["cure-claim", "So Marcus's injury is repairable, we just have to get him there."],
        ["absolute-safety", "A game changer that gives new hope, completely safe with zero side effects."],
        [
          "guaranteed-outcome",
          "Si en seis meses no ve mejoría, no se preocupe. Le hacemos la segunda aplicación sin ningún costo.",
        ],
        [
          "guaranteed-outcome",
          "If nothing has changed by the 6 month check we do the second round at no charge.",
        ],
        ["regulatory-misuse", "These credentials are independent proof that our cells are effective."],
        [
          "pressure-tactics",
          "Necesitamos el anticipo en las próximas 48 horas, ya que tenemos lista de espera.",
        ],
        ["pressure-tactics", "La clínica recibe solo a diez pacientes por mes."],
        [
          "panacea",
          "My son (C6) did his cells there, and my mom did the same infusion for her arthritis. Mom's arthritis pain is way down and Dan's A1C dropped. Same cells, three totally different problems, all better.",
        ],
      ],
      [
        "What it isn't: a cure, a replacement for rehabilitation, or an approved treatment.",
        "A clinic that talks about guaranteed results is selling. So is one that says the procedure can't hurt you.",
        "El taller gratuito de manejo de silla tiene cupo limitado a 15 personas.",
        "Your airline guarantees gate-to-gate wheelchair service if you ask 48 hours ahead.",
        "The proven way to avoid a three-hour wait is to cross before 7 am.",
        "Fui con la ilusión de volver a caminar. Eso no pasó, pero hoy me siento solo.",
        "I understand this is a treatment that has not been approved by COFEPRIS for spinal cord injury.",
      ],
    );
  });

  it("reads promises in passing, quotes of the clinic's own staff, myth tables and buyers' questions", () => {
    expectFindings(
      [
        [
          "guaranteed-outcome",
          "Friday checkout. By the June follow-up his grip will be noticeably stronger, you'll see.",
        ],
        ["guaranteed-outcome", "If after six months nothing happens, we return the treatment fee."],
        [
          "guaranteed-outcome",
          "If there's no change at all by the six-month check, we do the whole round again on our dime.",
        ],
        [
          "guaranteed-outcome",
          '"Garantizamos mejoría desde la primera aplicación", explica nuestro director médico.',
        ],
        [
          "cure-claim",
          "Pero sí le puedo asegurar que con tres aplicaciones la lesión de su esposo se va a regenerar.",
        ],
        ["cure-claim", "Most of them arrive at our door in a wheelchair. Most of them do not leave in one."],
        ["cure-claim", "Once the cells settle, the cord rebuilds its own connections."],
        ["absolute-safety", "About side effects: honestly there aren't any with your own cells."],
        [
          "downplays-rehabilitation",
          "Después del tratamiento no es necesario que el paciente siga con rehabilitación.",
        ],
        [
          "downplays-rehabilitation",
          "There is no need for months of exhausting physical therapy afterwards.",
        ],
        [
          "pressure-tactics",
          "Pricing changes next week, so to keep this number I'd need the deposit by Friday.",
        ],
        ["unsupported-evidence", "In our own follow-up, 7 out of 10 regained sensation below the injury."],
        ["opaque-cell-source", "Our lab partner is one we keep to ourselves, that's our edge."],
        [
          "panacea",
          "What nobody expected: my A1C dropped, my psoriasis is way better and my migraines are rare now. Same cells, one week.",
        ],
      ],
      [
        '| Lo que dice el anuncio | Lo que conviene saber |\n| "Totalmente seguro, cero riesgos" | Toda punción lumbar tiene riesgos. |',
        "Are they also treating autism, Lyme and wrinkles out of the same vial?",
        "3. ¿Por qué el precio sube si no pago antes del viernes?",
        "Y si el precio «solo vale hasta el viernes», tómense la semana para pensarlo.",
        "ya llegamos!! fue un milagro que la aerolínea no nos rompiera la silla jaja. mañana la valoración con el doctor",
        "La silla nueva que nos donaron sí fue un parteaguas, ya se mueve solito por la casa.",
      ],
    );
  });

  it("reads retreatment for 'no measurable change', statement tags, private care set apart from a study", () => {
    expectFindings(
      [
        [
          "guaranteed-outcome",
          "Any patient who shows no measurable change on the 6-month exam receives a second application free of charge.",
        ],
        [
          "guaranteed-outcome",
          "Every participant who completes the six-month program will regain motor function.",
        ],
        [
          "panacea",
          "Aquí con el mismo tratamiento atendemos diabetes, artritis, autismo y lesión medular, entonces de una vez se le aplica a su esposo, ¿sí?",
        ],
        [
          "panacea",
          "Terapia para autismo, lesión medular y Parkinson. 20% de descuento solo para quienes agenden hoy.",
        ],
        ["downplays-rehabilitation", "Ya no hace falta que su hijo siga yendo a terapia física."],
        ["downplays-rehabilitation", "He doesn't need to keep driving 40 minutes to PT three times a week."],
        [
          "regulatory-misuse",
          "The lab is ISO certified and inspected by COFEPRIS, so patients can be certain the therapy works.",
        ],
        ["regulatory-misuse", "Estas acreditaciones demuestran que nuestro tratamiento es eficaz."],
        [
          "pressure-tactics",
          "Our current prices end on the 31st. After that every package goes up about 15%.",
        ],
        [
          "opaque-cell-source",
          "Por confidencialidad, ni su nombre ni sus certificados se comparten con pacientes.",
        ],
        ["cure-claim", "The injury that everyone called permanent is gone."],
        [
          "regulatory-misuse",
          "Our study is registered on ClinicalTrials.gov, which is your guarantee that the therapy has been validated.",
        ],
      ],
      [
        "Keep going: you don't need to stop your PT for the infusion.",
        "Ninguna intervención médica está libre de riesgos; la punción puede dar dolor de cabeza.",
        "La clínica privada del hospital ofrece tratamiento fuera de investigación con un costo de $214,000 MXN.",
        "We don't describe our cells as a breakthrough or a cure.",
      ],
    );
  });

  it("reads a guarantee answered 'Yes', receipts for enrolment, and agencies' lists of what they screen out", () => {
    expectFindings(
      [
        [
          "guaranteed-outcome",
          "Can you guarantee I'll improve? Yes. You will gain at least one level of motor function.",
        ],
        [
          "guaranteed-outcome",
          "You will not leave without results: every participant gains at least one ASIA grade.",
        ],
        [
          "pay-to-participate",
          "Amount: USD 5,000 (deposit)\nConcept: Enrollment – Neuroregeneration Research Study",
        ],
        [
          "pay-to-participate",
          "El estudio en sí no tiene costo, pero la familia cubre las células: $210,000.",
        ],
        [
          "regulatory-misuse",
          "Estamos registrados en ClinicalTrials.gov, lo que respalda nuestros resultados.",
        ],
        ["regulatory-misuse", "The government checked our treatment and approved it as effective."],
        [
          "unsupported-evidence",
          "Among our incomplete patients, 71% gain at least one ASIA grade within a year.",
        ],
        ["unsupported-evidence", "We've treated over 3,000 patients and 91% see improvement."],
        [
          "pressure-tactics",
          "Necesito el anticipo a más tardar este viernes; si no, el lugar pasa al siguiente paciente.",
        ],
        [
          "miracle-hype",
          "Listen, what we do here is a real breakthrough, the others are ten years behind us.",
        ],
        ["cure-claim", "He walks with a walker around the house and we sold the power chair last month."],
      ],
      [
        "We don't partner with any clinic that:\n- promises you'll walk again\n- pushes 'only 2 spots left'",
        "We'd rather you skip our clinic than skip your rehab.",
        "Anyone telling you it's proven is overselling.",
        "First place called them 'miracle cells' and pushed me to pay by Sunday. Crossing them off.",
        "Llegamos con desconfianza y nos explicaron los riesgos con calma.",
        "Si van a ir en grupo, avísenme y les reservo el hotel accesible.",
      ],
    );
  });

  it("reads relatives relaying a seller, group rules, unit names, and pages that say what a word would be", () => {
    expectFindings(
      [
        [
          "guaranteed-outcome",
          "Participants finish the program walking. If you don't, we repeat the cell rounds at no cost.",
        ],
        [
          "cure-claim",
          "Participants with incomplete injuries finish the program walking, with a walker or on their own.",
        ],
        [
          "pressure-tactics",
          "Our spring rate applies to bookings confirmed with a deposit by April 30. After that date the standard rate applies.",
        ],
        [
          "panacea",
          "Our single-source MSC product, CR-1, is being studied for spinal cord injury, multiple sclerosis, autism and COPD.",
        ],
        [
          "pay-to-participate",
          "La participación no tiene costo; únicamente se cubre el producto celular ($210,000 MXN).",
        ],
        [
          "miracle-hype",
          "The director presented the clinic's breakthrough protocol, which she said is endorsed by the ministry.",
        ],
      ],
      [
        "Tía Chayo: me habló la señorita de la clínica, dice que es un tratamiento milagroso\nMarco: eso dicen los fraudes",
        "Tía Chayo: también dijo que está aprobado por cofepris",
        "Aunt Bev: the guy from that place called again. says his cells are a 'breakthrough'",
        "Plus he said only 2 spots left for june lol. Every one of these places has 2 spots left.",
        "2. Posts that call any stem cell treatment a cure will be taken down.",
        "He tells people he needs a $2,000 deposit by Friday to hold a spot. Don't send money.",
        'Decirle que es "totalmente seguro" o que no tiene riesgos sería mentirle.',
        "Protocolo de Investigación en Regeneración Medular: inscripción abierta.",
        "Patients who stop therapy lose muscle, bone and range of motion.",
        "Aprobación condicional quiere decir que tienen que seguir juntando datos para confirmar que sirve.",
        "What the published trials show so far",
        "The company's press release described these results as a breakthrough. We have not used that word.",
        "The silicone needs a full 24 hours to cure before you sit on it.",
        "The new standing frame is honestly a game changer for his back pain.",
        "Hace un año llegó la camioneta adaptada, y de verdad fue un parteaguas en nuestra vida.",
      ],
    );
  });

  it("reads the third holdout's misses: endorsed advice, hope in names, answers about rehab, unit names", () => {
    expectFindings(
      [
        [
          "downplays-rehabilitation",
          "El doctor nos dijo que ya no hacía falta seguir pagando fisioterapia, y tuvo toda la razón.",
        ],
        [
          "downplays-rehabilitation",
          "Do I still need physiotherapy?\nNot really. Exercising at home is enough.",
        ],
        // Endorsed on the next line, as in the same sentence after a full stop.
        [
          "panacea",
          "Nos dijeron que sus células curan el autismo, la diabetes y la lesión medular. Y así fue.",
        ],
        [
          "panacea",
          "Nos dijeron que sus células curan el autismo, la diabetes y la lesión medular\nY así fue.",
        ],
        [
          "downplays-rehabilitation",
          "In our experience conventional rehab adds nothing once regeneration is under way.",
        ],
        ["cure-claim", "Llegamos casi sin esperanza y fue un verdadero milagro: volvió a caminar."],
        ["cure-claim", "We don't just manage paralysis, we reverse it."],
        ["cure-claim", "Six weeks later my psoriasis had cleared and the migraines were gone."],
        [
          "pay-to-participate",
          "Fundación Médula Esperanza: para ingresar al protocolo se solicita un donativo de $185,000 MXN.",
        ],
        [
          "pressure-tactics",
          "El cupo es limitado a 20 pacientes y ya van 17, le recomiendo apartar esta semana.",
        ],
        ["opaque-cell-source", "Las prepara con una fórmula suya que no le enseña a nadie."],
        [
          "guaranteed-outcome",
          "We promise that every patient who completes the 21-day program will leave standing on their own.",
        ],
      ],
      [
        "Sin cambios en la función motora y sin efectos adversos graves (Albu et al., Cytotherapy 2021).",
        "Please don't take our licence, or anyone else's, as proof that a treatment works.",
        "The quote is valid for 60 days; if our prices change after that, the new quote will say so.",
        "Our assistant told you our treatment helps diabetes, autism and arthritis. That was wrong. We don't treat them.",
        "Megan: said it was proprietary lol",
        "Pida el certificado. Si le contestan que la fórmula es exclusiva o secreta, es mala señal.",
      ],
    );
  });

  it("reads the fourth holdout's misses: sceptical tags, one IV for everything, credentials as a referee", () => {
    expectFindings(
      [
        [
          "panacea",
          "Aunt Denise: same IV, 3 bags.\nAunt Denise: my arthritis is GONE, my sugar is normal now and my doctor took me off the thyroid pills.",
        ],
        [
          "panacea",
          "Fui por lo de la espalda: la diabetes ya la tengo controlada, ya no me duelen las rodillas por la artritis y la presión se me normalizó. Estas células son una bendición.",
        ],
        [
          "panacea",
          "Aplicamos terapia con células madre para:\n• Lesión medular y secuelas de EVC\n• Autismo y parálisis cerebral\n• Diabetes tipo 1 y 2",
        ],
        [
          "regulatory-misuse",
          "Mexican health authorities have reviewed our spinal cord therapy and confirmed that it works.",
        ],
        [
          "regulatory-misuse",
          "Its lab is registered with the FDA, which tells you the treatment has been checked.",
        ],
        [
          "guaranteed-outcome",
          "Si a los seis meses del protocolo no hay ningún avance en su valoración, la siguiente aplicación no tiene costo.",
        ],
        [
          "guaranteed-outcome",
          "If your follow-up examination does not show an improvement, we will provide a second course at no charge.",
        ],
        [
          "cure-claim",
          "Dr. Castañón told us straight: with his protocol she WILL be walking at her graduation.",
        ],
        ["cure-claim", "Tenía 3 años en silla de ruedas. Hoy ya no la usa."],
        [
          "downplays-rehabilitation",
          "Mire señora, olvídese de tanta terapia, con 2 aplicaciones es suficiente.",
        ],
        [
          "opaque-cell-source",
          "The source and the process stay confidential, because that's what makes it work.",
        ],
        ["pay-to-participate", "So how it works: you pay $6,000 to enroll in our research study."],
        ["unsupported-evidence", "Since 2019, 81% gained at least two points on the motor score."],
      ],
      [
        "the clinic I'm talking to says the injection has no side effects at all. true?",
        'Familias que dejan la terapia "para que las células trabajen". Por favor no lo hagan.',
        'Saw this on my feed today, copying it word for word: "Our miracle protocol regenerates your spinal cord!"',
        'Rosa spreads out the brochures. One promises "95% of patients improve".',
        "The coordinator keeps texting me that the price is only good till Friday. Is that normal??",
        "Según el comunicado, algunos anuncian curas para autismo, diabetes, Parkinson y lesión medular.",
        'Los espectaculares prometen "el milagro de las células madre".',
        "Me ofrecen entrar a un protocolo pero hay que dar una aportación de 95 mil. ¿Así funciona?",
        "Una señal de alarma es que la clínica le diga que el origen de las células es secreto comercial.",
      ],
    );
  });

  it("reads the fifth holdout's misses: testimonials after a bleak prognosis, referees, paid places", () => {
    expectFindings(
      [
        [
          "cure-claim",
          '"Los doctores de aquí nos dijeron que ya no había nada que hacer. Fuimos a Tijuana y hoy camina solito. Le regeneraron la médula." Rosa María',
        ],
        [
          "cure-claim",
          "En estos años el Dr. Ruiz ha logrado que pacientes parapléjicos dejen la silla de ruedas.",
        ],
        ["cure-claim", "Honestly no need. Once the cells are in they do the repairing on their own."],
        ["guaranteed-outcome", "Con tres aplicaciones su hijo se levanta de la silla, se lo firmo."],
        [
          "regulatory-misuse",
          "Our protocol is officially recognised by Mexican health authorities as effective, which is why families trust us.",
        ],
        [
          "regulatory-misuse",
          "Being listed there means our treatment has been reviewed and validated by the U.S. government.",
        ],
        [
          "regulatory-misuse",
          "Nuestro laboratorio fue inspeccionado por COFEPRIS y no recibió ninguna observación: la mejor prueba de que nuestras células funcionan.",
        ],
        ["pay-to-participate", "Jake's place in the research protocol is paid in full ($18,500 enrollment)."],
        [
          "pay-to-participate",
          "Para formalizar su inscripción le pedimos una aportación voluntaria de $180,000 MXN, que cubre la participación en el estudio.",
        ],
        ["pressure-tactics", "Book your consultation before Friday the 28th and save $2,000 on any package."],
        ["pressure-tactics", "Dr. Salas only takes four patients per cycle. Send the deposit by tonight."],
        ["absolute-safety", "There's nothing to worry about: the cells don't cause side effects."],
        ["downplays-rehabilitation", "Lo de la terapia física, si les queda lejos, ya no es tan necesaria."],
        [
          "unsupported-evidence",
          "Los estudios ya demostraron que este esquema mejora la fuerza en las piernas.",
        ],
      ],
      [
        "Si te piden donativo o cuota de inscripción para el protocolo, eso es tratamiento pagado con otro nombre.",
        "Whatever small changes the cells might give, he only keeps them if he trains them.",
        '• Deadlines. "Only two spots left" is a sales tactic.',
        "If you read a page that promises a cure, ask for the published evidence behind it.",
        "Also a small miracle: the airline didn't break his chair this time.",
      ],
    );
  });

  it("scans many texts at once exactly as one at a time", { timeout: 60_000 }, () => {
    const texts = readFileSync(new URL("../../../../corpus/redflags/tune.jsonl", import.meta.url), "utf8")
      .trim()
      .split("\n")
      .slice(0, 300)
      .map((l) => (JSON.parse(l) as { text: string }).text);
    expect(scanTexts(texts)).toEqual(texts.map((t) => scanText(t)));
    expect(scanTexts(texts, { locale: "es" })).toEqual(texts.map((t) => scanText(t, { locale: "es" })));
    expect(scanTexts([])).toEqual([]);
  });

  it("warms up on a text that runs every code's expressions, in both languages", () => {
    expect(warmUp().language).toBe("mixed");
    // Every code's expressions match in it (whether the voice model then keeps each match or not).
    expect(new Set(candidatesOf(WARM_UP_TEXT).map((c) => c.code))).toEqual(new Set(RED_FLAG_CODES));
  });

  it("meets the targets on the tuning corpus (micro-F1 ≥ 0.95, ≤ 2 % false positives on clean passages)", {
    timeout: 60_000,
  }, () => {
    const rows = readFileSync(new URL("../../../../corpus/redflags/tune.jsonl", import.meta.url), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { text: string; codes: string[] });
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let cleanFp = 0;
    let clean = 0;
    for (const r of rows) {
      const got = new Set(codes(r.text));
      if (r.codes.length === 0) {
        clean++;
        if (got.size) cleanFp++;
      }
      for (const c of RED_FLAG_CODES) {
        if (got.has(c) && r.codes.includes(c)) tp++;
        else if (got.has(c)) fp++;
        else if (r.codes.includes(c)) fn++;
      }
    }
    const p = tp / (tp + fp);
    const rec = tp / (tp + fn);
    expect((2 * p * rec) / (p + rec)).toBeGreaterThanOrEqual(0.95);
    expect(cleanFp / clean).toBeLessThanOrEqual(0.02);
  });
});
