// Starts Red Hat's yaml-language-server (npm) as its own bin does, with its fixed 200 ms
// validation debounce set to 0, so the benchmark times its checking and not its timer (ours is
// set to 0 through its `validationDelay` setting). Nothing else is changed.
const settings = require('yaml-language-server/out/server/src/yamlSettings');
const Original = settings.SettingsState;
settings.SettingsState = class extends Original {
  constructor() {
    super();
    this.validationDelayMs = 0;
  }
};
process.env.YAML_LANGUAGE_SERVER_VERSION = require('yaml-language-server/package.json').version;
require('yaml-language-server/out/server/src/server.js');
