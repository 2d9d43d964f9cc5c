import { jsPDF } from 'jspdf';

/** The part of jsPDF's internal event hub this module reads (not in jsPDF's typings). */
interface EventHub {
  getTopics(): Record<string, Record<string, [unknown, boolean]>>;
}

/**
 * Turns off jsPDF's own Arabic shaper for one document. jsPDF runs it on every `text` call,
 * whatever the bidi flags say, and it joins any lam presentation form followed by an alef
 * form into the lam-alef ligature: in our already shaped, visual-order strings an alef
 * *before* a lam ("ساله" drawn reversed) became "سلا". Our text arrives shaped and in visual
 * order (text/visualRuns.ts), so nothing may touch it.
 */
export function withoutJsPdfShaping(doc: jsPDF): void {
  const hub = (doc.internal as unknown as { events: EventHub }).events;
  const shaper = (jsPDF.API as unknown as { processArabic?: unknown }).processArabic;
  const topics = hub.getTopics();
  const subscribers = topics.preProcessText;
  if (!subscribers) return;
  // The hub's subscriber table, rebuilt without the shaper (jsPDF reads it on every `text`).
  topics.preProcessText = Object.fromEntries(
    Object.entries(subscribers).filter(([, [callback]]) => callback !== shaper),
  );
}

/**
 * A new PDF document as every export of ours makes one: points, the page size given,
 * compressed, only the fonts it uses, and our shaping only (see `withoutJsPdfShaping`).
 */
export function newPdfDocument(
  size: { width: number; height: number },
  orientation: 'portrait' | 'landscape',
): jsPDF {
  const doc = new jsPDF({
    unit: 'pt',
    format: [size.width, size.height],
    orientation,
    compress: true,
    putOnlyUsedFonts: true,
  });
  withoutJsPdfShaping(doc);
  return doc;
}
