/**
 * The patient guide: what MSC therapy for spinal cord injury can and cannot do, how it is given, why
 * rehabilitation matters, the four standards, the red flags, the costs and what to ask. Written in our own
 * words, in English and Mexican Spanish (usted), with the same section ids in the same order in both
 * languages. Every section cites entries of GUIDE_SOURCES by id; `content.test.ts` keeps the two languages
 * and the citations in step. Update GUIDE_CURRENT_AS_OF whenever the text or the sources are reviewed.
 */

/** ISO day (YYYY-MM-DD) on which the content and its sources were last reviewed. */
export const GUIDE_CURRENT_AS_OF = "2026-11-20";

export type GuideSource = { id: string; citation: string; url: string; note?: string };

/** Shared by both languages; citations keep the language of the source, notes are bilingual. */
export const GUIDE_SOURCES: readonly GuideSource[] = [
  {
    id: "isscr-guidelines",
    citation:
      "International Society for Stem Cell Research (ISSCR). Guidelines for Stem Cell Research and Clinical Translation. 2021.",
    url: "https://www.isscr.org/guidelines",
    note: "International standards for bringing stem cell treatments to patients · Normas internacionales para llevar tratamientos con células madre a pacientes",
  },
  {
    id: "isscr-closer-look",
    citation:
      "International Society for Stem Cell Research (ISSCR). A Closer Look at Stem Cells, including “Stem cell treatments: what to ask”.",
    url: "https://www.closerlookatstemcells.org/",
    note: "Patient resource with questions to ask a clinic · Recurso para pacientes con preguntas para la clínica",
  },
  {
    id: "fda-regenerative",
    citation:
      "U.S. Food and Drug Administration. Important Patient and Consumer Information About Regenerative Medicine Therapies. 2021.",
    url: "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies",
    note: "US regulator; its warnings about marketing apply anywhere · Regulador de EE. UU.; sus advertencias sobre publicidad aplican en cualquier país",
  },
  {
    id: "dominici-2006",
    citation:
      "Dominici M, Le Blanc K, Mueller I, et al. Minimal criteria for defining multipotent mesenchymal stromal cells. The International Society for Cellular Therapy position statement. Cytotherapy. 2006;8(4):315–317.",
    url: "https://doi.org/10.1080/14653240600855905",
    note: "The ISCT identity criteria for MSCs · Criterios de identidad de la ISCT para las MSC",
  },
  {
    id: "shang-2022",
    citation:
      "Shang Z, Wang M, Zhang B, Wang X, Wanyan P. Clinical translation of stem cell therapy for spinal cord injury still premature: results from a single-arm meta-analysis based on 62 clinical trials. BMC Medicine. 2022;20:284.",
    url: "https://doi.org/10.1186/s12916-022-02482-2",
    note: "Open access · Acceso abierto",
  },
  {
    id: "iccp-2009",
    citation:
      "International Campaign for Cures of Spinal Cord Injury Paralysis (ICCP). Position statement on the sale of unproven cellular therapies for spinal cord injury. Spinal Cord. 2009.",
    url: "https://doi.org/10.1038/sc.2008.179",
  },
  {
    id: "tijuana-2021",
    citation:
      "Online marketing practices of regenerative medicine clinics in US–Mexico border region: a web surveillance study. Stem Cell Research & Therapy. 2021;12:189.",
    url: "https://doi.org/10.1186/s13287-021-02254-4",
    note: "13 Tijuana clinics claimed a licence; 1 matched public records · 13 clínicas de Tijuana afirmaban tener licencia; 1 coincidió con los registros públicos",
  },
  {
    id: "cofepris",
    citation: "Comisión Federal para la Protección contra Riesgos Sanitarios (COFEPRIS), Gobierno de México.",
    url: "https://www.gob.mx/cofepris",
    note: "Official site, in Spanish · Sitio oficial, en español",
  },
  {
    id: "rnp-cedula",
    citation:
      "Secretaría de Educación Pública, Dirección General de Profesiones. Registro Nacional de Profesionistas: consulta de cédulas profesionales.",
    url: "https://www.cedulaprofesional.sep.gob.mx/",
    note: "Official search by name or cédula number, in Spanish · Búsqueda oficial por nombre o número de cédula",
  },
  {
    id: "lgs",
    citation:
      "Ley General de Salud, texto vigente. Cámara de Diputados del H. Congreso de la Unión. Artículos 315 y 341.",
    url: "https://www.diputados.gob.mx/LeyesBiblio/pdf/LGS.pdf",
    note: "Official text (PDF), in Spanish · Texto oficial (PDF), en español",
  },
  {
    id: "clinicaltrials",
    citation: "U.S. National Library of Medicine. ClinicalTrials.gov.",
    url: "https://clinicaltrials.gov/",
    note: "A listing is not an approval · Estar registrado no es una aprobación",
  },
  {
    id: "asia-isncsci",
    citation:
      "American Spinal Injury Association (ASIA). International Standards for Neurological Classification of Spinal Cord Injury (ISNCSCI).",
    url: "https://asia-spinalinjury.org/",
    note: "The standard examination behind AIS grades A–E · El examen estándar de los grados AIS A–E",
  },
];

export type GuideBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "callout"; tone: "warning" | "info"; text: string };

export type GuideSection = {
  /** Stable anchor, identical in both languages (other pages link to e.g. `/guide#red-flags`). */
  id: string;
  heading: string;
  /** One sentence. */
  summary: string;
  blocks: GuideBlock[];
  /** Ids of GUIDE_SOURCES entries. */
  sourceIds: string[];
};

export type GuideContent = { title: string; lead: string; sections: GuideSection[] };

