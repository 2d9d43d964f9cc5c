import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../../shared/load';
import type { JourneyMap } from '../../../shared/model';
import {
  LIMITS,
  ORIENTATIONS,
  PAGE_SIZES,
  PDF_FITS,
  type PdfOptions,
} from '../../../shared/export/options';
import { planMapPage } from '../../../shared/export/pdf/mapPagePlan';
import { hasMetricsPage } from '../../../shared/export/pdf/metricsPages';
import { PAPER_MM, PT_PER_MM, PT_PER_PX } from '../../../shared/export/pdf/paper';
import { mapTiling } from '../../../shared/export/pdf/tiling';
import { posterCellMm } from '../../../shared/export/poster';
import { fitTextWarning } from '../../../shared/export/readability';
import { Checkbox, NumberField, RadioGroup, Select, TextField } from './fields';

/** Below this a poster cell is too small to write in with markers (a sticky note is 76 mm). */
const MARKER_CELL_MM = 80;
export function PdfFields(props: {
  map: JourneyMap;
  /** The deliverable's words (the legend's height on the page depends on them). */
  labels: Translate;
  options: PdfOptions;
  onChange(options: PdfOptions): void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const { options, map, labels, disabled } = props;
  const set = <K extends keyof PdfOptions>(key: K, value: PdfOptions[K]) =>
    props.onChange({ ...options, [key]: value });

  // The same plan of the map page as the exporter's: legend, footer and margins left out.
  const plan = useMemo(() => planMapPage(map, options, labels), [map, options, labels]);
  const areaMm = {
    width: plan.geometry.area.width / PT_PER_MM,
    height: plan.geometry.area.height / PT_PER_MM,
  };
  const tiles = useMemo(() => {
    const scale = (options.tileScalePercent / 100) * PT_PER_PX;
    return mapTiling(plan.layout, plan.geometry.area, scale, options.overlapMm * PT_PER_MM).grid;
  }, [plan, options.tileScalePercent, options.overlapMm]);
  const tooSmall = useMemo(() => fitTextWarning(map, options, labels), [map, options, labels]);
  const cell = useMemo(
    () => (options.poster ? posterCellMm(map, areaMm) : null),
    // areaMm is derived from plan on every render: depend on its numbers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [options.poster, map, areaMm.width, areaMm.height],
  );

  return (
    <div className="export-fields">
      <div className="export-row">
        <Select
          label={t('export.pdf.page')}
          value={options.page}
          options={PAGE_SIZES.map((page) => ({
            value: page,
            label: `${page} (${PAPER_MM[page].width} × ${PAPER_MM[page].height} mm)`,
          }))}
          onChange={(value) => set('page', value)}
          disabled={disabled}
        />
        <Select
          label={t('export.pdf.orientation')}
          value={options.orientation}
          options={ORIENTATIONS.map((o) => ({
            value: o,
            label: t(`export.pdf.orientations.${o}`),
          }))}
          onChange={(value) => set('orientation', value)}
          disabled={disabled}
        />
        <NumberField
          label={t('export.pdf.margin')}
          value={options.marginMm}
          {...LIMITS.marginMm}
          onChange={(value) => set('marginMm', value)}
          disabled={disabled}
        />
      </div>
      <Checkbox
        label={t('export.pdf.poster')}
        checked={options.poster}
        onChange={(value) => set('poster', value)}
        disabled={disabled}
      />
      {cell && (
        <p className="export-hint" role="note">
          {t('export.pdf.posterCells', {
            width: Math.round(cell.width),
            height: Math.round(cell.height),
          })}{' '}
          {Math.min(cell.width, cell.height) < MARKER_CELL_MM && t('export.pdf.posterSmall')}
        </p>
      )}
      {!options.poster && (
        <RadioGroup
          legend={t('export.pdf.fit')}
          value={options.fit}
          options={PDF_FITS.map((fit) => ({ value: fit, label: t(`export.pdf.fits.${fit}`) }))}
          onChange={(value) => set('fit', value)}
          disabled={disabled}
        />
      )}
      {tooSmall && (
        <p className="export-hint export-warning" role="alert">
          {t('export.pdf.smallText', tooSmall)}
        </p>
      )}
      {!options.poster && options.fit === 'tile' && (
        <>
          <div className="export-row">
            <NumberField
              label={t('export.pdf.tileScale')}
              value={options.tileScalePercent}
              {...LIMITS.tileScalePercent}
              step={5}
              onChange={(value) => set('tileScalePercent', value)}
              disabled={disabled}
            />
            <NumberField
              label={t('export.pdf.overlap')}
              value={options.overlapMm}
              {...LIMITS.overlapMm}
              onChange={(value) => set('overlapMm', value)}
              disabled={disabled}
            />
          </div>
          <p className="export-hint" role="note">
            {t('export.pdf.tileCount', {
              count: tiles.tiles.length,
              columns: tiles.columns,
              rows: tiles.rows,
            })}
          </p>
        </>
      )}
      <fieldset className="export-radios" disabled={disabled}>
        <legend>{t('export.pdf.pages')}</legend>
        <Checkbox
          label={t('export.pdf.cover')}
          checked={options.cover}
          onChange={(v) => set('cover', v)}
        />
        <Checkbox
          label={t('export.pdf.personas')}
          checked={options.personas}
          onChange={(v) => set('personas', v)}
        />
        {hasMetricsPage(map) && (
          <Checkbox
            label={t('export.pdf.metrics')}
            checked={options.metrics}
            onChange={(v) => set('metrics', v)}
          />
        )}
        <Checkbox
          label={t('export.pdf.summary')}
          checked={options.summary}
          onChange={(v) => set('summary', v)}
        />
      </fieldset>
      <div className="export-row">
        <TextField
          label={t('export.pdf.date')}
          type="date"
          value={options.date}
          onChange={(value) => set('date', value)}
          disabled={disabled || !options.cover}
        />
        <TextField
          label={t('export.pdf.subject')}
          value={options.subject}
          onChange={(v) => set('subject', v)}
          disabled={disabled}
        />
        <TextField
          label={t('export.pdf.keywords')}
          value={options.keywords}
          onChange={(v) => set('keywords', v)}
          disabled={disabled}
        />
      </div>
    </div>
  );
}
