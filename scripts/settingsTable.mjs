// The README's table of settings, made from package.json's contributes.configuration, as the
// table of checks is made from the rule registry: `npm run docs` writes it between the settings
// markers, and the unit test readmeSettings.test fails when the README and package.json disagree.

/**
 * One row per setting, in package.json's order: its name, its default, and its description (the
 * Markdown one when there is one) with the values it takes and whether Restricted Mode limits it.
 * @param {any} manifest package.json, parsed
 * @returns {string} a Markdown table
 */
export function settingsTable(manifest) {
  const properties = manifest.contributes?.configuration?.properties ?? {};
  const restricted = new Set(manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations ?? []);
  const rows = ['| Setting | Default | What it does |', '| --- | --- | --- |'];
  for (const [name, setting] of Object.entries(properties)) {
    let text = oneLine(setting.markdownDescription ?? setting.description ?? '');
    const values = setting.enum ?? setting.additionalProperties?.enum;
    if (values) text += ` ${setting.enum ? 'One of' : 'Values:'} ${values.map((v) => '`' + v + '`').join(', ')}.`;
    if (restricted.has(name)) text += ' In Restricted Mode only your user settings for it apply.';
    rows.push(`| \`${name}\` | \`${JSON.stringify(setting.default)}\` | ${text.replace(/\|/g, '\\|')} |`);
  }
  return rows.join('\n');
}

/** @param {string} text */
function oneLine(text) {
  return text.replace(/\s+/g, ' ').trim();
}
