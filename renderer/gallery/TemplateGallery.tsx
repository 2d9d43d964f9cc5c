import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickUiLanguage, textDirection, type UiLanguage } from '../../shared/i18n/languages';
import { newMapFromTemplate, type Template } from '../../shared/templates';
import { useActionContext } from '../actions/ActionContextProvider';
import { templatesIn } from '../i18n/templateLanguages';
import { MapLanguagePicker } from '../settings/MapLanguagePicker';
import { ExampleGallery } from './ExampleGallery';
import { TemplateThumbnail } from './TemplateThumbnail';
import './gallery.css';

/**
 * The templates as a grid of buttons, each named by its title and described by its
 * description, in the language the new map is created in (the UI's unless chosen); then the
 * filled examples, each in its own language.
 */
export function TemplateGallery() {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<UiLanguage | null>(null);
  const language = chosen ?? pickUiLanguage(i18n.language);
  return (
    <>
      <MapLanguagePicker value={language} onChange={setChosen} />
      <ul
        className="js-gallery"
        aria-label={t('gallery.templates')}
        lang={language}
        dir={textDirection(language)}
      >
        {templatesIn(language).map((template) => (
          <TemplateChoice key={template.id} template={template} language={language} />
        ))}
      </ul>
      <ExampleGallery />
    </>
  );
}

function TemplateChoice({ template, language }: { template: Template; language: UiLanguage }) {
  const { flows } = useActionContext();
  const descriptionId = useId();
  // Drawn as the new map will be: right to left when it will be written in Persian.
  const preview = useMemo(() => newMapFromTemplate(template, { language }), [template, language]);
  return (
    <li>
      <button
        type="button"
        className="js-template"
        aria-describedby={descriptionId}
        onClick={() => void flows.newFromTemplate(template, { language })}
      >
        <TemplateThumbnail map={preview} />
        <span className="js-template-title">{template.title}</span>
        {/* Named by its title alone (the thumbnail is hidden); the description describes it. */}
        <span id={descriptionId} className="js-template-description" aria-hidden>
          {template.description}
        </span>
      </button>
    </li>
  );
}
