import type { jsPDF } from 'jspdf';
import type { FontFace, FontWeight } from '../../layout';
import { binaryString } from '../binary';
import type { ExportAssets } from '../assets';
import type { FontUse } from '../scene/fontsUsed';

const FAMILY: Record<FontFace, string> = { latin: 'NotoSans', arabic: 'Vazirmatn' };

/** jsPDF's family and style names of a face and weight. */
export function pdfFont(face: FontFace, weight: FontWeight): [string, string] {
  return [FAMILY[face], weight === 'bold' ? 'bold' : 'normal'];
}

/**
 * Registers the faces a document uses with jsPDF as Identity-H TrueType, both weights (the
 * pages around the map set headings in bold). jsPDF writes only fonts that a page uses
 * (`putOnlyUsedFonts`) and embeds each as a subset of the glyphs drawn, with a ToUnicode map
 * so that the text can be selected and searched. The Latin face is always there: page
 * furniture (footer, page numbers) uses it.
 */
export async function registerFonts(
  doc: jsPDF,
  uses: FontUse[],
  assets: ExportAssets,
): Promise<void> {
  const faces = new Set<FontFace>(['latin', ...uses.map((u) => u.face)]);
  for (const face of faces) {
    for (const weight of ['regular', 'bold'] as const) {
      const bytes = await assets.font(face, weight);
      const [family, style] = pdfFont(face, weight);
      const file = `${family}-${style}.ttf`;
      // A TrueType binary string (starts 00 01 00 00): jsPDF takes it without base64.
      doc.addFileToVFS(file, binaryString(bytes));
      doc.addFont(file, family, style, 'Identity-H');
    }
  }
}
