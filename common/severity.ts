/** How serious a finding is: LSP's four levels, by name. Shared by the service and the page it renders. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';