const en: GuideContent = {
  title: "Stem cell therapy for spinal cord injury in Mexico: a plain-language guide",
  lead: "Mesenchymal stem cell (MSC) therapy for spinal cord injury is experimental and it is not a cure. This guide explains what the cells are, what the evidence shows, how a safe programme is run, what it really costs and how to recognise a clinic that is overselling, so that you can decide together with your own doctor.",
  sections: [
    {
      id: "what-mscs-are",
      heading: "What mesenchymal stromal cells are",
      summary:
        "MSCs are support cells taken from tissues such as umbilical cord, fat or bone marrow and multiplied in a laboratory; they are not embryonic stem cells that can become any tissue.",
      blocks: [
        {
          kind: "paragraph",
          text: "Clinics usually say “mesenchymal stem cells”. Many scientists prefer “mesenchymal stromal cells”, because most of these cells cannot renew themselves indefinitely or turn into any kind of tissue. They are connective-tissue cells that can be grown in large numbers. Their main effect seems to come from the signals they release, which calm inflammation and influence nearby cells. There is no good evidence that injected MSCs become new nerve cells or rebuild the spinal cord. The cells used in clinics come from one of three tissues:",
        },
        {
          kind: "list",
          items: [
            "Umbilical cord (often the jelly-like tissue called Wharton's jelly): it comes from a donor after a healthy birth, so the donor must be screened for infections.",
            "Adipose (fat) tissue: usually your own, collected with a small liposuction, or from a donor.",
            "Bone marrow (not the same as the spinal cord): usually your own, drawn with a needle from the back of the hip bone.",
          ],
        },
        {
          kind: "paragraph",
          text: "Cells from your own body are called autologous; cells from another person are allogeneic. Each has trade-offs. Your own cells carry no risk of an infection passed on by a donor, but they need a collection procedure. Donor cells depend entirely on the laboratory's screening and quality control.",
        },
        {
          kind: "callout",
          tone: "info",
          text: "How a laboratory shows that cells really are MSCs: in 2006 the International Society for Cellular Therapy (ISCT) set three minimum tests. The cells must stick to plastic when grown in a dish. At least 95% of them must carry three surface markers (CD105, CD73 and CD90), and no more than 2% may carry markers of blood and immune cells (such as CD45, CD34, CD14 or CD11b, CD79α or CD19, and HLA-DR). And in the laboratory they must be able to turn into bone, fat and cartilage cells. A clinic should be able to show you these results for the exact lot you would receive.",
        },
      ],
      sourceIds: ["dominici-2006", "isscr-closer-look", "isscr-guidelines"],
    },
    {
      id: "what-they-can-and-cannot-do",
      heading: "What MSC therapy can and cannot do",
      summary:
        "MSC therapy for spinal cord injury is experimental and not a cure: the best studies so far are small, and the benefits seen have been modest and inconsistent.",
      blocks: [
        {
          kind: "paragraph",
          text: "Most published studies of MSCs in spinal cord injury are small phase 1 or phase 2 trials. Their main purpose was to check safety, and many had no comparison group and no assessors who were unaware of who had been treated. Some participants gained a little sensation or muscle control below the injury, or better bladder or bowel function; many showed no measurable change. A 2022 review that pooled 62 studies with about 2,400 patients concluded that the evidence is still too weak to offer stem cells as routine treatment. In short:",
        },
        {
          kind: "list",
          items: [
            "When given properly in a hospital, serious short-term complications have been uncommon in published studies, although follow-up has been short.",
            "It may bring modest, variable changes in some people, and nobody can predict in whom.",
            "It does not repair a severed spinal cord or reliably restore walking.",
            "It does not replace rehabilitation, medicines or the care you already receive.",
          ],
        },
        {
          kind: "paragraph",
          text: "Natural recovery makes success stories hard to judge. Especially in the first 12 to 18 months after an injury, many people regain some function on their own: roughly 15 to 30% of injuries that are complete at first become incomplete during the first year. A before-and-after video cannot show that the cells caused a change, because there is no comparison and no independent examiner.",
        },
        {
          kind: "callout",
          tone: "warning",
          text: "No MSC therapy is approved for spinal cord injury in Mexico, the United States or the European Union. (In 2018 Japan gave one product a conditional, time-limited approval based on a small study without a control group.) If a clinic calls its spinal cord injury treatment approved, proven or a cure, treat that as a serious warning sign.",
        },
      ],
      sourceIds: ["shang-2022", "fda-regenerative", "iccp-2009", "isscr-closer-look"],
    },
    {
      id: "how-cells-are-given",
      heading: "How the cells are given",
      summary:
        "Reputable programmes give cells by lumbar puncture into the spinal fluid (intrathecal) in a hospital, often together with an intravenous drip, with a specialist in charge and monitoring throughout.",
      blocks: [
        {
          kind: "paragraph",
          text: "Intrathecal injection: while you lie on your side or sit bent forward, a specialist experienced in the procedure, usually a neurologist, anaesthesiologist or neurosurgeon, passes a fine needle between two vertebrae in the lower back and slowly injects the cells into the fluid that surrounds the spinal cord. This is a lumbar puncture. It must be done with full sterile technique, and you should stay under observation for several hours afterwards for headache, fever, blood pressure changes and signs of infection.",
        },
        {
          kind: "paragraph",
          text: "Intravenous (IV) infusion: the cells drip into a vein over a period of time, often on the same day as the lumbar puncture or the day after. Much of what is given into a vein is held back in the lungs, so how much reaches the spinal cord is uncertain. Staff should check your pulse, blood pressure, breathing and temperature during and after the drip. Whichever route is used, a safe setting has:",
        },
        {
          kind: "list",
          items: [
            "A full-service hospital with neurology, imaging (MRI or CT) and an emergency department on site.",
            "A procedure room or operating theatre with sterile technique, not a consulting room.",
            "A named specialist doing each injection, and nurses trained in spinal cord injury, including autonomic dysreflexia.",
            "A written plan for monitoring after each injection and for what happens if something goes wrong.",
          ],
        },
        {
          kind: "callout",
          tone: "warning",
          text: "Be wary of outpatient “wellness”, “spa” or hotel-suite settings. If you develop meningitis, a severe allergic reaction, a dangerous rise in blood pressure from autonomic dysreflexia or bleeding near the spine, you need a hospital with emergency care and imaging within minutes, not an ambulance ride across town.",
        },
      ],
      sourceIds: ["isscr-guidelines", "isscr-closer-look", "fda-regenerative"],
    },
    {
      id: "why-rehab-matters",
      heading: "Why rehabilitation matters more than the cells",
      summary:
        "Intensive physical therapy is the part of spinal cord injury care with proven benefit, and cells given without it are unlikely to help.",
      blocks: [
        {
          kind: "paragraph",
          text: "Rehabilitation (physical and occupational therapy, strengthening, standing and walking practice where possible, and training for everyday activities) is how the nervous system learns to use the connections that remain. It is the established standard of care after a spinal cord injury, and it prevents complications such as stiff joints, muscle loss and pressure injuries.",
        },
        {
          kind: "paragraph",
          text: "In the cell studies that reported improvements, participants also received rehabilitation. If cells add anything, the hope is that they make the remaining nerve pathways easier to train; without the training there is little for them to build on. A programme that offers injections with only a few days of therapy, or none, is selling the least proven part on its own. A good programme includes:",
        },
        {
          kind: "list",
          items: [
            "An assessment by a rehabilitation physician (Medicina de Rehabilitación) and a physiotherapist before the first injection.",
            "Daily sessions of several hours, written into the schedule and into the price.",
            "Goals agreed with you and measured with standard tools such as the ISNCSCI examination.",
            "A home exercise programme and a plan to continue therapy with your own team after you return.",
          ],
        },
        {
          kind: "callout",
          tone: "info",
          text: "Before you travel, ask your own rehabilitation team what intensive therapy closer to home would cost. For some families, the money set aside for cells buys more proven benefit as extra months of therapy.",
        },
      ],
      sourceIds: ["asia-isncsci", "iccp-2009", "shang-2022"],
    },
    {
      id: "risks",
      heading: "Risks",
      summary:
        "Short-term side effects such as headache and fever are common, serious complications are possible, long-term risks are unknown, and the trip itself carries real risks for people with spinal cord injury.",
      blocks: [
        {
          kind: "paragraph",
          text: "Side effects reported after intrathecal and intravenous cell treatments include:",
        },
        {
          kind: "list",
          items: [
            "Headache after the lumbar puncture, sometimes lasting several days and worse when sitting or standing up.",
            "Pain, bleeding or infection where the needle went in.",
            "Meningitis (infection of the membranes around the brain and spinal cord) if sterility fails: a medical emergency.",
            "Fever, chills or a temporary increase in pain, spasms or abnormal sensations in the days afterwards.",
            "Allergic or infusion reactions during an intravenous drip.",
          ],
        },
        {
          kind: "paragraph",
          text: "Long-term risks are unknown: most studies followed people for months or a couple of years at most. Regulators have received reports of serious harm from unapproved cell products, including infections, blindness and tumour formation, and tumour-like growths in the spinal cord have been described after intrathecal injections of poorly characterised cells at unregulated clinics. Travel adds risks of its own, especially far from your usual team:",
        },
        {
          kind: "list",
          items: [
            "Pressure injuries from long journeys, aircraft seats, unfamiliar beds and transfers without your usual cushion or equipment.",
            "Autonomic dysreflexia (injuries at T6 or above): a sudden, dangerous rise in blood pressure set off by a full bladder, constipation, tight clothing or a pressure sore; staff must know how to recognise and treat it.",
            "Deep vein thrombosis (blood clots in the legs) after long periods without moving; a clot can travel to the lungs.",
            "Urinary infections, bowel problems, dehydration and overheating when routines, food and climate change.",
          ],
        },
        {
          kind: "callout",
          tone: "warning",
          text: "Carry a written summary in English and Spanish of your injury level, medicines and bladder and bowel routine, with an autonomic dysreflexia card, and buy travel medical insurance that covers medical evacuation and a pre-existing spinal cord injury.",
        },
      ],
      sourceIds: ["fda-regenerative", "shang-2022", "isscr-closer-look"],
    },
    {
      id: "our-four-standards",
      heading: "Our four standards",
      summary:
        "Candor marks a facility as vetted only when all four standards below have been checked against documents, not just claimed by the clinic.",
      blocks: [
        {
          kind: "paragraph",
          text: "Every listing shows the status of each standard: verified (with the date and who checked it), claimed, missing, rejected (with the reason) or expired. This matters: in a study of Tijuana clinic websites, 13 clinics claimed a licence and only one matched public licensing records. Here is what each standard means and how you can check it yourself:",
        },
        {
          kind: "list",
          items: [
            "Hospital setting: a full-service hospital with neurology, imaging and emergency care, where the intrathecal injection takes place; never a standalone clinic or a consulting room.",
            "Licensed specialist team: led by a physician whose cédula profesional (and, for a specialist, cédula de especialidad) you can look up by name or number in the Registro Nacional de Profesionistas of Mexico's Secretaría de Educación Pública (SEP). Ideally the lead is a neurologist or rehabilitation physician, and an experienced doctor performs the lumbar punctures. Specialty board certificates must be current; they last five years.",
            "COFEPRIS licence for cell therapy: a licencia sanitaria issued by COFEPRIS that covers handling human cells (Ley General de Salud, articles 315 and 341) at this exact address.",
            "Certificate of Analysis for every cell lot, from an independent laboratory: identity markers (the ISCT panel), a count of living cells that covers the advertised dose, viability, sterility, mycoplasma and endotoxin, plus infection screening of the donor when donor cells are used.",
          ],
        },
        {
          kind: "callout",
          tone: "warning",
          text: "An aviso de funcionamiento or an aviso de publicidad is not a licence. These are notices that many businesses file, and they do not show that COFEPRIS has authorised anyone to process or inject human cells. Ask for the licencia sanitaria itself and check that the name, the address and the activity match.",
        },
        {
          kind: "paragraph",
          text: "Endotoxin (fragments of bacteria that can cause fever and shock) matters most for intrathecal injections: the accepted limit for anything put into the spinal fluid is 25 times stricter than for a drip into a vein (0.2 versus 5 endotoxin units per kilogram of body weight). A Certificate of Analysis without endotoxin or sterility results is incomplete, and a clinic that calls its certificate “proprietary” or refuses to show it does not meet this standard.",
        },
      ],
      sourceIds: ["cofepris", "lgs", "rnp-cedula", "dominici-2006", "tijuana-2021"],
    },
    {
      id: "red-flags",
      heading: "Red flags",
      summary:
        "Certain words and sales tactics are reliable signs that a clinic is putting your money ahead of your health.",
      blocks: [
        {
          kind: "paragraph",
          text: "Be cautious if a clinic, its advertising or its sales staff say or offer any of the following:",
        },
        {
          kind: "list",
          items: [
            "Guaranteed results, or a refund if you “do not improve”.",
            "The words “cure”, “cured” or “reverse paralysis”, or testimonials from people said to have been cured.",
            "Words such as “miracle”, “breakthrough” or “revolutionary”.",
            "Claims of “no side effects” or “zero risk”.",
            "“FDA approved”, “COFEPRIS certified” or a ClinicalTrials.gov listing offered as proof that the treatment works. A listing only means a study was described there; it does not mean the treatment works or that a regulator has evaluated it.",
            "Being asked to pay to take part in a “clinical trial” or “study”.",
            "Being told that physical therapy is unnecessary or optional.",
            "Pressure to decide quickly: limited places, discounts that expire, large payments weeks in advance.",
            "Success rates such as “94% of patients improve” with no published study behind them.",
            "A secret or “proprietary” cell formula, or refusal to say where the cells come from or to show the Certificate of Analysis.",
            "The same treatment offered for many unrelated conditions, such as spinal cord injury, autism, diabetes, Parkinson's disease and ageing.",
          ],
        },
        {
          kind: "paragraph",
          text: "Structural warning signs count too: no named, licensed physician in charge; only an aviso instead of a licencia sanitaria; no Certificate of Analysis; and no rehabilitation in the programme. Candor flags these phrases wherever a clinic's own words appear on a listing.",
        },
        {
          kind: "callout",
          tone: "warning",
          text: "The US Food and Drug Administration has warned that people who are charged for an unapproved stem cell product, or offered one outside a supervised clinical trial, are probably being misled. Legitimate clinical trials normally do not charge participants for the experimental treatment.",
        },
      ],
      sourceIds: ["fda-regenerative", "iccp-2009", "isscr-closer-look", "clinicaltrials", "tijuana-2021"],
    },
    {
      id: "costs",
      heading: "What it really costs",
      summary:
        "Programmes in Mexico usually cost from USD 5,000 to more than USD 30,000 before travel, so insist on a written all-in quote.",
      blocks: [
        {
          kind: "paragraph",
          text: "Prices vary with the cell source, the number of injections, the length of stay and how much therapy is included. Many clinics ask for payment one to two weeks before treatment, and advertised “package” prices often leave out things you will certainly need. Ask for a written all-in quote that itemises:",
        },
        {
          kind: "list",
          items: [
            "The cells, with the number of viable cells per dose and the number of doses",
            "Each injection or infusion, including the specialist's fee",
            "Anaesthesia or sedation, if used",
            "Imaging (MRI, CT) and laboratory tests",
            "Hospital nights and the type of room",
            "Physical therapy: hours per day and number of days",
            "Follow-up visits or calls after you go home",
            "Airport and local transfers in an accessible vehicle",
            "A medical interpreter",
          ],
        },
        {
          kind: "paragraph",
          text: "Then budget separately for the trip itself:",
        },
        {
          kind: "list",
          items: [
            "Flights for you and at least one companion, with wheelchair assistance and suitable seating",
            "Accessible lodging before and after the hospital stay, for you and your companion",
            "Meals, local transport and extra nights in case of delays or complications",
            "Travel medical insurance that covers your spinal cord injury and medical evacuation",
          ],
        },
        {
          kind: "callout",
          tone: "info",
          text: "Ask what happens to your money if treatment is postponed or cancelled, and get the refund terms in writing. If a clinic will not put its price in writing, treat that as a warning sign.",
        },
      ],
      sourceIds: ["tijuana-2021", "isscr-closer-look"],
    },
    {
      id: "questions-to-ask",
      heading: "Questions to ask the clinic",
      summary:
        "Ask these questions in writing and keep the answers; a good clinic will answer every one of them clearly.",
      blocks: [
        {
          kind: "paragraph",
          text: "Send the questions by email so that the answers are on record, and share them with your own doctor.",
        },
        {
          kind: "list",
          items: [
            "In which hospital will the intrathecal injection be done, and does it have neurology, imaging and an emergency department?",
            "Who will perform each injection? Please send their full name and their cédula profesional and cédula de especialidad numbers.",
            "Which physician leads my care, and what is their specialty board certificate and its expiry date?",
            "Can you send a copy of the COFEPRIS licencia sanitaria that covers human cells at this address?",
            "Where do the cells come from, who processes them, and how is the donor screened?",
            "Will you send the independent Certificate of Analysis for the lot I would receive, including viable cell count, viability, identity markers, sterility, mycoplasma and endotoxin?",
            "How many cells per dose, how many doses, by which route and on which days?",
            "How many hours of physical therapy per day are included, for how many days, and who provides it?",
            "What side effects have your patients had, and how do you handle emergencies such as meningitis or autonomic dysreflexia?",
            "How do you measure results? Do you perform an ISNCSCI examination before treatment and at follow-up, and will you send my records to my doctor?",
            "What does the all-in price include and exclude, and what are the refund terms?",
            "Is this part of a registered clinical trial? If so, what is its ClinicalTrials.gov number and ethics committee approval, and why am I being charged?",
          ],
        },
        {
          kind: "callout",
          tone: "info",
          text: "Vague answers, answers given only by phone or WhatsApp, or a refusal to put anything in writing are answers in themselves.",
        },
      ],
      sourceIds: ["isscr-closer-look", "rnp-cedula", "cofepris", "clinicaltrials", "asia-isncsci"],
    },
    {
      id: "talk-to-your-doctor",
      heading: "Talk to your own doctor",
      summary:
        "Take everything you collect to the doctor who knows you best before you pay or travel, and keep up your current care.",
      blocks: [
        {
          kind: "paragraph",
          text: "Your own physician or rehabilitation team knows your injury, your medicines and your risks. Bring them the printable Candor dossier for any programme you are considering, together with the clinic's written answers, and ask them to help you weigh the possible benefit against the cost and the risk. With them:",
        },
        {
          kind: "list",
          items: [
            "Ask for a baseline ISNCSCI examination (your neurological level, AIS grade and motor and sensory scores) so that any later change can be measured rather than guessed.",
            "Check whether you are fit to travel and to have a lumbar puncture, including blood thinners, skin condition and bladder management.",
            "Agree who will look after you if a complication appears after you get home.",
            "Ask whether a registered clinical trial on ClinicalTrials.gov might suit you; an unproven treatment now could affect whether you can join a trial later.",
          ],
        },
        {
          kind: "callout",
          tone: "warning",
          text: "Do not stop your medicines, rehabilitation or any other care because you are considering, or have had, cell therapy. MSC therapy is at most an addition to good care, never a replacement for it.",
        },
      ],
      sourceIds: ["asia-isncsci", "clinicaltrials", "isscr-closer-look"],
    },
  ],
};

