import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { nodeAssets } from '../../../../electron/cli/export/nodeAssets';
import { exportVector } from '../../../../shared/export/exportDocument';
import { deliverableLabels } from '../../../../shared/export/labels';
import { normalizeOptions, type SlideSize } from '../../../../shared/export/options';
import { planDeck } from '../../../../shared/export/pptx/deckPlan';
import { englishT } from '../../../../shared/load';
import { JourneyMapSchema, type JourneyMap } from '../../../../shared/model';
import { formatMetricValue, funnelOf, funnelText } from '../../../../shared/metrics';
import { metricsMaps } from '../../../fixtures/export/metrics';
import { SCRIPT_TEXTS, persianMap, scriptsMap } from '../../../fixtures/export/scripts';

/**
 * The .pptx file itself, read with `unzip` as PowerPoint would open the package: how many
 * slides, what size, which texts at which sizes, and which way they read.
 */
const dir = mkdtempSync(join(tmpdir(), 'journey-pptx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;

async function deck(map: JourneyMap, slideSize: SlideSize = '16:9'): Promise<string> {
  const options = normalizeOptions({ format: 'pptx', pptx: { slideSize } });
  const result = await exportVector(
    map,
    { ...options, format: 'pptx' },
    { t: englishT(), assets: nodeAssets(process.cwd()), today: '2026-12-01' },
  );
  count += 1;
  const file = join(dir, `deck-${count}.pptx`);
  writeFileSync(file, result.bytes);
  expect(result.fileName).toBe(`${map.title}.pptx`);
  return file;
}

function read(file: string, entry: string): string {
  return execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 1 << 26 });
}

/** The slides' XML in slide order. */
function slides(file: string): string[] {
  const names = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' })
    .split('\n')
    .filter((name) => /^ppt\/(slides\/slide|charts\/chart)\d+\.xml$/.test(name));
  const number = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1]);
  return names
    .filter((name) => name.startsWith('ppt/slides/'))
    .sort((a, b) => number(a) - number(b))
    .map((name) => read(file, name));
}

function charts(file: string): string[] {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' })
    .split('\n')
    .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
    .map((name) => read(file, name));
}

/** The texts of the XML's runs, XML entities decoded. */
function texts(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    (m[1] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
  );
}

/** A big map: 14 stages, 30 long cards in one cell, 45 pain points. */
function bigMap(): JourneyMap {
  const map = scriptsMap();
  const stages = Array.from(
    { length: 14 },
    (_, i) => map.stages[i] ?? { id: `s${i}`, name: `Stage ${i + 1}` },
  );
  const card = (id: string, laneId: string, stageId: string, text: string) => ({
    id,
    laneId,
    stageId,
    order: 'a0',
    text,
  });
  return JourneyMapSchema.parse({
    ...map,
    stages,
    cards: [
      ...map.cards,
      ...Array.from({ length: 30 }, (_, i) =>
        card(
          `l${i}`,
          'thoughts',
          's9',
          `Thought ${i + 1}: I wonder whether the parcel will come before the weekend`,
        ),
      ),
      ...Array.from({ length: 45 }, (_, i) => card(`p${i}`, 'pain-points', 's12', `Pain ${i + 1}`)),
    ],
  });
}

