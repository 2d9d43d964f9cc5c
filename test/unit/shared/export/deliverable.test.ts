import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fitTextWarning } from '../../../../shared/export/readability';
import { normalizeOptions } from '../../../../shared/export/options';
import { createTranslate } from '../../../../shared/i18n/translate';
import { englishT } from '../../../../shared/load';
import { JourneyMapSchema, type JourneyMap } from '../../../../shared/model';
import { generatedMap } from '../../../bench/generatedMap';
import { persianMap, scriptsMap } from '../../../fixtures/export/scripts';
import { exportCompareVector } from '../../../../shared/export/compare/exportCompare';
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeAssets } from '../../../../electron/cli/export/nodeAssets';
import { exportFile, pageCount, pdfText, run } from './nodeExport';

// The deliverable as a client reads it: PDFs and SVGs made by the export core in Node (as the
// CLI makes them), read back with poppler's pdftotext, pdfinfo and pdfimages.

const STAGES = ['Awareness', 'Interest', 'Consideration', 'Purchase', 'Loyalty', 'Advocacy'];
const LANES = ['Customer actions', 'Touchpoints', 'Thoughts', 'Emotions', 'Pain points'];

function withCards(map: JourneyMap, cards: Partial<JourneyMap['cards'][number]>[]): JourneyMap {
  return JourneyMapSchema.parse({
    ...map,
    cards: [
      ...map.cards,
      ...cards.map((c, i) => ({ id: `extra${i}`, order: `b${10 + i}`, text: '', ...c })),
    ],
  });
}

describe('Persian in the PDF', () => {
  test('words around lam and lam-alef keep every letter', async () => {
    const words = [
      'مرحله',
      'گله',
      'علم',
      'حوصله',
      'ساله',
      'کلاه',
      'سلام',
      'لا',
      'الله',
      'فیلم',
      'قلب',
      'ملی',
      'الان',
      'بلاگ',
    ];
    const map = withCards(persianMap(), [
      { laneId: 'thoughts', stageId: 'awareness', text: words.slice(0, 7).join(' ') },
      { laneId: 'thoughts', stageId: 'interest', text: words.slice(7).join(' ') },
    ]);
    const { file } = await exportFile(map, { pdf: { page: 'A3' } });
    const text = pdfText(file);
    for (const word of words) expect(text, word).toContain(word);
    // The cover's own "Contents: 6 مرحله، …".
    const contents = createTranslate('fa')('export.pdf.contentsValue', {
      stages: 6,
      lanes: map.lanes.length,
      count: map.cards.length,
    });
    expect(contents).toContain('مرحله');
    expect(pdfText(file, 1)).toContain('مرحله');
  });
  test('the compare PDF keeps every letter too (the same document set-up as the export)', async () => {
    const words = ['مرحله', 'گله', 'حوصله', 'ساله'];
    const before = persianMap();
    const after = withCards(before, [
      { laneId: 'thoughts', stageId: 'awareness', text: words.join(' ') },
    ]);
    const result = await exportCompareVector(
      before,
      after,
      { ...normalizeOptions({ format: 'pdf' }), format: 'pdf' },
      { t: englishT(), assets: nodeAssets(process.cwd()), today: '2026-11-30' },
    );
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'journey-compare-')), 'c.pdf');
    writeFileSync(file, result.bytes);
    const text = pdfText(file);
    for (const word of words) expect(text, word).toContain(word);
  });
});

describe('page numbers', () => {
  test('every numbered page of a 4-page A4 export says "of 4"', async () => {
    const { file } = await exportFile(scriptsMap(), { pdf: { page: 'A4', fit: 'page' } });
    expect(pageCount(file)).toBe(4);
    for (const page of [2, 3, 4]) expect(pdfText(file, page)).toContain(`Page ${page} of 4`);
  });

  test('a persona with long lists runs onto its own pages, still counted right', async () => {
    const base = scriptsMap();
    const long = Array.from(
      { length: 30 },
      (_, i) => `Goal number ${i + 1} of a very busy project manager`,
    );
    const map = JourneyMapSchema.parse({
      ...base,
      personas: [{ ...base.personas[0], goals: long, needs: long, pains: long }],
    });
    const { file } = await exportFile(map, { pdf: { page: 'A4' } });
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(4);
    for (let page = 2; page <= pages; page += 1) {
      expect(pdfText(file, page)).toContain(`Page ${page} of ${pages}`);
    }
  });
});

