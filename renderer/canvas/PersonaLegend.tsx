import { useTranslation } from 'react-i18next';
import { personaDash, personaInitials, type MapLayout } from '../../shared/layout';
import { useEditor } from '../store';

const SWATCH = { width: 36, height: 12 } as const;

/**
 * Whose curve is whose: each persona's name beside a sample of its curve (its colour and its
 * dash pattern) and the initials its points carry. Over the map's corner on the canvas and
 * in workshop mode; shown once the map has an emotion curve.
 */
export function PersonaLegend({ layout }: { layout: MapLayout }) {
  const { t } = useTranslation();
  const personas = useEditor((s) => s.doc?.personas);
  const seen = new Map<string | null, string>();
  for (const curve of layout.emotionCurves) seen.set(curve.personaId, curve.color);
  if (seen.size === 0 || !personas) return null;
  const entries = [...seen].map(([id, color]) => {
    const index = personas.findIndex((p) => p.id === id);
    const name = personas[index]?.name || t('editor.curve.defaultPersona');
    return { id: id ?? '', color, index, name };
  });
  return (
    <section className="js-legend" aria-label={t('editor.legend.title')}>
      <h2 className="js-legend-title" aria-hidden>
        {t('editor.legend.title')}
      </h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <svg width={SWATCH.width} height={SWATCH.height} aria-hidden>
              <line
                x1={2}
                x2={SWATCH.width - 2}
                y1={SWATCH.height / 2}
                y2={SWATCH.height / 2}
                stroke={entry.color}
                strokeWidth={3}
                strokeLinecap="round"
                strokeDasharray={personaDash(entry.index)}
              />
            </svg>
            <span className="js-legend-initials" style={{ borderColor: entry.color }} aria-hidden>
              {personaInitials(entry.name)}
            </span>
            <span dir="auto">{entry.name}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
