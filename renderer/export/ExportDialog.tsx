import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutMap } from '../../shared/layout';
import type { JourneyMap } from '../../shared/model';
import { deliverableLabels } from '../../shared/export/labels';
import { mapSceneWithLegend } from '../../shared/export/scene/mapScene';
import { useHost } from '../host/hostContext';
import { Checkbox, RadioGroup, Select } from './dialog/fields';
import { ExportProgress } from './dialog/ExportProgress';
import { PdfFields } from './dialog/PdfFields';
import { useExportRun } from './dialog/useExportRun';
import '../theme/theme.css';
import './exportDialog.css';
import {
  DEFAULT_OPTIONS,
  EXPORT_FORMATS,
  PNG_BACKGROUNDS,
  PNG_SCALES,
  SLIDE_SIZES,
  type ExportFormat,
  type ExportOptions,
} from '../../shared/export/options';
import { DATA_FORMATS, isDataFormat, type DataFormat } from './dataExport';
import { MermaidLeftOut } from './dialog/MermaidLeftOut';
import { pngSize } from './png/pngSize';

export interface ExportDialogProps {
  /** The map to export, as it is now (the dialog lays it out itself: zoom plays no part). */
  map: JourneyMap;
  onClose(): void;
}

/**
 * File > Export…: PDF, PNG, SVG or PowerPoint of the whole map with their options, or its cards
 * as CSV or XLSX, or a Mermaid diagram (with what Mermaid cannot show listed first), progress
 * and Cancel;
 * the file is saved through the host (a save dialog in the app, a download in the browser).
 * Options start as last chosen in this session. Escape cancels a running export, else closes.
 */
export function ExportDialog({ map, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const host = useHost();
  const titleId = useId();
  const [options, setOptions] = useState<ExportOptions>(() => ({
    ...lastOptions,
    pdf: { ...lastOptions.pdf, poster: map.cards.length === 0 },
  }));
  const [dataFormat, setDataFormat] = useState<DataFormat | null>(lastDataFormat);
  const { state, start, cancel } = useExportRun(map, host);
  const running = state.phase !== 'idle';
  // The deliverable speaks the map's language; the picture includes its legend.
  const labels = useMemo(
    () => deliverableLabels(map, (key, params) => t(key, params ?? {})),
    [map, t],
  );
  const picture = useMemo(
    () => mapSceneWithLegend(map, layoutMap(map), labels).bounds,
    [map, labels],
  );
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    lastOptions = options;
    lastDataFormat = dataFormat;
  }, [options, dataFormat]);
  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('input, select, button')?.focus();
  }, []);

  const png = pngSize(picture, options.png.scale);
  const format = dataFormat ?? options.format;
  return (
    <div className="export-backdrop">
      <div
        ref={dialog}
        className="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.stopPropagation();
          if (running) cancel();
          else onClose();
        }}
      >
        <h2 id={titleId}>{t('export.title')}</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void start(options, dataFormat);
          }}
        >
          <RadioGroup<ExportFormat | DataFormat>
            legend={t('export.format')}
            value={format}
            options={[...EXPORT_FORMATS, ...DATA_FORMATS].map((f) => ({
              value: f,
              label: t(`export.formats.${f}`),
            }))}
            onChange={(chosen) => {
              if (isDataFormat(chosen)) setDataFormat(chosen);
              else {
                setDataFormat(null);
                setOptions({ ...options, format: chosen });
              }
            }}
            disabled={running}
          >
            <p className="export-hint">{t(`export.formatHints.${format}`)}</p>
          </RadioGroup>

          {dataFormat === 'mermaid' && <MermaidLeftOut map={map} />}
          {format === 'pdf' && (
            <PdfFields
              map={map}
              labels={labels}
              options={options.pdf}
              onChange={(pdf) => setOptions({ ...options, pdf })}
              disabled={running}
            />
          )}
          {format === 'png' && (
            <div className="export-fields">
              <div className="export-row">
                <Select
                  label={t('export.png.scale')}
                  value={options.png.scale}
                  options={PNG_SCALES.map((scale) => ({
                    value: scale,
                    label: t('export.png.scaleValue', { scale }),
                  }))}
                  onChange={(scale) => setOptions({ ...options, png: { ...options.png, scale } })}
                  disabled={running}
                />
                <Select
                  label={t('export.png.background')}
                  value={options.png.background}
                  options={PNG_BACKGROUNDS.map((b) => ({
                    value: b,
                    label: t(`export.png.backgrounds.${b}`),
                  }))}
                  onChange={(background) =>
                    setOptions({ ...options, png: { ...options.png, background } })
                  }
                  disabled={running}
                />
              </div>
              <p className="export-hint">{t('export.png.size', png)}</p>
            </div>
          )}
          {format === 'pptx' && (
            <div className="export-fields">
              <Select
                label={t('pptx.slideSize')}
                value={options.pptx.slideSize}
                options={SLIDE_SIZES.map((size) => ({
                  value: size,
                  label: t(`pptx.slideSizes.${SLIDE_SIZE_KEYS[size]}`),
                }))}
                onChange={(slideSize) => setOptions({ ...options, pptx: { slideSize } })}
                disabled={running}
              />
            </div>
          )}
          {format === 'svg' && (
            <div className="export-fields">
              <Checkbox
                label={t('export.svg.embedFonts')}
                checked={options.svg.embedFonts}
                onChange={(embedFonts) => setOptions({ ...options, svg: { embedFonts } })}
                disabled={running}
              />
            </div>
          )}

          <ExportProgress state={state} />
          <div className="export-buttons">
            {running ? (
              <button type="button" onClick={cancel}>
                {t('export.cancel')}
              </button>
            ) : (
              <button type="button" onClick={onClose}>
                {t('export.close')}
              </button>
            )}
            <button type="submit" className="export-primary" disabled={running}>
              {t('export.start')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

/** Locale keys of the slide sizes (i18next reads a colon in a key as a namespace). */
const SLIDE_SIZE_KEYS = { '16:9': 'wide', '4:3': 'standard' } as const;

/** The options last used in this window: a second export starts where the first left off. */
let lastOptions: ExportOptions = DEFAULT_OPTIONS;
let lastDataFormat: DataFormat | null = null;
