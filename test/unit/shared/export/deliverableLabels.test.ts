import { describe, expect, test } from 'vitest';
import { createTranslate } from '../../../../shared/i18n/translate';
import { deliverableLabels } from '../../../../shared/export/labels';

const page = { page: 2, count: 5 };
const ui = createTranslate('uk');

describe('a deliverable speaks the map’s language', () => {
  test('a Persian map gets Persian page numbers whatever the UI speaks', () => {
    const t = deliverableLabels({ language: 'fa' }, ui);
    expect(t('export.pdf.pageNumber', page)).toBe(
      createTranslate('fa')('export.pdf.pageNumber', page),
    );
    expect(t('export.pdf.pageNumber', page)).not.toBe(ui('export.pdf.pageNumber', page));
  });

  test('an English map from a Ukrainian UI goes out in English', () => {
    const t = deliverableLabels({ language: 'en-GB' }, ui);
    expect(t('export.pdf.pageNumber', page)).toBe(
      createTranslate('en')('export.pdf.pageNumber', page),
    );
  });

  test('a language the UI lacks falls back to the UI’s translator', () => {
    const t = deliverableLabels({ language: 'de' }, ui);
    expect(t('export.pdf.pageNumber', page)).toBe(ui('export.pdf.pageNumber', page));
  });
});
