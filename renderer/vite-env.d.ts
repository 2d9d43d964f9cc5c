/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `on` only in the benchmark page's build (test/bench/canvas): counts canvas renders. */
  readonly VITE_RENDER_PROBE?: string;
}
