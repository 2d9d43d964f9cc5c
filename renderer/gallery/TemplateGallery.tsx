import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../shared/templates';
import { useActionContext } from '../actions/ActionContextProvider';
import { TEMPLATES } from './templateCatalog';
import { TemplateThumbnail } from './TemplateThumbnail';
import './gallery.css';

/** The templates as a grid of buttons, each named by its title and described by its description. */
export function TemplateGallery() {
  const { t } = useTranslation();
  return (
    <ul className="js-gallery" aria-label={t('gallery.templates')}>
      {TEMPLATES.map((template) => (
        <TemplateChoice key={template.id} template={template} />
      ))}
    </ul>
  );
}

function TemplateChoice({ template }: { template: Template }) {
  const { flows } = useActionContext();
  const descriptionId = useId();
  return (
    <li>
      <button
        type="button"
        className="js-template"
        aria-label={template.title}
        aria-describedby={descriptionId}
        onClick={() => void flows.newFromTemplate(template)}
      >
        <TemplateThumbnail map={template.map} />
        <span className="js-template-title">{template.title}</span>
        <span id={descriptionId} className="js-template-description">
          {template.description}
        </span>
      </button>
    </li>
  );
}
