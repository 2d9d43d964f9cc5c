import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, textDirection } from '../../shared/i18n/languages';
import type { Template } from '../../shared/templates';
import { useActionContext } from '../actions/ActionContextProvider';
import { nativeName } from '../settings/nativeName';
import { EXAMPLES } from './exampleCatalog';
import { TemplateThumbnail } from './TemplateThumbnail';

/**
 * The filled example maps beside the blank templates. Each opens as a new untitled map, as a
 * template does, in the language it was written in (shown on its card): examples are real
 * content, not translated per UI language.
 */
export function ExampleGallery() {
  const { t } = useTranslation();
  const headingId = useId();
  if (EXAMPLES.length === 0) return null;
  return (
    <section className="js-examples" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('gallery.examples')}</h3>
      <p className="js-muted">{t('gallery.examplesHint')}</p>
      <ul className="js-gallery" aria-labelledby={headingId}>
        {EXAMPLES.map((example) => (
          <ExampleChoice key={example.id} example={example} />
        ))}
      </ul>
    </section>
  );
}

function ExampleChoice({ example }: { example: Template }) {
  const { t } = useTranslation();
  const { flows } = useActionContext();
  const descriptionId = useId();
  const { language } = example.map;
  const base = language.toLowerCase().split(/[-_]/)[0] ?? language;
  const languageName = isUiLanguage(base) ? nativeName(base) : language;
  return (
    <li>
      <button
        type="button"
        className="js-template"
        aria-describedby={descriptionId}
        onClick={() => void flows.newFromTemplate(example)}
      >
        <TemplateThumbnail map={example.map} />
        <span className="js-template-title" lang={language} dir={textDirection(language)}>
          {example.title}
        </span>
        {/* Named by its title alone; its language and description describe it. */}
        <span id={descriptionId} className="js-example-about" aria-hidden>
          <span className="js-example-language">
            {t('gallery.exampleLanguage', { language: languageName })}
          </span>
          <span className="js-template-description" lang={language} dir={textDirection(language)}>
            {example.description}
          </span>
        </span>
      </button>
    </li>
  );
}
