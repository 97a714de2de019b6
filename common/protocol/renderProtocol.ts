// The custom requests the preview and the export use. Shared by server and client (constants and
// types only, so the client bundle pulls in nothing of the server).
import type { RenderResult } from '../page/renderTypes';

export const renderRequest = 'reviewSummaries/render';
export const exportRequest = 'reviewSummaries/exportPage';

export interface RenderParams {
  uri: string;
}

/** null when the server does not have the document open. */
export type RenderResponse = RenderResult | null;

export interface ExportParams {
  uri: string;
  /** Export despite errors that are not redaction errors. */
  force?: boolean;
}

export interface ExportResponse {
  /** The self-contained HTML file, when allowed. */
  html?: string;
  /** Why not, when refused. */
  reason?: string;
  /** True when a redaction error blocks (force cannot override). */
  redaction?: boolean;
  /** The blocking problems, as "line:column rule message". */
  problems?: string[];
}
