// Answers the preview's and the export's custom requests from the language service.
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from '../service/languageService';
import {
  exportRequest,
  renderRequest,
  type ExportParams,
  type ExportResponse,
  type RenderParams,
  type RenderResponse,
} from '../../../common/protocol/renderProtocol';

export function registerRenderRequests(
  connection: Connection,
  service: LanguageService,
  documentFor: (uri: string) => TextDocument | undefined,
): void {
  connection.onRequest(renderRequest, (params: RenderParams): RenderResponse => {
    const document = typeof params?.uri === 'string' ? documentFor(params.uri) : undefined;
    return document ? service.render(document) : null;
  });

  connection.onRequest(exportRequest, (params: ExportParams): ExportResponse => {
    const document = typeof params?.uri === 'string' ? documentFor(params.uri) : undefined;
    if (!document) return { reason: 'the summary is not open in the editor.' };
    const result = service.exportPage(document, { force: params.force === true });
    if (result.html !== undefined) return { html: result.html };
    return {
      reason: result.decision.reason,
      redaction: result.decision.redaction,
      problems: result.decision.blocking.map((f) => {
        const at = document.positionAt(f.start);
        return `${at.line + 1}:${at.character + 1} ${f.rule} ${f.message}`;
      }),
    };
  });
}