const es: GuideContent = {
  title: "Terapia con células madre para lesión medular en México: una guía en lenguaje claro",
  lead: "La terapia con células madre mesenquimales (MSC, por sus siglas en inglés) para la lesión medular es experimental y no es una cura. Esta guía explica qué son estas células, qué muestra la evidencia, cómo se lleva a cabo un programa seguro, cuánto cuesta en realidad y cómo reconocer a una clínica que promete de más, para que usted pueda decidir junto con su propio médico.",
  sections: [
    {
      id: "what-mscs-are",
      heading: "Qué son las células estromales mesenquimales",
      summary:
        "Las MSC son células de sostén que se obtienen de tejidos como el cordón umbilical, la grasa o la médula ósea y se multiplican en un laboratorio; no son células madre embrionarias capaces de formar cualquier tejido.",
      blocks: [
        {
          kind: "paragraph",
          text: "Las clínicas suelen hablar de “células madre mesenquimales”. Muchos científicos prefieren decir “células estromales mesenquimales”, porque la mayoría de estas células no puede renovarse indefinidamente ni convertirse en cualquier tejido. Son células del tejido conectivo que pueden cultivarse en grandes cantidades. Su efecto principal parece venir de las señales que liberan, que disminuyen la inflamación e influyen en las células vecinas. No hay buena evidencia de que, una vez inyectadas, se conviertan en neuronas nuevas ni de que reconstruyan la médula espinal. Las células que usan las clínicas provienen de uno de tres tejidos:",
        },
        {
          kind: "list",
          items: [
            "Cordón umbilical (con frecuencia, el tejido gelatinoso llamado gelatina de Wharton): proviene de una donante después de un parto sano, por lo que se debe comprobar que la donante no tenga infecciones.",
            "Tejido adiposo (grasa): por lo general es de usted, obtenido con una pequeña liposucción, o de un donante.",
            "Médula ósea (no es lo mismo que la médula espinal): por lo general es de usted, extraída con una aguja de la parte posterior del hueso de la cadera.",
          ],
        },
        {
          kind: "paragraph",
          text: "Las células de su propio cuerpo se llaman autólogas; las de otra persona, alogénicas. Cada opción tiene ventajas y desventajas. Las propias no conllevan el riesgo de una infección transmitida por un donante, pero requieren un procedimiento para obtenerlas. Las de donante dependen por completo de las pruebas de detección y del control de calidad del laboratorio.",
        },
        {
          kind: "callout",
          tone: "info",
          text: "Cómo demuestra un laboratorio que realmente se trata de MSC: en 2006, la Sociedad Internacional de Terapia Celular (ISCT) fijó tres pruebas mínimas. Las células deben adherirse al plástico cuando se cultivan. Al menos el 95% debe tener tres marcadores en su superficie (CD105, CD73 y CD90), y no más del 2% puede tener marcadores de células sanguíneas e inmunitarias (como CD45, CD34, CD14 o CD11b, CD79α o CD19, y HLA-DR). Y en el laboratorio deben poder convertirse en células de hueso, de grasa y de cartílago. La clínica debe poder mostrarle estos resultados del lote exacto que usted recibiría.",
        },
      ],
      sourceIds: ["dominici-2006", "isscr-closer-look", "isscr-guidelines"],
    },
    {
      id: "what-they-can-and-cannot-do",
      heading: "Lo que la terapia con MSC puede y no puede hacer",
      summary:
        "La terapia con MSC para la lesión medular es experimental y no es una cura: los mejores estudios hasta ahora son pequeños, y los beneficios observados han sido modestos e inconsistentes.",
      blocks: [
        {
          kind: "paragraph",
          text: "La mayoría de los estudios publicados sobre MSC en lesión medular son ensayos pequeños de fase 1 o fase 2. Su objetivo principal era revisar la seguridad, y muchos no tenían grupo de comparación ni evaluadores que desconocieran quién había recibido el tratamiento. Algunos participantes recuperaron un poco de sensibilidad o de control muscular por debajo de la lesión, o mejoraron su función de vejiga o intestino; muchos otros no tuvieron cambios medibles. Una revisión de 2022 que reunió 62 estudios con unos 2,400 pacientes concluyó que la evidencia todavía es demasiado débil para ofrecer células madre como tratamiento de rutina. En resumen:",
        },
        {
          kind: "list",
          items: [
            "Cuando se aplica correctamente en un hospital, las complicaciones graves a corto plazo han sido poco frecuentes en los estudios publicados, aunque el seguimiento ha sido corto.",
            "Puede producir cambios modestos y variables en algunas personas, y nadie puede predecir en quiénes.",
            "No repara una médula espinal seccionada ni devuelve de manera confiable la capacidad de caminar.",
            "No sustituye la rehabilitación, los medicamentos ni la atención que usted ya recibe.",
          ],
        },
        {
          kind: "paragraph",
          text: "La recuperación natural hace difícil juzgar las historias de éxito. Sobre todo en los primeros 12 a 18 meses después de la lesión, muchas personas recuperan algo de función por sí solas: aproximadamente entre el 15 y el 30% de las lesiones que al principio son completas se vuelven incompletas durante el primer año. Un video de “antes y después” no puede demostrar que las células causaron el cambio, porque no hay comparación ni un examinador independiente.",
        },
        {
          kind: "callout",
          tone: "warning",
          text: "Ninguna terapia con MSC está aprobada para la lesión medular en México, Estados Unidos ni la Unión Europea. (En 2018, Japón otorgó a un producto una aprobación condicional y por tiempo limitado, con base en un estudio pequeño sin grupo de control.) Si una clínica dice que su tratamiento para la lesión medular está aprobado, comprobado o que es una cura, tómelo como una señal de alerta seria.",
        },
      ],
      sourceIds: ["shang-2022", "fda-regenerative", "iccp-2009", "isscr-closer-look"],
    },
    {
      id: "how-cells-are-given",
      heading: "Cómo se aplican las células",
      summary:
        "Los programas serios aplican las células mediante una punción lumbar en el líquido que rodea la médula (vía intratecal) dentro de un hospital, a menudo junto con una infusión intravenosa, con un especialista a cargo y vigilancia en todo momento.",
      blocks: [
        {
          kind: "paragraph",
          text: "Inyección intratecal: mientras usted está acostado de lado o sentado e inclinado hacia adelante, un especialista con experiencia en el procedimiento, por lo general un neurólogo, anestesiólogo o neurocirujano, introduce una aguja fina entre dos vértebras de la parte baja de la espalda e inyecta lentamente las células en el líquido que rodea la médula espinal. Esto es una punción lumbar. Debe hacerse con técnica estéril completa, y después usted debe permanecer en observación varias horas por si presenta dolor de cabeza, fiebre, cambios en la presión arterial o signos de infección.",
        },
        {
          kind: "paragraph",
          text: "Infusión intravenosa (IV): las células pasan por goteo a una vena durante cierto tiempo, a menudo el mismo día de la punción lumbar o al día siguiente. Buena parte de lo que se aplica en la vena queda retenido en los pulmones, así que no se sabe cuánto llega a la médula espinal. El personal debe revisar su pulso, presión arterial, respiración y temperatura durante y después del goteo. Sea cual sea la vía, un entorno seguro cuenta con:",
        },
        {
          kind: "list",
          items: [
            "Un hospital completo, con neurología, estudios de imagen (resonancia magnética o tomografía) y servicio de urgencias en el mismo lugar.",
            "Una sala de procedimientos o un quirófano con técnica estéril, no un consultorio.",
            "Un especialista identificado por nombre que aplique cada inyección, y personal de enfermería capacitado en lesión medular, incluida la disreflexia autonómica.",
            "Un plan por escrito para la vigilancia después de cada aplicación y para actuar si algo sale mal.",
          ],
        },
        {
          kind: "callout",
          tone: "warning",
          text: "Desconfíe de los lugares ambulatorios tipo “wellness”, “spa” o suite de hotel. Si presenta meningitis, una reacción alérgica grave, una subida peligrosa de la presión arterial por disreflexia autonómica o un sangrado cerca de la columna, necesita en cuestión de minutos un hospital con urgencias y estudios de imagen, no un traslado en ambulancia al otro lado de la ciudad.",
        },
      ],
      sourceIds: ["isscr-guidelines", "isscr-closer-look", "fda-regenerative"],
    },
    {
      id: "why-rehab-matters",
      heading: "Por qué la rehabilitación importa más que las células",
      summary:
        "La fisioterapia intensiva es la parte de la atención de la lesión medular con beneficio comprobado, y es poco probable que las células ayuden sin ella.",
      blocks: [
        {
          kind: "paragraph",
          text: "La rehabilitación (fisioterapia y terapia ocupacional, fortalecimiento, práctica para ponerse de pie y caminar cuando es posible, y entrenamiento para las actividades diarias) es la manera en que el sistema nervioso aprende a aprovechar las conexiones que quedan. Es el estándar de atención después de una lesión medular y previene complicaciones como la rigidez de las articulaciones, la pérdida de músculo y las lesiones por presión.",
        },
        {
          kind: "paragraph",
          text: "En los estudios con células que reportaron mejorías, los participantes también recibieron rehabilitación. Si las células aportan algo, la esperanza es que faciliten el entrenamiento de las vías nerviosas que siguen funcionando; sin ese entrenamiento, tienen muy poco sobre qué construir. Un programa que ofrece inyecciones con apenas unos días de terapia, o sin ella, le está vendiendo por separado la parte menos comprobada. Un buen programa incluye:",
        },
        {
          kind: "list",
          items: [
            "Una valoración por un médico especialista en Medicina de Rehabilitación y por un fisioterapeuta antes de la primera aplicación.",
            "Sesiones diarias de varias horas, incluidas en el calendario y en el precio.",
            "Metas acordadas con usted y medidas con herramientas estándar, como el examen ISNCSCI.",
            "Un programa de ejercicios para casa y un plan para continuar la terapia con su propio equipo cuando regrese.",
          ],
        },
        {
          kind: "callout",
          tone: "info",
          text: "Antes de viajar, pregunte a su propio equipo de rehabilitación cuánto costaría una terapia intensiva más cerca de casa. Para algunas familias, el dinero reservado para las células rinde más beneficio comprobado si se usa en meses adicionales de terapia.",
        },
      ],
      sourceIds: ["asia-isncsci", "iccp-2009", "shang-2022"],
    },
    {
      id: "risks",
      heading: "Riesgos",
      summary:
        "Los efectos secundarios a corto plazo, como dolor de cabeza y fiebre, son frecuentes; las complicaciones graves son posibles; los riesgos a largo plazo se desconocen, y el viaje mismo implica riesgos reales para las personas con lesión medular.",
      blocks: [
        {
          kind: "paragraph",
          text: "Entre los efectos secundarios reportados después de tratamientos con células por vía intratecal e intravenosa están:",
        },
        {
          kind: "list",
          items: [
            "Dolor de cabeza después de la punción lumbar, que a veces dura varios días y empeora al sentarse o ponerse de pie.",
            "Dolor, sangrado o infección en el sitio de la punción.",
            "Meningitis (infección de las membranas que rodean el cerebro y la médula espinal) si falla la esterilidad: es una urgencia médica.",
            "Fiebre, escalofríos o un aumento temporal del dolor, los espasmos o las sensaciones anormales en los días siguientes.",
            "Reacciones alérgicas o a la infusión durante el goteo intravenoso.",
          ],
        },
        {
          kind: "paragraph",
          text: "Los riesgos a largo plazo se desconocen: la mayoría de los estudios dio seguimiento a los pacientes durante meses o, como mucho, un par de años. Las autoridades sanitarias han recibido reportes de daños graves por productos celulares no aprobados, como infecciones, ceguera y formación de tumores, y se han descrito crecimientos de tipo tumoral en la médula espinal después de inyecciones intratecales de células mal caracterizadas en clínicas no reguladas. El viaje añade sus propios riesgos, sobre todo lejos de su equipo habitual:",
        },
        {
          kind: "list",
          items: [
            "Lesiones por presión (úlceras) por trayectos largos, asientos de avión, camas desconocidas y traslados sin su cojín o equipo habitual.",
            "Disreflexia autonómica (en lesiones a nivel T6 o más arriba): una subida repentina y peligrosa de la presión arterial provocada por la vejiga llena, el estreñimiento, la ropa apretada o una úlcera; el personal debe saber reconocerla y tratarla.",
            "Trombosis venosa profunda (coágulos en las piernas) por pasar mucho tiempo sin moverse; un coágulo puede desplazarse a los pulmones.",
            "Infecciones urinarias, problemas intestinales, deshidratación y exceso de calor cuando cambian las rutinas, la comida y el clima.",
          ],
        },
        {
          kind: "callout",
          tone: "warning",
          text: "Lleve un resumen por escrito, en español e inglés, de su nivel de lesión, sus medicamentos y su rutina de vejiga e intestino, junto con una tarjeta sobre disreflexia autonómica, y contrate un seguro médico de viaje que cubra la evacuación médica y una lesión medular preexistente.",
        },
      ],
      sourceIds: ["fda-regenerative", "shang-2022", "isscr-closer-look"],
    },
    {
      id: "our-four-standards",
      heading: "Nuestros cuatro requisitos",
      summary:
        "Candor marca un establecimiento como verificado solo cuando los cuatro requisitos siguientes se comprobaron con documentos, no solo porque la clínica afirme cumplirlos.",
      blocks: [
        {
          kind: "paragraph",
          text: "Cada ficha muestra el estado de cada requisito: comprobado (con la fecha y quién lo revisó), declarado, falta, rechazado (con el motivo) o vencido. Esto importa: en un estudio de los sitios web de clínicas de Tijuana, 13 clínicas afirmaban tener licencia y solo una coincidió con los registros públicos. Esto es lo que significa cada requisito y cómo puede revisarlo usted:",
        },
        {
          kind: "list",
          items: [
            "Entorno hospitalario: un hospital completo, con neurología, estudios de imagen y urgencias, donde se realiza la inyección intratecal; nunca una clínica independiente ni un consultorio.",
            "Equipo de especialistas con cédula: encabezado por un médico cuya cédula profesional (y, si es especialista, su cédula de especialidad) usted puede buscar por nombre o número en el Registro Nacional de Profesionistas de la Secretaría de Educación Pública (SEP). Lo ideal es que lo dirija un neurólogo o un médico en Medicina de Rehabilitación, y que un médico con experiencia realice las punciones lumbares. Los certificados del consejo de la especialidad deben estar vigentes; duran cinco años.",
            "Licencia de COFEPRIS para terapia celular: una licencia sanitaria expedida por COFEPRIS que cubra el manejo de células humanas (Ley General de Salud, artículos 315 y 341) en esa dirección exacta.",
            "Certificado de Análisis de cada lote de células, emitido por un laboratorio independiente: marcadores de identidad (el panel de la ISCT), un conteo de células vivas que cubra la dosis anunciada, viabilidad, esterilidad, micoplasma y endotoxinas, además de las pruebas de infecciones al donante cuando se usan células de donante.",
          ],
        },
        {
          kind: "callout",
          tone: "warning",
          text: "Un aviso de funcionamiento o un aviso de publicidad no es una licencia. Son trámites que presentan muchos negocios y no demuestran que COFEPRIS haya autorizado a nadie a procesar ni a inyectar células humanas. Pida la licencia sanitaria misma y revise que coincidan el nombre, la dirección y la actividad.",
        },
        {
          kind: "paragraph",
          text: "Las endotoxinas (fragmentos de bacterias que pueden causar fiebre y choque) importan sobre todo en las inyecciones intratecales: el límite aceptado para lo que se aplica en el líquido que rodea la médula es 25 veces más estricto que para un goteo en la vena (0.2 frente a 5 unidades de endotoxina por kilogramo de peso). Un Certificado de Análisis sin resultados de endotoxinas o de esterilidad está incompleto, y una clínica que dice que su certificado es “confidencial” o “de fórmula propia”, o que se niega a mostrarlo, no cumple este requisito.",
        },
      ],
      sourceIds: ["cofepris", "lgs", "rnp-cedula", "dominici-2006", "tijuana-2021"],
    },
    {
      id: "red-flags",
      heading: "Señales de alerta",
      summary:
        "Ciertas palabras y tácticas de venta son señales confiables de que una clínica pone su dinero por encima de su salud.",
      blocks: [
        {
          kind: "paragraph",
          text: "Tenga cuidado si una clínica, su publicidad o sus vendedores dicen u ofrecen cualquiera de lo siguiente:",
        },
        {
          kind: "list",
          items: [
            "Resultados garantizados, o un reembolso si usted “no mejora”.",
            "Las palabras “cura”, “curado” o “revertir la parálisis”, o testimonios de personas que supuestamente se curaron.",
            "Palabras como “milagro”, “avance sin precedentes” o “revolucionario”.",
            "Afirmaciones de “cero efectos secundarios” o “sin ningún riesgo”.",
            "“Aprobado por la FDA”, “certificado por COFEPRIS” o un registro en ClinicalTrials.gov presentados como prueba de que el tratamiento funciona. Un registro solo significa que ahí se describió un estudio; no significa que el tratamiento funcione ni que una autoridad lo haya evaluado.",
            "Que le pidan pagar para participar en un “ensayo clínico” o “estudio”.",
            "Que le digan que la fisioterapia no es necesaria o que es opcional.",
            "Presión para decidir rápido: lugares limitados, descuentos que vencen, pagos grandes con semanas de anticipación.",
            "Tasas de éxito como “el 94% de los pacientes mejora” sin un estudio publicado que las respalde.",
            "Una fórmula de células secreta o “exclusiva”, o la negativa a decir de dónde vienen las células o a mostrar el Certificado de Análisis.",
            "El mismo tratamiento ofrecido para muchas enfermedades sin relación entre sí, como lesión medular, autismo, diabetes, enfermedad de Parkinson y envejecimiento.",
          ],
        },
        {
          kind: "paragraph",
          text: "También cuentan las señales estructurales: que no haya un médico con cédula identificado a cargo; que solo presenten un aviso en lugar de una licencia sanitaria; que no haya Certificado de Análisis, y que el programa no incluya rehabilitación. Candor señala estas frases dondequiera que aparezcan las propias palabras de una clínica en una ficha.",
        },
        {
          kind: "callout",
          tone: "warning",
          text: "La Administración de Alimentos y Medicamentos de Estados Unidos (FDA) ha advertido que a quienes les cobran un producto de células madre no aprobado, o se lo ofrecen fuera de un ensayo clínico supervisado, probablemente los están engañando. Los ensayos clínicos legítimos normalmente no cobran a los participantes por el tratamiento experimental.",
        },
      ],
      sourceIds: ["fda-regenerative", "iccp-2009", "isscr-closer-look", "clinicaltrials", "tijuana-2021"],
    },
    {
      id: "costs",
      heading: "Cuánto cuesta en realidad",
      summary:
        "Los programas en México suelen costar desde 5,000 hasta más de 30,000 dólares estadounidenses antes del viaje, así que exija una cotización total por escrito.",
      blocks: [
        {
          kind: "paragraph",
          text: "Los precios varían según el origen de las células, el número de aplicaciones, la duración de la estancia y la cantidad de terapia incluida. Muchas clínicas piden el pago una o dos semanas antes del tratamiento, y los precios de “paquete” que anuncian a menudo dejan fuera cosas que usted sin duda necesitará. Pida una cotización total por escrito que desglose:",
        },
        {
          kind: "list",
          items: [
            "Las células, con el número de células viables por dosis y el número de dosis",
            "Cada inyección o infusión, incluidos los honorarios del especialista",
            "La anestesia o sedación, si se usa",
            "Estudios de imagen (resonancia, tomografía) y de laboratorio",
            "Las noches de hospital y el tipo de habitación",
            "La fisioterapia: horas por día y número de días",
            "Las consultas o llamadas de seguimiento después de regresar a casa",
            "Los traslados al aeropuerto y locales en un vehículo accesible",
            "Un intérprete médico",
          ],
        },
        {
          kind: "paragraph",
          text: "Aparte, calcule el costo del viaje mismo:",
        },
        {
          kind: "list",
          items: [
            "Vuelos para usted y al menos un acompañante, con asistencia para silla de ruedas y asientos adecuados",
            "Hospedaje accesible antes y después de la estancia en el hospital, para usted y su acompañante",
            "Comidas, transporte local y noches extra en caso de retrasos o complicaciones",
            "Un seguro médico de viaje que cubra su lesión medular y la evacuación médica",
          ],
        },
        {
          kind: "callout",
          tone: "info",
          text: "Pregunte qué pasa con su dinero si el tratamiento se pospone o se cancela, y pida por escrito las condiciones de reembolso. Si una clínica no quiere poner su precio por escrito, tómelo como una señal de alerta.",
        },
      ],
      sourceIds: ["tijuana-2021", "isscr-closer-look"],
    },
    {
      id: "questions-to-ask",
      heading: "Preguntas para la clínica",
      summary:
        "Haga estas preguntas por escrito y guarde las respuestas; una buena clínica las contestará todas con claridad.",
      blocks: [
        {
          kind: "paragraph",
          text: "Envíe las preguntas por correo electrónico para que las respuestas queden registradas, y compártalas con su propio médico.",
        },
        {
          kind: "list",
          items: [
            "¿En qué hospital se aplicará la inyección intratecal, y cuenta con neurología, estudios de imagen y servicio de urgencias?",
            "¿Quién aplicará cada inyección? Por favor envíeme su nombre completo y sus números de cédula profesional y de cédula de especialidad.",
            "¿Qué médico dirige mi atención, y cuál es su certificado del consejo de la especialidad y su fecha de vencimiento?",
            "¿Puede enviarme una copia de la licencia sanitaria de COFEPRIS que cubre el manejo de células humanas en esta dirección?",
            "¿De dónde vienen las células, quién las procesa y qué pruebas se le hacen al donante?",
            "¿Me enviará el Certificado de Análisis de un laboratorio independiente del lote que yo recibiría, con conteo de células viables, viabilidad, marcadores de identidad, esterilidad, micoplasma y endotoxinas?",
            "¿Cuántas células por dosis, cuántas dosis, por qué vía y en qué días?",
            "¿Cuántas horas diarias de fisioterapia están incluidas, durante cuántos días y quién las da?",
            "¿Qué efectos secundarios han tenido sus pacientes y cómo atienden urgencias como la meningitis o la disreflexia autonómica?",
            "¿Cómo miden los resultados? ¿Hacen un examen ISNCSCI antes del tratamiento y en el seguimiento, y enviarán mi expediente a mi médico?",
            "¿Qué incluye y qué no incluye el precio total, y cuáles son las condiciones de reembolso?",
            "¿Esto forma parte de un ensayo clínico registrado? Si es así, ¿cuál es su número en ClinicalTrials.gov y la aprobación del comité de ética, y por qué me están cobrando?",
          ],
        },
        {
          kind: "callout",
          tone: "info",
          text: "Las respuestas vagas, las que solo se dan por teléfono o WhatsApp, o la negativa a poner algo por escrito también son una respuesta.",
        },
      ],
      sourceIds: ["isscr-closer-look", "rnp-cedula", "cofepris", "clinicaltrials", "asia-isncsci"],
    },
    {
      id: "talk-to-your-doctor",
      heading: "Hable con su propio médico",
      summary:
        "Antes de pagar o viajar, lleve todo lo que reúna al médico que mejor conoce su caso, y continúe con su atención actual.",
      blocks: [
        {
          kind: "paragraph",
          text: "Su médico o su equipo de rehabilitación conocen su lesión, sus medicamentos y sus riesgos. Lléveles el expediente imprimible de Candor de cualquier programa que esté considerando, junto con las respuestas por escrito de la clínica, y pídales que le ayuden a comparar el posible beneficio con el costo y el riesgo. Con ellos:",
        },
        {
          kind: "list",
          items: [
            "Pida un examen ISNCSCI de referencia (su nivel neurológico, su grado AIS y sus puntuaciones motoras y sensitivas) para que cualquier cambio posterior se pueda medir y no solo suponer.",
            "Revise si está en condiciones de viajar y de que le hagan una punción lumbar, incluidos los anticoagulantes, el estado de su piel y el manejo de la vejiga.",
            "Acuerden quién le dará atención si aparece una complicación después de que regrese a casa.",
            "Pregunte si algún ensayo clínico registrado en ClinicalTrials.gov podría ser adecuado para usted; recibir ahora un tratamiento no comprobado podría afectar su posibilidad de entrar a un ensayo más adelante.",
          ],
        },
        {
          kind: "callout",
          tone: "warning",
          text: "No suspenda sus medicamentos, su rehabilitación ni ninguna otra atención porque esté considerando la terapia celular o ya la haya recibido. La terapia con MSC es, como mucho, un complemento de una buena atención, nunca un sustituto.",
        },
      ],
      sourceIds: ["asia-isncsci", "clinicaltrials", "isscr-closer-look"],
    },
  ],
};

export const guide: Record<"en" | "es", GuideContent> = { en, es };
