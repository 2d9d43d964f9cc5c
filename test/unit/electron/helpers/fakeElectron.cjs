// A stand-in for the `electron` module, for booting the bundled main process in plain
// Node: it records what main asks of Electron, then drives a short scenario (IPC calls,
// an app:// request, a window close) and prints a JSON report on stdout.
const { EventEmitter } = require('node:events');
const path = require('node:path');

const root = process.env.FAKE_ELECTRON_ROOT;
const log = [];
const note = (entry) => log.push(entry);
let ready = false;
let readyResolve;
const whenReadyPromise = new Promise((resolve) => (readyResolve = resolve));

class FakeApp extends EventEmitter {
  constructor() {
    super();
    this.isPackaged = true;
  }
  whenReady() {
    return whenReadyPromise;
  }
  requestSingleInstanceLock(data) {
    note({ call: 'requestSingleInstanceLock', data });
    return true;
  }
  enableSandbox() {
    note({ call: 'enableSandbox', ready });
  }
  getPath(name) {
    return path.join(root, name);
  }
  getPreferredSystemLanguages() {
    return ['en-US'];
  }
  getLocale() {
    return 'en-US';
  }
  getVersion() {
    return '0.1.0';
  }
  setAboutPanelOptions() {}
  setAppUserModelId() {}
  addRecentDocument(file) {
    note({ call: 'addRecentDocument', file });
  }
  clearRecentDocuments() {}
  quit() {
    note({ call: 'quit' });
  }
}
const app = new FakeApp();

const handlers = new Map();
const listeners = new Map();
const ipcMain = {
  handle: (channel, fn) => handlers.set(channel, fn),
  on: (channel, fn) => listeners.set(channel, fn),
};

let protocolHandler = null;
const session = {
  defaultSession: {
    setPermissionRequestHandler: (fn) => {
      let granted = null;
      fn(null, 'media', (value) => (granted = value));
      note({ call: 'permissionRequest', granted });
    },
    setPermissionCheckHandler: (fn) => note({ call: 'permissionCheck', granted: fn() }),
    setDevicePermissionHandler: (fn) => note({ call: 'devicePermission', granted: fn() }),
    webRequest: {
      onBeforeRequest: (fn) => {
        for (const url of ['https://example.com/x.js', 'app://journey-studio/index.html']) {
          fn({ url }, ({ cancel }) => note({ call: 'request', url, cancel }));
        }
      },
    },
    protocol: {
      handle: (scheme, fn) => ((protocolHandler = fn), note({ call: 'protocol.handle', scheme })),
    },
  },
};

const protocol = {
  registerSchemesAsPrivileged: (schemes) =>
    note({ call: 'registerSchemesAsPrivileged', schemes, ready }),
};

let nextId = 1;
const windows = [];
class FakeWebContents extends EventEmitter {
  constructor() {
    super();
    this.id = nextId++;
    this.sent = [];
  }
  send(channel, payload) {
    this.sent.push({ channel, payload });
  }
  setWindowOpenHandler(fn) {
    this.windowOpen = fn;
  }
  reload() {}
}
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    this.destroyed = false;
    windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  static getFocusedWindow() {
    return null;
  }
  loadURL(url) {
    this.url = url;
    setImmediate(() => this.webContents.emit('did-finish-load'));
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  show() {}
  focus() {}
  restore() {}
  setTitle(title) {
    this.title = title;
  }
  setDocumentEdited() {}
  setRepresentedFilename() {}
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) {
      this.destroyed = true;
      this.emit('closed');
      if (windows.every((w) => w.destroyed)) app.emit('window-all-closed');
    }
    return prevented;
  }
}

let menu = null;
const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: (template) => (menu = template),
};
const dialog = {};
const shell = { openExternal: async (url) => note({ call: 'openExternal', url }) };

async function scenario() {
  ready = true;
  readyResolve();
  // Let main finish its start-up.
  for (let i = 0; i < 50 && (!menu || windows.length === 0); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  const win = windows[0];
  const appFrame = { url: 'app://journey-studio/index.html', parent: null };
  const event = (frame) => ({ sender: { id: win.webContents.id }, senderFrame: frame });
  const list = await handlers.get('host:recovery-list')(event(appFrame));
  const foreign = await handlers.get('host:recovery-list')(
    event({ url: 'https://evil.example/', parent: null }),
  );
  const badPayload = await handlers.get('host:recovery-discard')(event(appFrame), '../x');
  listeners.get('host:set-document-state')(event(appFrame), {
    title: 'T',
    ref: null,
    dirty: false,
  });
  const page = await protocolHandler(new Request('app://journey-studio/index.html'));
  const escape = await protocolHandler(new Request('app://journey-studio/..%2f..%2fpackage.json'));
  const navigation = { prevented: false };
  win.webContents.emit(
    'will-navigate',
    { preventDefault: () => (navigation.prevented = true) },
    'https://example.com/',
  );
  const popup = win.webContents.windowOpen({ url: 'https://example.com/popup' });
  await new Promise((resolve) => setTimeout(resolve, 20));
  const closePrevented = win.close();
  process.stdout.write(
    JSON.stringify({
      log,
      windows: windows.map((w) => ({
        url: w.url,
        webPreferences: w.options.webPreferences,
        title: w.title,
      })),
      sent: windows.map((w) => w.webContents.sent),
      channels: { invoke: [...handlers.keys()], send: [...listeners.keys()] },
      menu: menu.map((m) => m.label),
      list,
      foreign,
      badPayload,
      page: {
        status: page.status,
        csp: page.headers.get('content-security-policy'),
        body: await page.text(),
      },
      escape: escape.status,
      navigation,
      popup,
      closePrevented,
    }),
  );
  process.exit(0);
}
setImmediate(() => void scenario());

module.exports = {
  app,
  ipcMain,
  session,
  protocol,
  BrowserWindow,
  Menu,
  dialog,
  shell,
  webUtils: {},
};
