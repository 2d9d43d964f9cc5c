/**
 * The main process's strings (menus, dialogs, errors) from the same locale files as the
 * renderer; `createTranslate(app.getLocale())` gives the OS language.
 */
export { createTranslate, type Translate } from '../../shared/i18n/translate';
