import { scanText, scanTexts } from "./index.js";

/**
 * Scan rate on one core: a few megabytes of realistic clinic text (honest paragraphs with red flags mixed
 * in, English and Spanish), scanned as separate listings of about 2 KB each.
 */
const PARAGRAPHS = [
  "Mesenchymal stromal cell therapy for spinal cord injury is experimental. This is not a cure, and results vary between patients. Intensive rehabilitation is the core of every programme we offer.",
  "La terapia con células estromales mesenquimales es experimental. No garantizamos resultados: la rehabilitación intensiva es el centro del programa y la inyección intratecal se aplica en quirófano.",
  "Miracle cells for paralysis! We guarantee you will walk again, with no side effects. FDA-approved stem cell therapy. Only 3 spots left this month.",
  "¡Células milagrosas! Le garantizamos que volverá a caminar, sin efectos secundarios. Tratamiento aprobado por la FDA. Cupo limitado, promoción válida solo esta semana.",
  "Our neurologist reviews your MRI before treatment. The package includes two lumbar punctures, two IV infusions, 21 nights in hospital and physical therapy every weekday.",
  "El paquete incluye hospedaje accesible, traslados desde el aeropuerto y un intérprete. Las imágenes de resonancia y los estudios de laboratorio se cotizan aparte.",
];

/**
 * Megabytes of text scanned per second. `batch` texts go to each scanTexts call, as a crawl scanned with
 * `candor redflags scan --jsonl` does; 1 is one text at a time, as "Check a claim" does.
 */
export function measureScanRate(
  batch = 1,
  targetBytes = 4 * 1024 * 1024,
): {
  megabytesPerSecond: number;
  bytes: number;
  ms: number;
  documents: number;
} {
  const documents: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const doc = Array.from({ length: 10 }, (_, j) => PARAGRAPHS[(i + j * 7) % PARAGRAPHS.length]).join(
      "\n\n",
    );
    documents.push(doc);
    bytes += Buffer.byteLength(doc);
  }
  for (const doc of documents.slice(0, 400)) scanText(doc); // warm up: let V8 compile the expressions to native code
  const started = performance.now();
  for (let i = 0; i < documents.length; i += batch) scanTexts(documents.slice(i, i + batch));
  const ms = performance.now() - started;
  return { megabytesPerSecond: bytes / 1024 / 1024 / (ms / 1000), bytes, ms, documents: documents.length };
}
