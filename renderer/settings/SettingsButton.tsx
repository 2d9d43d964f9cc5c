import { Settings } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../host/hostContext';
import { SettingsDialog } from './SettingsDialog';
import { settingsStore } from './settingsStore';

/**
 * The toolbar's Settings button and its dialog. It also follows the desktop menu's
 * View ▸ Theme items, which arrive as host commands.
 */
export function SettingsButton() {
  const { t } = useTranslation();
  const host = useHost();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(
    () =>
      host.onCommand((command) => {
        if (command.type === 'theme') settingsStore().getState().setTheme(command.theme);
      }),
    [host],
  );
  const close = () => {
    setOpen(false);
    // The dialog leaves the page rather than closing, so focus goes back by hand.
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="js-tool js-tool--icon"
        aria-label={t('settings.open')}
        title={t('settings.open')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <Settings aria-hidden size={16} />
      </button>
      {open && <SettingsDialog onClose={close} />}
    </>
  );
}
