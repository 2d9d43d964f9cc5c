import { z } from 'zod';
import { LIMITS, NameSchema, TextSchema } from '../model';
import type { Template } from './catalog';

/**
 * Translations of the bundled templates (`templates/i18n/LANG.json`): per template id, its
 * title, description and the names of its stages and lanes by id. A map created in Ukrainian
 * starts with Ukrainian stage and lane names; the template files themselves stay English.
 */
const TemplateTranslationSchema = z.object({
  title: NameSchema,
  description: TextSchema,
  stages: z.record(z.string(), NameSchema),
  lanes: z.record(z.string(), NameSchema),
});
export type TemplateTranslation = z.infer<typeof TemplateTranslationSchema>;

export const TemplateTranslationsSchema = z.record(z.string(), TemplateTranslationSchema);
export type TemplateTranslations = z.infer<typeof TemplateTranslationsSchema>;

/** A translations file's text, or null when it is not one (a broken file only loses the translation). */
export function parseTemplateTranslations(text: string): TemplateTranslations | null {
  try {
    const parsed = TemplateTranslationsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The template in another language: title, description, stage and lane names replaced where
 * the translation has them (anything it lacks stays English). Ids stay, so maps created in
 * different languages from one template still diff stage by stage.
 */
export function localizeTemplate(
  template: Template,
  translation: TemplateTranslation | undefined,
): Template {
  if (!translation) return template;
  const clip = (text: string) => text.slice(0, LIMITS.name);
  const map = {
    ...template.map,
    title: clip(translation.title),
    description: translation.description,
    stages: template.map.stages.map((stage) => {
      const name = translation.stages[stage.id];
      return name === undefined ? stage : { ...stage, name: clip(name) };
    }),
    lanes: template.map.lanes.map((lane) => {
      const name = translation.lanes[lane.id];
      return name === undefined ? lane : { ...lane, name: clip(name) };
    }),
  };
  return { ...template, title: map.title, description: map.description, map };
}
