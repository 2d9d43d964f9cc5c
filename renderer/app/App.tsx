import { useTranslation } from 'react-i18next';
import { JourneyMapSchema } from '../../shared/model';
import classic from '../../templates/01-classic.journey.json';

const map = JourneyMapSchema.parse(classic);

/** Placeholder shell until the canvas lands: shows the classic template's title and stages. */
export function App() {
  const { t } = useTranslation();
  return (
    <main>
      <h1>{map.title}</h1>
      <h2>{t('smoke.stages')}</h2>
      <ul>
        {map.stages.map((stage) => (
          <li key={stage.id}>{stage.name}</li>
        ))}
      </ul>
    </main>
  );
}
