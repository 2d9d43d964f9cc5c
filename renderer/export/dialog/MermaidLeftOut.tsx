import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { JourneyMap } from '../../../shared/model';
import { mapToMermaid } from '../../../shared/mermaid';

/**
 * What a Mermaid export leaves out or changes (lanes other than actions and emotions, pain
 * points, stages without actions …), listed before the user exports, in the UI's language.
 */
export function MermaidLeftOut({ map }: { map: JourneyMap }) {
  const { t } = useTranslation();
  const warnings = useMemo(
    () => mapToMermaid(map, (key, params) => t(key, params ?? {})).warnings,
    [map, t],
  );
  if (warnings.length === 0) return null;
  return (
    <div className="export-fields" role="note" aria-label={t('export.mermaidLeftOut')}>
      <p className="export-hint">{t('export.mermaidLeftOut')}</p>
      <ul className="export-warnings">
        {warnings.map((warning, i) => (
          <li key={i}>{warning}</li>
        ))}
      </ul>
    </div>
  );
}
