import { useTranslation } from 'react-i18next';
import { DIRECTIONS, MAP_TYPES, type Direction, type MapType } from '../../shared/model';
import { useEditor, useEditorStore } from '../store';
import { ColorField } from './fields/ColorField';
import { LogoField } from './LogoField';
import { ReviewField } from '../review/ReviewField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';

/** With nothing selected: the map's own details. */
export function MapInspector() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const doc = useEditor((s) => s.doc);
  if (!doc) return null;
  const apply = store.getState().apply;
  return (
    <div className="js-inspector-section">
      <h2>{t('panels.map.title')}</h2>
      <p className="js-muted">{t('panels.map.hint')}</p>
      <TextField
        label={t('panels.map.mapTitle')}
        value={doc.title}
        onChange={(title) => apply({ type: 'setMapInfo', changes: { title } })}
      />
      <TextField
        label={t('panels.map.description')}
        value={doc.description}
        multiline
        onChange={(description) => apply({ type: 'setMapInfo', changes: { description } })}
      />
      <SelectField
        label={t('panels.map.mapType')}
        value={doc.mapType}
        options={MAP_TYPES.map((type) => ({ value: type, label: t(`editor.mapTypes.${type}`) }))}
        onChange={(mapType) =>
          apply({ type: 'setMapInfo', changes: { mapType: mapType as MapType } })
        }
      />
      <TextField
        label={t('panels.map.client')}
        value={doc.client}
        onChange={(client) => apply({ type: 'setMapInfo', changes: { client } })}
      />
      <TextField
        label={t('panels.map.author')}
        value={doc.author}
        onChange={(author) => apply({ type: 'setMapInfo', changes: { author } })}
      />
      <ReviewField />
      <SelectField
        label={t('panels.map.direction')}
        value={doc.direction}
        options={DIRECTIONS.map((d) => ({ value: d, label: t(`panels.map.directions.${d}`) }))}
        onChange={(direction) =>
          apply({ type: 'setMapInfo', changes: { direction: direction as Direction } })
        }
      />
      <ColorField
        label={t('panels.map.brandColor')}
        value={doc.brandColor}
        fallback={doc.brandColor}
        clearable={false}
        onChange={(brandColor) => {
          if (brandColor) apply({ type: 'setMapInfo', changes: { brandColor } });
        }}
      />
      <LogoField
        logo={doc.logo}
        onChange={(logo) => apply({ type: 'setMapInfo', changes: { logo } })}
      />
    </div>
  );
}