describe('codes a client can read', () => {
  test('the PDF map page and the SVG explain channels, evidence, severity, priority, votes and scores', async () => {
    const map = withCards(scriptsMap(), [
      {
        laneId: 'touchpoints',
        stageId: 'awareness',
        text: 'Newsletter',
        channel: 'email',
        evidence: { status: 'observed' },
      },
      { laneId: 'touchpoints', stageId: 'interest', text: 'Trade fair', channel: 'event' },
    ]);
    const { file } = await exportFile(map, { pdf: { page: 'A3', fit: 'page' } });
    const mapPage = pdfText(file, 3);
    for (const words of [
      'Channel',
      'Web',
      'Email',
      'Event',
      'Evidence',
      'Observed',
      'Severity',
      'Critical',
      'Medium',
      'Priority',
      'High',
      'Dot votes',
      'Emotion score (−2 to +2)',
    ]) {
      expect(mapPage, words).toContain(words);
    }
    // Email and Event do not share a code: one is "E", the other "Ev".
    expect(mapPage).toMatch(/\bEv\b/);
    // Emotion points keep their scores.
    for (const score of ['+1', '−2', '+2']) expect(mapPage).toContain(score);

    const { bytes } = await exportFile(map, { format: 'svg', svg: { embedFonts: false } });
    const svg = new TextDecoder().decode(bytes);
    for (const words of [
      'Channel',
      'Email',
      'Event',
      'Observed',
      'Critical',
      'High',
      'Dot votes',
      '>+2<',
      '>−2<',
    ]) {
      expect(svg, words).toContain(words);
    }
  });

  test('two personas: a legend names each curve, and the curves differ by dash as well as colour', async () => {
    const base = scriptsMap();
    const map = JourneyMapSchema.parse({
      ...base,
      personas: [...base.personas, { id: 'anna', name: 'Anna Kowalska' }],
      cards: [
        ...base.cards,
        {
          id: 'a1',
          laneId: 'emotions',
          stageId: 'interest',
          order: 'a0',
          text: 'Meh',
          score: -1,
          personaId: 'anna',
        },
        {
          id: 'a2',
          laneId: 'emotions',
          stageId: 'loyalty',
          order: 'a0',
          text: 'Fine',
          score: 1,
          personaId: 'anna',
        },
      ],
    });
    const { file } = await exportFile(map, { pdf: { page: 'A3' } });
    const mapPage = pdfText(file, 4); // cover, two persona pages, the map
    expect(mapPage).toContain('Emotion curves');
    expect(mapPage).toContain('Olena');
    expect(mapPage).toContain('Anna Kowalska');
    const { bytes } = await exportFile(map, { format: 'svg', svg: { embedFonts: false } });
    const curves = [...new TextDecoder().decode(bytes).matchAll(/<path d="[^"]*"[^>]*>/g)].map(
      (m) => m[0],
    );
    expect(curves.filter((c) => c.includes('stroke-dasharray')).length).toBeGreaterThan(0);
    expect(curves.filter((c) => !c.includes('stroke-dasharray')).length).toBeGreaterThan(0);
  });
});

describe('tiled pages', () => {
  test('every sheet repeats the lane names and the stage names it shows', async () => {
    const { file } = await exportFile(scriptsMap(), {
      pdf: {
        page: 'A4',
        orientation: 'portrait',
        fit: 'tile',
        tileScalePercent: 200,
        cover: false,
        personas: false,
        summary: false,
      },
    });
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(3);
    for (let page = 1; page <= pages; page += 1) {
      // A name in a narrow strip may wrap inside a word ("Awarenes-s"): read it whole.
      const text = pdfText(file, page).replace(/\s+/g, '');
      expect(
        LANES.some((lane) => text.includes(lane.replace(/\s+/g, ''))),
        `page ${page} names its lanes`,
      ).toBe(true);
      expect(
        STAGES.some((stage) => text.includes(stage)),
        `page ${page} names its stages`,
      ).toBe(true);
    }
  });
});

describe('fit on one page', () => {
  test('a big map on A4 warns that its text prints too small; the fixture on A3 does not', () => {
    const big = JourneyMapSchema.parse(generatedMap(1000));
    const a4 = normalizeOptions({ pdf: { page: 'A4', fit: 'page' } }).pdf;
    expect(fitTextWarning(big, a4, englishT())).toMatchObject({ min: 6 });
    expect(Number(fitTextWarning(big, a4, englishT())?.size)).toBeLessThan(6);
    expect(
      fitTextWarning(scriptsMap(), normalizeOptions({ pdf: { page: 'A3' } }).pdf, englishT()),
    ).toBeNull();
    expect(
      fitTextWarning(big, normalizeOptions({ pdf: { page: 'A4', fit: 'tile' } }).pdf, englishT()),
    ).toBeNull();
  });
});

describe('posters', () => {
  test('--poster on A1 is the poster sheet alone: no cover, persona page or empty table', async () => {
    const { file } = await exportFile(scriptsMap(), { pdf: { page: 'A1', poster: true } });
    expect(pageCount(file)).toBe(1);
    const text = pdfText(file);
    expect(text).not.toContain('Pain points and opportunities');
    expect(text).toContain('Customer actions');
  });
});

describe('cover logo', () => {
  const png = readFileSync('build/icons/256x256.png').toString('base64');
  const svg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#0a7"/><circle cx="20" cy="20" r="12" fill="#fff"/></svg>',
  ).toString('base64');

  test.each([
    ['PNG', `data:image/png;base64,${png}`],
    ['SVG', `data:image/svg+xml;base64,${svg}`],
  ])('a %s logo is drawn on the cover', async (_kind, logo) => {
    const map = JourneyMapSchema.parse({ ...scriptsMap(), logo });
    const { file } = await exportFile(map, {
      pdf: { page: 'A4', personas: false, summary: false },
    });
    const images = run('pdfimages', ['-list', '-f', '1', '-l', '1', file])
      .trim()
      .split('\n')
      .slice(2);
    expect(images.length).toBeGreaterThan(0);
    const without = await exportFile(scriptsMap(), {
      pdf: { page: 'A4', personas: false, summary: false },
    });
    expect(run('pdfimages', ['-list', without.file]).trim().split('\n').slice(2)).toEqual([]);
  });

  test('the loader refuses a logo that is not an embedded image or is too big', () => {
    const parse = (logo: string) => JourneyMapSchema.safeParse({ ...scriptsMap(), logo }).success;
    expect(parse('https://example.com/logo.png')).toBe(false);
    expect(parse(`data:image/png;base64,${'A'.repeat(800_000)}`)).toBe(false);
    expect(parse(`data:image/png;base64,${png}`)).toBe(true);
  });
});
