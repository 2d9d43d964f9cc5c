import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapLayout } from '../../../shared/layout';
import type { JourneyMap } from '../../../shared/model';
import {
  LIMITS,
  ORIENTATIONS,
  PAGE_SIZES,
  PDF_FITS,
  type PdfOptions,
} from '../../../shared/export/options';
import { PAPER_MM, PT_PER_MM, PT_PER_PX, pageSizePt } from '../../../shared/export/pdf/paper';
import { tileGrid } from '../../../shared/export/pdf/tiling';
import { posterCellMm } from '../../../shared/export/poster';
import { Checkbox, NumberField, RadioGroup, Select, TextField } from './fields';

/** Below this a poster cell is too small to write in with markers (a sticky note is 76 mm). */
const MARKER_CELL_MM = 80;
/** Room the footer takes at the page's bottom, in mm (see pdf/footer.ts). */
const FOOTER_MM = (22 * PT_PER_PX) / PT_PER_MM;

export function PdfFields(props: {
  map: JourneyMap;
  layout: MapLayout;
  options: PdfOptions;
  onChange(options: PdfOptions): void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const { options, map, layout, disabled } = props;
  const set = <K extends keyof PdfOptions>(key: K, value: PdfOptions[K]) =>
    props.onChange({ ...options, [key]: value });

  const areaMm = useMemo(() => {
    const { width, height } = pageSizePt(options.page, options.orientation);
    return {
      width: width / PT_PER_MM - 2 * options.marginMm,
      height: height / PT_PER_MM - 2 * options.marginMm - FOOTER_MM,
    };
  }, [options.page, options.orientation, options.marginMm]);
  const tiles = useMemo(() => {
    const scale = (options.tileScalePercent / 100) * PT_PER_PX;
    const area = { width: areaMm.width * PT_PER_MM, height: areaMm.height * PT_PER_MM };
    return tileGrid(layout.bounds, area, scale, options.overlapMm * PT_PER_MM);
  }, [layout, areaMm, options.tileScalePercent, options.overlapMm]);
  const cell = useMemo(
    () => (options.poster ? posterCellMm(map, areaMm) : null),
    [options.poster, map, areaMm],
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
