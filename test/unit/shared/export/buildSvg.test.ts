import { expect, test } from 'vitest';
import { layoutMap } from '../../../../shared/layout';
import { englishT } from '../../../../shared/load';
import { buildScene } from '../../../../shared/export/scene/buildScene';
import { fontsUsed } from '../../../../shared/export/scene/fontsUsed';
import { buildSvg, escapeXml } from '../../../../shared/export/svg/buildSvg';
import { MIXED_LINE, SCRIPT_TEXTS, scriptsMap } from '../../../fixtures/export/scripts';

const scene = () => buildScene(layoutMap(scriptsMap()), englishT());

test('every laid-out line is a <text> at the layout position, escaped', () => {
  const svg = buildSvg(scene(), { title: 'A & B <map>' });
  expect(svg).toContain('<title>A &amp; B &lt;map&gt;</title>');
  for (const text of [...Object.values(SCRIPT_TEXTS), MIXED_LINE, 'Awareness']) {
    expect(svg).toContain(`>${escapeXml(text)}</text>`);
  }
  // A Persian line is right to left: anchored at its right end.
  expect(svg).toMatch(/direction="rtl">مشتری سفارش/);
  expect(svg).not.toContain('@font-face');
});

test('a view draws only what touches it, in its own coordinates', () => {
  const full = scene();
  const svg = buildSvg(full, { view: { x: 0, y: 0, width: 300, height: 120 } });
  expect(svg).toContain('viewBox="0 0 300 120"');
  expect(svg).toContain('Awareness');
  expect(svg).not.toContain('Advocacy');
});

test('fonts: only the faces and weights the text uses', () => {
  const uses = fontsUsed(full());
  expect(uses).toEqual([
    { face: 'latin', weight: 'regular' },
    { face: 'latin', weight: 'bold' },
    { face: 'arabic', weight: 'regular' },
  ]);
  function full() {
    return scene();
  }
});
