// Mounts <ExportDialog> on a fixture map (?map=scripts|persian|blank|big|metrics) with a host that
// records saved exports in `window.savedExports` (base64) for the e2e test to check.
import '../../../renderer/zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Host } from '../../../shared/host';
import { JourneyMapSchema, type JourneyMap } from '../../../shared/model';
import { ExportDialog } from '../../../renderer/export/ExportDialog';
import { toBase64 } from '../../../shared/export/binary';
import { installMapFonts } from '../../../renderer/fonts/fonts';
import { HostProvider } from '../../../renderer/host/hostContext';
import { initI18n } from '../../../renderer/i18n/i18n';
import classic from '../../../templates/01-classic.journey.json';
import { generatedMap } from '../../bench/generatedMap';
import { metricsMaps } from '../../fixtures/export/metrics';
import { persianMap, scriptsMap } from '../../fixtures/export/scripts';

interface Saved {
  name: string;
  mimeType: string;
  base64: string;
}
const saved: Saved[] = [];
Object.assign(window, { savedExports: saved, dialogClosed: false });

const notHere = (): never => {
  throw new Error('not used on the export test page');
};
const host: Host = {
  kind: 'browser',
  openFile: notHere,
  openDroppedFile: notHere,
  chooseFileToImport: notHere,
  chooseFileToCompare: notHere,
  readCommittedVersion: notHere,
  saveFile: notHere,
  saveFileAs: notHere,
  async saveExport(name, data, mimeType) {
    saved.push({ name, mimeType, base64: toBase64(data) });
    return true;
  },
  recovery: { write: notHere, list: notHere, discard: notHere },
  setDocumentState: () => undefined,
  closeAfterSave: () => undefined,
  readPreferences: notHere,
  writePreferences: notHere,
  setMenuItems: () => undefined,
  onCommand: () => () => undefined,
  openExternal: notHere,
};

function fixture(name: string | null): JourneyMap {
  switch (name) {
    case 'persian':
      return persianMap();
    case 'blank':
      return JourneyMapSchema.parse(classic);
    case 'metrics':
      return metricsMaps().en;
    case 'big':
      return JourneyMapSchema.parse(generatedMap(1000));
    default:
      return scriptsMap();
  }
}

const map = fixture(new URLSearchParams(location.search).get('map'));
const root = document.getElementById('root');
if (!root) throw new Error('no #root');
void Promise.all([initI18n('en'), installMapFonts()]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <HostProvider host={host}>
        <ExportDialog map={map} onClose={() => Object.assign(window, { dialogClosed: true })} />
      </HostProvider>
    </StrictMode>,
  );
});
