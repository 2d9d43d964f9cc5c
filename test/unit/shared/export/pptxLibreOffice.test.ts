import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { convertWithLibreOffice, libreOfficeAvailable } from '../../helpers/libreOffice';
import classic from '../../../../templates/01-classic.journey.json';
import { nodeAssets } from '../../../../electron/cli/export/nodeAssets';
import { exportVector } from '../../../../shared/export/exportDocument';
import { normalizeOptions, type SlideSize } from '../../../../shared/export/options';
import { planDeck } from '../../../../shared/export/pptx/deckPlan';
import { englishT } from '../../../../shared/load';
import { JourneyMapSchema, type JourneyMap } from '../../../../shared/model';
import { pageCount, plain } from './nodeExport';

/**
 * What a client sees: LibreOffice Impress (Debian's libreoffice-impress) opens the exported
 * deck and prints it to PDF, and poppler reads the stage names and card texts back in Latin
 * with Polish letters, Cyrillic and Persian, one PDF page per planned slide. Without soffice
 * the tests are skipped on a developer's machine; in CI (`CI` set) they must run.
 */
const available = libreOfficeAvailable;
const mustRun = Boolean(process.env.CI);
if (!available && !mustRun) {
  console.log('PowerPoint tests skipped: no `soffice` (apt-get install libreoffice-impress)');
}

const dir = mkdtempSync(join(tmpdir(), 'journey-pptx-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Language {
  code: 'pl' | 'uk' | 'fa';
  cards: string[];
  pains: string[];
}

// No zero-width non-joiner in the Persian card texts: pdftotext drops it, which says nothing of
// the slides. (Lam + alef is handled by `words`.)
const LANGUAGES: Language[] = [
  {
    code: 'pl',
    cards: ['Widzi reklamę', 'Porównuje ceny', 'Czyta opinie', 'Płaci kartą', 'Wraca', 'Poleca'],
    pains: ['Długa dostawa', 'Źle opisany zwrot'],
  },
  {
    code: 'uk',
    cards: [
      'Бачить рекламу',
      'Порівнює ціни',
      'Читає відгуки',
      'Оплачує',
      'Повертається',
      'Радить',
    ],
    pains: ['Довга доставка', 'Незрозуміле повернення'],
  },
  {
    code: 'fa',
    cards: ['تبلیغ را دید', 'مقایسه قیمت', 'خواندن نظرات', 'پرداخت سفارش', 'خرید دوباره', 'معرفی'],
    pains: ['ارسال دیر', 'پشتیبانی کند'],
  },
];

/** The classic template in the language, its stage and lane names translated, with cards. */
function mapIn(language: Language): JourneyMap {
  const base = JourneyMapSchema.parse(classic);
  const translation = JSON.parse(
    readFileSync(`templates/i18n/${language.code}.json`, 'utf8'),
  ).classic;
  const card = (id: string, laneId: string, stageId: string, text: string, extra = {}) => ({
    id,
    laneId,
    stageId,
    order: 'a0',
    text,
    ...extra,
  });
  return JourneyMapSchema.parse({
    ...base,
    title: translation.title,
    language: language.code,
    direction: language.code === 'fa' ? 'rtl' : 'ltr',
    stages: base.stages.map((s) => ({ ...s, name: translation.stages[s.id] })),
    lanes: base.lanes.map((l) => ({ ...l, name: translation.lanes[l.id] })),
    personas: [{ id: 'p1', name: language.cards[0] }],
    cards: [
      ...base.stages.map((s, i) => card(`a${i}`, 'actions', s.id, language.cards[i] ?? '')),
      card('e1', 'emotions', 'awareness', '', { score: 1, personaId: 'p1' }),
      card('e2', 'emotions', 'purchase', '', { score: -2, personaId: 'p1' }),
      ...language.pains.map((text, i) =>
        card(`p${i}`, 'pain-points', base.stages[i + 2]?.id ?? '', text, { severity: 'high' }),
      ),
    ],
  });
}

async function deck(map: JourneyMap, slideSize: SlideSize): Promise<string> {
  const options = normalizeOptions({ format: 'pptx', pptx: { slideSize } });
  const result = await exportVector(
    map,
    { ...options, format: 'pptx' },
    { t: englishT(), assets: nodeAssets(process.cwd()), today: '2026-12-01' },
  );
  const file = join(dir, `${map.language}-${slideSize.replace(':', 'x')}.pptx`);
  writeFileSync(file, result.bytes);
  return file;
}

/** soffice --headless --convert-to pdf, all decks in one run (a start costs seconds). */
function toPdf(files: string[]): string[] {
  return convertWithLibreOffice(files, { to: 'pdf', workDir: dir, timeoutMs: 180_000 });
}

/**
 * Text as compared: presentation forms back to letters, bidi controls gone, one space apart,
 * and lam + alef in either order one symbol (pdftotext writes the ligature's two letters in
 * visual order, alef first, in LibreOffice's PDFs).
 */
function words(text: string): string {
  return plain(text)
    .replace(/\s+/g, ' ')
    .replace(/\u0644\u0627|\u0627\u0644/g, '\u0000');
}

function pdfText(file: string): string {
  return words(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
}

describe.skipIf(!available && !mustRun)('LibreOffice Impress opens the PowerPoint deck', () => {
  test('stage names and card texts in Polish, Ukrainian and Persian; a page per slide', async () => {
    const maps = LANGUAGES.map(mapIn);
    const files = [
      ...(await Promise.all(maps.map((map) => deck(map, '16:9')))),
      await deck(maps[1] as JourneyMap, '4:3'),
    ];
    const pdfs = toPdf(files);
    maps.forEach((map, i) => {
      const pdf = pdfs[i] ?? '';
      // Title, persona, the map, the emotion chart, the pain points table.
      expect(planDeck(map, '16:9').map((s) => s.kind)).toEqual([
        'title',
        'persona',
        'map',
        'emotions',
        'summary',
      ]);
      expect(pageCount(pdf)).toBe(planDeck(map, '16:9').length);
      const text = pdfText(pdf);
      expect(text).toContain(words(map.title));
      for (const stage of map.stages) expect(text).toContain(words(stage.name));
      const language = LANGUAGES[i] as Language;
      for (const card of [...language.cards, ...language.pains]) {
        expect(text).toContain(words(card));
      }
    });
    // 4:3 pages are 10 × 7.5 in (720 × 540 pt), 16:9 ones 10 × 5.625 in.
    const size = (pdf: string) =>
      /Page size:\s+([\d.]+ x [\d.]+)/.exec(
        execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }),
      )?.[1];
    expect(size(pdfs[3] ?? '')).toBe('720 x 540');
    expect(size(pdfs[1] ?? '')).toMatch(/^720 x 405/);
  }, 240_000);
});
