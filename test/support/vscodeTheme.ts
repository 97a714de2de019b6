// The CSS variables VS Code gives a webview, for light, dark and high-contrast themes (values of
// the default themes), so the browser tests and screenshots see the preview as VS Code shows it.

export type ThemeKind = 'light' | 'dark' | 'high-contrast';

const themes: Record<ThemeKind, Record<string, string>> = {
  light: {
    'editor-background': '#ffffff',
    'editor-foreground': '#3b3b3b',
    foreground: '#3b3b3b',
    descriptionForeground: '#717171',
    'panel-border': '#e5e5e5',
    'textLink-foreground': '#005fb8',
    'textLink-activeForeground': '#005fb8',
    'textBlockQuote-background': '#f8f8f8',
    'textBlockQuote-border': '#e5e5e5',
    'editorWidget-background': '#f8f8f8',
    errorForeground: '#f85149',
    'editorError-foreground': '#e51400',
    'editorWarning-foreground': '#bf8803',
    'editor-findMatchHighlightBackground': 'rgba(234, 92, 0, 0.33)',
    'list-hoverBackground': '#f2f2f2',
    'inputValidation-warningBackground': '#f6f5d2',
    'inputValidation-warningBorder': '#b89500',
    focusBorder: '#005fb8',
    'font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
    'font-size': '13px',
  },
  dark: {
    'editor-background': '#1f1f1f',
    'editor-foreground': '#cccccc',
    foreground: '#cccccc',
    descriptionForeground: '#9d9d9d',
    'panel-border': '#2b2b2b',
    'textLink-foreground': '#4daafc',
    'textLink-activeForeground': '#4daafc',
    'textBlockQuote-background': '#2b2b2b',
    'textBlockQuote-border': '#616161',
    'editorWidget-background': '#202020',
    errorForeground: '#f85149',
    'editorError-foreground': '#f14c4c',
    'editorWarning-foreground': '#cca700',
    'editor-findMatchHighlightBackground': 'rgba(234, 92, 0, 0.33)',
    'list-hoverBackground': '#2a2d2e',
    'inputValidation-warningBackground': '#352a05',
    'inputValidation-warningBorder': '#b89500',
    focusBorder: '#0078d4',
    'font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
    'font-size': '13px',
  },
  'high-contrast': {
    'editor-background': '#000000',
    'editor-foreground': '#ffffff',
    foreground: '#ffffff',
    descriptionForeground: '#ffffff',
    'textLink-foreground': '#21a6ff',
    'textLink-activeForeground': '#21a6ff',
    'textBlockQuote-background': '#000000',
    'textBlockQuote-border': '#ffffff',
    'editorWidget-background': '#0c141f',
    contrastBorder: '#6fc3df',
    contrastActiveBorder: '#f38518',
    errorForeground: '#f48771',
    'editorError-foreground': '#ff3232',
    'editorWarning-foreground': '#ffd370',
    'inputValidation-warningBackground': '#000000',
    'inputValidation-warningBorder': '#6fc3df',
    focusBorder: '#f38518',
    'font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
    'font-size': '13px',
  },
};

export const bodyClass: Record<ThemeKind, string> = { light: 'vscode-light', dark: 'vscode-dark', 'high-contrast': 'vscode-high-contrast' };

export function themeCss(kind: ThemeKind): string {
  const vars = Object.entries(themes[kind])
    .map(([name, value]) => `  --vscode-${name}: ${value};`)
    .join('\n');
  return `:root {\n${vars}\n}\n`;
}
