import { expect, test } from 'vitest';
import { storeMetricsMap } from '../../../fixtures/metrics/storeMetrics';
import { exportFile, pdfText, run } from './nodeExport';

// The metrics lane on a PDF map page, through the same scene as the canvas: its values are
// text a reader can search (pdftotext), and its arrows and marks are drawn, not glyphs the
// embedded fonts lack.
test('a PDF map page carries the metrics lane as text', async () => {
  const { file } = await exportFile(storeMetricsMap(), {
    format: 'pdf',
    pdf: { cover: false, personas: false, summary: false },
  });
  const text = pdfText(file, 1);
  for (const expected of ['Metrics', 'Customers', 'Time to pay', '6,000', '12.5%', '4.2 min']) {
    expect(text).toContain(expected);
  }
  expect(text).toContain('Target not met');
  // No character fell back to a missing glyph (jsPDF would print it as a stray byte).
  expect(text).not.toMatch(/[\u25b2\u25bc\u2713\u2717\ufffd]/);
  run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, `${file}-page`]);
});
