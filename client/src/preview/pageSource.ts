// Where the preview and the export get pages from: the language server, through the custom requests.
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  exportRequest,
  renderRequest,
  type ExportParams,
  type ExportResponse,
  type RenderParams,
  type RenderResponse,
} from '../../../common/protocol/renderProtocol';

export interface PageSource {
  render(uri: string): Promise<RenderResponse>;
  exportPage(uri: string, force: boolean): Promise<ExportResponse>;
}

export function serverPageSource(client: BaseLanguageClient): PageSource {
  return {
    render: (uri) => client.sendRequest<RenderResponse>(renderRequest, { uri } satisfies RenderParams),
    exportPage: (uri, force) => client.sendRequest<ExportResponse>(exportRequest, { uri, force } satisfies ExportParams),
  };
}