describe('the .pptx package', () => {
  test('as many slides as planned, of the chosen size, every card text as editable text', async () => {
    const map = bigMap();
    for (const size of ['16:9', '4:3'] as const) {
      const file = await deck(map, size);
      const xml = slides(file);
      expect(xml).toHaveLength(planDeck(map, size).length);
      expect(read(file, 'ppt/presentation.xml')).toContain(
        size === '16:9'
          ? '<p:sldSz cx="9144000" cy="5143500"'
          : '<p:sldSz cx="9144000" cy="6858000"',
      );
      const all = xml.flatMap(texts);
      for (const c of map.cards) {
        if (c.laneId !== 'emotions') expect(all).toContain(c.text);
      }
      for (const stage of map.stages) expect(all).toContain(stage.name);
    }
  });

  test('the package is compressed and whole, its content types first', async () => {
    const file = await deck(bigMap());
    expect(execFileSync('unzip', ['-tq', file], { encoding: 'utf8' })).toMatch(/^No errors/);
    const listing = execFileSync('unzip', ['-v', file], { encoding: 'utf8' });
    const parts = [...listing.matchAll(/^\s*\d+\s+(\S+)\s+.*\s(\S+)$/gm)].map((m) => ({
      method: m[1],
      name: m[2],
    }));
    expect(parts[0]?.name).toBe('[Content_Types].xml');
    const slideParts = parts.filter((p) => p.name?.startsWith('ppt/slides/slide'));
    expect(slideParts.length).toBeGreaterThan(5);
    for (const part of slideParts) expect(part.method).toMatch(/^Defl/);
  });

  test('no text anywhere is set below 10 pt, in the slides and in the charts', async () => {
    const file = await deck(bigMap());
    const sizes = [...slides(file), ...charts(file)].flatMap((xml) =>
      [...xml.matchAll(/<a:(?:rPr|defRPr|endParaRPr)[^>]*\ssz="(\d+)"/g)].map((m) => Number(m[1])),
    );
    expect(sizes.length).toBeGreaterThan(100);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1000); // hundredths of a point
    expect(charts(file)).toHaveLength(1); // the one emotion lane, a native chart
  });

  test('a right-to-left map gives right-to-left slides: the stages read from the right', async () => {
    const map = persianMap();
    const file = await deck(map);
    expect(read(file, 'ppt/presentation.xml')).toMatch(/<p:presentation [^>]*rtl="1"/);
    const mapSlide = slides(file)[2] ?? '';
    const header = texts(/<a:tr[^>]*>.*?<\/a:tr>/s.exec(mapSlide)?.[0] ?? '');
    expect(header).toEqual([...map.stages.map((s) => s.name)].reverse());
    // Persian paragraphs are marked right to left; a Cyrillic card in the same map is not.
    const paragraph = (text: string) =>
      new RegExp(`<a:p><a:pPr([^>]*)>(?:(?!</a:p>).)*<a:t>${text}</a:t>`, 's').exec(mapSlide)?.[1];
    expect(paragraph(SCRIPT_TEXTS.persian)).toContain('rtl="1"');
    expect(paragraph(SCRIPT_TEXTS.cyrillic)).not.toContain('rtl="1"');
    expect(paragraph(SCRIPT_TEXTS.cyrillic)).toContain('algn="r"');
  });

  test('the stage metrics: a table of the latest values and signed changes, a funnel bar chart', async () => {
    const { en, ru } = metricsMaps();
    const plain = await deck(scriptsMap());
    expect(slides(plain)).toHaveLength(5);
    for (const map of [en, ru]) {
      const file = await deck(map);
      const xml = slides(file);
      expect(xml).toHaveLength(7);
      const table = texts(xml[4] ?? '');
      const deals = map.metrics[0];
      if (!deals) throw new Error('the fixture has a deals metric');
      // Awareness: 12,480 then 13,100; purchase: 640 then 610.
      expect(table).toContain(formatMetricValue(13100, deals, map.language));
      expect(table).toContain(`\u200e+${formatMetricValue(620, deals, map.language)}`);
      expect(table).toContain(`\u200e\u2212${formatMetricValue(30, deals, map.language)}`);
      for (const stage of map.stages) expect(table).toContain(stage.name);
      for (const metric of map.metrics) expect(table).toContain(metric.name);
      expect(table.join(' ')).not.toMatch(/[▲▼]/);
      // The funnel: a native bar chart of the six stages, and the biggest drop in words.
      const bar = charts(file).find((chart) => chart.includes('<c:barChart>'));
      expect(bar).toBeDefined();
      for (const stage of map.stages) expect(bar).toContain(stage.name);
      const funnel = funnelOf(map, 'deals');
      if (!funnel) throw new Error('the fixture has a funnel');
      const drop = funnelText(map, funnel, deliverableLabels(map, englishT())).biggestDrop ?? '';
      expect(drop).toContain('»');
      expect(texts(xml[5] ?? '').join('')).toContain(drop);
      const sizes = [xml[4] ?? '', xml[5] ?? '', bar ?? ''].flatMap((part) =>
        [...part.matchAll(/<a:(?:rPr|defRPr|endParaRPr)[^>]*\ssz="(\d+)"/g)].map((m) =>
          Number(m[1]),
        ),
      );
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1000);
    }
    // Right to left, the metric names stand at the right and the stages read from the right.
    const fa = metricsMaps().fa;
    const header = texts(
      /<a:tr[^>]*>.*?<\/a:tr>/s.exec(slides(await deck(fa))[4] ?? '')?.[0] ?? '',
    );
    expect(header.slice(0, -1)).toEqual([...fa.stages.map((s) => s.name)].reverse());
  });
});
